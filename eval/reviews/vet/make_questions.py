#!/usr/bin/env python3
"""Writes questions.json (question, gold SQLite query, kind).  Today = 2025-10-15."""
import json
import os

Q = []


def q(kind, question, query):
    Q.append({"question": question, "query": " ".join(query.split()), "kind": kind})


VET = "v.frst_nm || ' ' || v.last_nm"
CLI = "c.frst_nm || ' ' || c.last_nm"
QTR = "strftime('%Y', {0}) || '-Q' || ((CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3)"

# ------------------------------------------------------------------ time (30)
T = "time"
q(T, "Revenue by month in 2024",
  """SELECT strftime('%Y-%m', posted_dt) AS month, SUM(line_amt_cents) / 100.0 AS revenue
     FROM inv_line WHERE void_yn = 'N' AND posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY month ORDER BY month""")
q(T, "How much did we bill in Q3 2024?",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2024-07-01' AND '2024-09-30'""")
q(T, "What's our revenue YTD?",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")
q(T, "YTD revenue compared with the same period last year",
  """SELECT SUM(CASE WHEN posted_dt BETWEEN '2025-01-01' AND '2025-10-15' THEN line_amt_cents END) / 100.0 AS revenue_ytd_2025,
            SUM(CASE WHEN posted_dt BETWEEN '2024-01-01' AND '2024-10-15' THEN line_amt_cents END) / 100.0 AS revenue_same_period_2024
     FROM inv_line WHERE void_yn = 'N'""")
q(T, "How many visits did we have in the last 90 days?",
  """SELECT COUNT(*) AS visits FROM appt WHERE status_cd = 'CMP'
     AND date(appt_ts) > date('2025-10-15', '-90 days') AND date(appt_ts) <= '2025-10-15'""")
q(T, "Visits per quarter since the start of 2023",
  f"""SELECT {QTR.format('appt_ts')} AS quarter, COUNT(*) AS visits FROM appt
     WHERE status_cd = 'CMP' AND appt_ts >= '2023-01-01' GROUP BY quarter ORDER BY quarter""")
q(T, "no-shows each month this year",
  """SELECT strftime('%Y-%m', appt_ts) AS month, COUNT(*) AS no_shows FROM appt
     WHERE status_cd = 'NS' AND date(appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY month ORDER BY month""")
q(T, "How many new clients signed up last month?",
  """SELECT COUNT(*) AS new_clients FROM client WHERE created_dt BETWEEN '2025-09-01' AND '2025-09-30'""")
q(T, "Revenue by year",
  """SELECT strftime('%Y', posted_dt) AS year, SUM(line_amt_cents) / 100.0 AS revenue
     FROM inv_line WHERE void_yn = 'N' GROUP BY year ORDER BY year""")
q(T, "What was revenue last quarter?",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-07-01' AND '2025-09-30'""")
q(T, "Daily visit count for the past 7 days",
  """SELECT date(appt_ts) AS day, COUNT(*) AS visits FROM appt WHERE status_cd = 'CMP'
     AND date(appt_ts) > date('2025-10-15', '-7 days') AND date(appt_ts) <= '2025-10-15'
     GROUP BY day ORDER BY day""")
q(T, "Year over year revenue growth %",
  """SELECT year, revenue, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) AS growth_pct
     FROM (SELECT strftime('%Y', posted_dt) AS year, SUM(line_amt_cents) / 100.0 AS revenue
           FROM inv_line WHERE void_yn = 'N' GROUP BY year) ORDER BY year""")
q(T, "Which month of 2024 was busiest in terms of visits?",
  """SELECT strftime('%Y-%m', appt_ts) AS month, COUNT(*) AS visits FROM appt
     WHERE status_cd = 'CMP' AND appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'
     GROUP BY month ORDER BY visits DESC LIMIT 1""")
q(T, "no show rate by quarter for 2024",
  f"""SELECT {QTR.format('appt_ts')} AS quarter,
            100.0 * SUM(status_cd = 'NS') / COUNT(*) AS no_show_rate_pct
     FROM appt WHERE status_cd IN ('CMP', 'NS', 'CX') AND appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'
     GROUP BY quarter ORDER BY quarter""")
q(T, "How many appointments are on the books for the next 2 weeks?",
  """SELECT COUNT(*) AS appointments FROM appt WHERE status_cd = 'SCH'
     AND date(appt_ts) > '2025-10-15' AND date(appt_ts) <= date('2025-10-15', '+14 days')""")
q(T, "Total revenue for December 2024",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2024-12-01' AND '2024-12-31'""")
q(T, "How many surgeries did we do in the first half of 2025?",
  """SELECT COUNT(*) AS surgeries FROM appt WHERE status_cd = 'CMP' AND visit_typ_cd = 'SURG'
     AND date(appt_ts) BETWEEN '2025-01-01' AND '2025-06-30'""")
q(T, "Weekend vs weekday visits this year",
  """SELECT CASE WHEN strftime('%w', appt_ts) IN ('0', '6') THEN 'Weekend' ELSE 'Weekday' END AS day_type,
            COUNT(*) AS visits FROM appt
     WHERE status_cd = 'CMP' AND date(appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY day_type ORDER BY visits DESC""")
q(T, "What day of the week do we get the most no-shows?",
  """SELECT CASE strftime('%w', appt_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday'
            WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday,
            COUNT(*) AS no_shows
     FROM appt WHERE status_cd = 'NS' GROUP BY weekday ORDER BY no_shows DESC LIMIT 1""")
q(T, "Monthly revenue at Cedar Park from April through September 2025",
  """SELECT strftime('%Y-%m', l.posted_dt) AS month, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND k.clin_nm = 'Cedar Park Animal Hospital'
       AND l.posted_dt BETWEEN '2025-04-01' AND '2025-09-30'
     GROUP BY month ORDER BY month""")
q(T, "how many vaccines did we give in 2024",
  """SELECT COUNT(*) AS vaccinations FROM vacc WHERE given_on BETWEEN '2024-01-01' AND '2024-12-31'""")
q(T, "How many rabies boosters come due in the next 30 days?",
  """SELECT COUNT(*) AS rabies_due FROM vacc x JOIN patient p ON p.pt_id = x.pt_id
     WHERE x.svc_cd IN ('VRAB1', 'VRAB3') AND p.deceased_on IS NULL
       AND x.due_on > '2025-10-15' AND x.due_on <= date('2025-10-15', '+30 days')""")
q(T, "New clients per month in 2025",
  """SELECT strftime('%Y-%m', created_dt) AS month, COUNT(*) AS new_clients FROM client
     WHERE created_dt BETWEEN '2025-01-01' AND '2025-10-15' GROUP BY month ORDER BY month""")
q(T, "At what hour do most emergency visits arrive at the Austin ER?",
  """SELECT CAST(strftime('%H', a.checkin_ts) AS INTEGER) AS hour_of_day, COUNT(*) AS emergency_visits
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd = 'CMP' AND a.visit_typ_cd = 'EMER' AND k.clin_nm = 'Austin Emergency & Specialty'
     GROUP BY hour_of_day ORDER BY emergency_visits DESC LIMIT 1""")
q(T, "Revenue so far this month",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-10-01' AND '2025-10-15'""")
q(T, "Q1 2025 revenue vs Q1 2024",
  """SELECT SUM(CASE WHEN posted_dt BETWEEN '2025-01-01' AND '2025-03-31' THEN line_amt_cents END) / 100.0 AS revenue_q1_2025,
            SUM(CASE WHEN posted_dt BETWEEN '2024-01-01' AND '2024-03-31' THEN line_amt_cents END) / 100.0 AS revenue_q1_2024
     FROM inv_line WHERE void_yn = 'N'""")
q(T, "Cancellations in the past 30 days",
  """SELECT COUNT(*) AS cancellations FROM appt WHERE status_cd = 'CX'
     AND date(appt_ts) > date('2025-10-15', '-30 days') AND date(appt_ts) <= '2025-10-15'""")
q(T, "On average how many days ahead do people book wellness visits, by year?",
  """SELECT strftime('%Y', appt_ts) AS year, AVG(julianday(appt_ts) - julianday(booked_ts)) AS avg_days_booked_ahead
     FROM appt WHERE status_cd = 'CMP' AND visit_typ_cd = 'WELL' GROUP BY year ORDER BY year""")
q(T, "Average wait last month, in minutes, between the appointment time and check-in",
  """SELECT AVG((julianday(checkin_ts) - julianday(appt_ts)) * 1440) AS avg_wait_minutes FROM appt
     WHERE status_cd = 'CMP' AND date(appt_ts) BETWEEN '2025-09-01' AND '2025-09-30'""")
q(T, "Running total of revenue by month for 2025",
  """SELECT month, revenue, SUM(revenue) OVER (ORDER BY month) AS cumulative_revenue
     FROM (SELECT strftime('%Y-%m', posted_dt) AS month, SUM(line_amt_cents) / 100.0 AS revenue
           FROM inv_line WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-01-01' AND '2025-10-15' GROUP BY month)
     ORDER BY month""")

# ------------------------------------------------------------------ measures (25)
M = "measures"
q(M, "What's our total revenue?",
  """SELECT SUM(line_amt_cents) / 100.0 AS revenue FROM inv_line WHERE void_yn = 'N'""")
q(M, "What's the average invoice?",
  """SELECT SUM(line_amt_cents) / 100.0 / COUNT(DISTINCT appt_id) AS avg_invoice FROM inv_line WHERE void_yn = 'N'""")
q(M, "Average invoice by clinic in 2024",
  """SELECT k.clin_nm AS clinic, SUM(l.line_amt_cents) / 100.0 / COUNT(DISTINCT l.appt_id) AS avg_invoice
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY k.clin_id, k.clin_nm ORDER BY avg_invoice DESC""")
q(M, "Visits per vet in 2024",
  f"""SELECT {VET} AS vet, COUNT(*) AS visits FROM appt a JOIN vet v ON v.vet_no = a.vet_no
     WHERE a.status_cd = 'CMP' AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'
     GROUP BY v.vet_no, v.frst_nm, v.last_nm ORDER BY visits DESC""")
q(M, "What's our no-show rate?",
  """SELECT 100.0 * SUM(status_cd = 'NS') / COUNT(*) AS no_show_rate_pct FROM appt WHERE status_cd IN ('CMP', 'NS', 'CX')""")
q(M, "No-show rate by clinic this year",
  """SELECT k.clin_nm AS clinic, 100.0 * SUM(a.status_cd = 'NS') / COUNT(*) AS no_show_rate_pct
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd IN ('CMP', 'NS', 'CX') AND date(a.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY k.clin_id, k.clin_nm ORDER BY no_show_rate_pct DESC""")
q(M, "Revenue per client in 2024",
  """SELECT SUM(l.line_amt_cents) / 100.0 / COUNT(DISTINCT p.cli_id) AS revenue_per_client
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN patient p ON p.pt_id = a.pt_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'""")
q(M, "Revenue by species for 2024",
  """SELECT s.species_desc AS species, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN patient p ON p.pt_id = a.pt_id
     JOIN lk_species s ON s.species_cd = p.species_cd
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY s.species_cd, s.species_desc ORDER BY revenue DESC""")
q(M, "YTD revenue by service category",
  """SELECT sc.catg_cd AS category, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY sc.catg_cd ORDER BY revenue DESC""")
q(M, "How much did each clinic make last year?",
  """SELECT k.clin_nm AS clinic, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY k.clin_id, k.clin_nm ORDER BY revenue DESC""")
q(M, "What's the average surgery invoice?",
  """SELECT SUM(l.line_amt_cents) / 100.0 / COUNT(DISTINCT l.appt_id) AS avg_invoice
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id
     WHERE l.void_yn = 'N' AND a.visit_typ_cd = 'SURG'""")
q(M, "Cancellation rate in 2024",
  """SELECT 100.0 * SUM(status_cd = 'CX') / COUNT(*) AS cancellation_rate_pct FROM appt
     WHERE status_cd IN ('CMP', 'NS', 'CX') AND appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'""")
q(M, "How many active clients do we have?",
  """SELECT COUNT(DISTINCT p.cli_id) AS active_clients FROM appt a JOIN patient p ON p.pt_id = a.pt_id
     WHERE a.status_cd = 'CMP' AND date(a.appt_ts) > date('2025-10-15', '-12 months') AND date(a.appt_ts) <= '2025-10-15'""")
q(M, "Average number of visits per pet in 2024",
  """SELECT COUNT(*) * 1.0 / COUNT(DISTINCT pt_id) AS visits_per_pet FROM appt
     WHERE status_cd = 'CMP' AND appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'""")
q(M, "Total discounts given this year",
  """SELECT SUM(disc_cents) / 100.0 AS discounts FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")
q(M, "Share of revenue from products vs services this year",
  """SELECT CASE sc.svc_cls WHEN 'PRD' THEN 'Products' ELSE 'Services' END AS revenue_type,
            SUM(l.line_amt_cents) / 100.0 AS revenue,
            100.0 * SUM(l.line_amt_cents) / SUM(SUM(l.line_amt_cents)) OVER () AS share_pct
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY revenue_type ORDER BY revenue DESC""")
q(M, "Average age of the dogs we have on file that are still alive, in years",
  """SELECT AVG((julianday('2025-10-15') - julianday(birth_dt)) / 365.25) AS avg_age_years FROM patient
     WHERE species_cd = 'CAN' AND deceased_on IS NULL AND birth_dt IS NOT NULL""")
q(M, "How many pets does the average client have?",
  """SELECT (SELECT COUNT(*) FROM patient) * 1.0 / (SELECT COUNT(*) FROM client) AS pets_per_client""")
q(M, "Revenue by vet for 2024",
  f"""SELECT {VET} AS vet, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN vet v ON v.vet_no = a.vet_no
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY v.vet_no, v.frst_nm, v.last_nm ORDER BY revenue DESC""")
q(M, "How long does a dental take on average, in minutes from check-in to check-out?",
  """SELECT AVG((julianday(checkout_ts) - julianday(checkin_ts)) * 1440) AS avg_minutes FROM appt
     WHERE status_cd = 'CMP' AND visit_typ_cd = 'DENT'""")
q(M, "Revenue per active client over the last 12 months",
  """SELECT (SELECT SUM(line_amt_cents) / 100.0 FROM inv_line WHERE void_yn = 'N'
               AND posted_dt > date('2025-10-15', '-12 months') AND posted_dt <= '2025-10-15')
          / (SELECT COUNT(DISTINCT p.cli_id) FROM appt a JOIN patient p ON p.pt_id = a.pt_id
             WHERE a.status_cd = 'CMP' AND date(a.appt_ts) > date('2025-10-15', '-12 months')
               AND date(a.appt_ts) <= '2025-10-15') AS revenue_per_active_client""")
q(M, "Average monthly revenue in 2024",
  """SELECT SUM(line_amt_cents) / 100.0 / 12 AS avg_monthly_revenue FROM inv_line
     WHERE void_yn = 'N' AND posted_dt BETWEEN '2024-01-01' AND '2024-12-31'""")
q(M, "What % of this year's revenue came from emergency visits?",
  """SELECT 100.0 * SUM(CASE WHEN a.visit_typ_cd = 'EMER' THEN l.line_amt_cents ELSE 0 END) / SUM(l.line_amt_cents) AS emergency_share_pct
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")
q(M, "Average visits per vet at each clinic in 2024",
  """SELECT k.clin_nm AS clinic, COUNT(*) * 1.0 / COUNT(DISTINCT a.vet_no) AS visits_per_vet
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd = 'CMP' AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'
     GROUP BY k.clin_id, k.clin_nm ORDER BY visits_per_vet DESC""")
q(M, "How many Apoquel tablets have we sold YTD?",
  """SELECT SUM(l.qty) AS units FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND sc.svc_desc LIKE 'Apoquel%' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")

# ------------------------------------------------------------------ filters (20)
F = "filters"
q(F, "How many living dogs are older than 10?",
  """SELECT COUNT(*) AS dogs FROM patient WHERE species_cd = 'CAN' AND deceased_on IS NULL
     AND birth_dt IS NOT NULL AND birth_dt < date('2025-10-15', '-10 years')""")
q(F, "How many clients do we have in Arizona?",
  """SELECT COUNT(*) AS clients FROM client WHERE st_cd = 'AZ'""")
q(F, "How many invoices over $500 so far this year?",
  """SELECT COUNT(*) AS invoices FROM (SELECT appt_id FROM inv_line
       WHERE void_yn = 'N' AND posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
       GROUP BY appt_id HAVING SUM(line_amt_cents) > 50000)""")
q(F, "List the surgeries done at Boulder Creek in September 2025",
  f"""SELECT date(a.appt_ts) AS visit_date, p.pt_nm AS pet, {CLI} AS owner, {VET} AS vet
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id JOIN patient p ON p.pt_id = a.pt_id
     JOIN client c ON c.cli_id = p.cli_id JOIN vet v ON v.vet_no = a.vet_no
     WHERE a.status_cd = 'CMP' AND a.visit_typ_cd = 'SURG' AND k.clin_nm = 'Boulder Creek Veterinary'
       AND date(a.appt_ts) BETWEEN '2025-09-01' AND '2025-09-30'
     ORDER BY a.appt_ts""")
q(F, "no shows at Tempe last month",
  """SELECT COUNT(*) AS no_shows FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd = 'NS' AND k.clin_nm = 'Tempe Family Vet'
       AND date(a.appt_ts) BETWEEN '2025-09-01' AND '2025-09-30'""")
q(F, "How many French Bulldogs are on file?",
  """SELECT COUNT(*) AS pets FROM patient WHERE species_cd = 'CAN' AND breed_desc = 'French Bulldog'""")
q(F, "Food sales at our Colorado clinics in 2024",
  """SELECT SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd JOIN appt a ON a.appt_id = l.appt_id
     JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND sc.catg_cd = 'FOOD' AND k.st_cd = 'CO'
       AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'""")
q(F, "How many clients don't have an email on file?",
  """SELECT COUNT(*) AS clients FROM client WHERE email_addr IS NULL OR TRIM(email_addr) = ''""")
q(F, "How many patients passed away this year?",
  """SELECT COUNT(*) AS pets FROM patient WHERE deceased_on BETWEEN '2025-01-01' AND '2025-10-15'""")
q(F, "Emergency visits seen at clinics that aren't 24-hour, in 2025",
  """SELECT COUNT(*) AS emergency_visits FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd = 'CMP' AND a.visit_typ_cd = 'EMER' AND k.er_24hr_flg = 'N'
       AND date(a.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'""")
q(F, "How many clients who opted in to marketing came in during the last 6 months?",
  """SELECT COUNT(DISTINCT c.cli_id) AS clients FROM client c JOIN patient p ON p.cli_id = c.cli_id
     JOIN appt a ON a.pt_id = p.pt_id
     WHERE c.mktg_optin_yn = 'Y' AND a.status_cd = 'CMP'
       AND date(a.appt_ts) > date('2025-10-15', '-6 months') AND date(a.appt_ts) <= '2025-10-15'""")
q(F, "How many exotic pets (anything but dogs and cats) did we see in 2024?",
  """SELECT COUNT(DISTINCT a.pt_id) AS pets FROM appt a JOIN patient p ON p.pt_id = a.pt_id
     WHERE a.status_cd = 'CMP' AND p.species_cd NOT IN ('CAN', 'FEL')
       AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'""")
q(F, "Cancelled surgeries in 2024",
  """SELECT COUNT(*) AS cancelled_surgeries FROM appt WHERE status_cd = 'CX' AND visit_typ_cd = 'SURG'
     AND appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'""")
q(F, "How many visits did Dr. Yazzie have in Q2 2025?",
  """SELECT COUNT(*) AS visits FROM appt a JOIN vet v ON v.vet_no = a.vet_no
     WHERE a.status_cd = 'CMP' AND v.last_nm = 'Yazzie' AND v.role_cd = 'DVM'
       AND date(a.appt_ts) BETWEEN '2025-04-01' AND '2025-06-30'""")
q(F, "How many invoices had a discount this year?",
  """SELECT COUNT(DISTINCT appt_id) AS invoices FROM inv_line
     WHERE void_yn = 'N' AND disc_cents > 0 AND posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")
q(F, "How many dental cleanings on cats in 2025?",
  """SELECT SUM(l.qty) AS dental_cleanings FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id
     JOIN patient p ON p.pt_id = a.pt_id JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND sc.svc_desc = 'Dental cleaning' AND p.species_cd = 'FEL'
       AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'""")
q(F, "Female dogs over a year old that still aren't spayed",
  """SELECT COUNT(*) AS dogs FROM patient WHERE species_cd = 'CAN' AND sex_cd = 'F' AND deceased_on IS NULL
     AND birth_dt IS NOT NULL AND birth_dt < date('2025-10-15', '-1 year')""")
q(F, "Revenue from the Texas clinics in Q2 2025",
  """SELECT SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND k.st_cd = 'TX' AND l.posted_dt BETWEEN '2025-04-01' AND '2025-06-30'""")
q(F, "How many clients live in a different state from their home clinic?",
  """SELECT COUNT(*) AS clients FROM client c JOIN clinic k ON k.clin_id = c.home_clin_id
     WHERE c.st_cd <> k.st_cd""")
q(F, "Santa Fe appointments this year that were no-shows or cancellations",
  """SELECT COUNT(*) AS appointments FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE k.clin_nm = 'Santa Fe Vet Center' AND a.status_cd IN ('NS', 'CX')
       AND date(a.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'""")

# ------------------------------------------------------------------ topn (15)
N = "topn"
q(N, "Top 5 clients by spend in 2024",
  f"""SELECT {CLI} AS client, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN patient p ON p.pt_id = a.pt_id
     JOIN client c ON c.cli_id = p.cli_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY c.cli_id, c.frst_nm, c.last_nm ORDER BY revenue DESC LIMIT 5""")
q(N, "Top 10 services by revenue YTD",
  """SELECT sc.svc_desc AS service, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND sc.svc_cls = 'SVC' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY sc.svc_cd, sc.svc_desc ORDER BY revenue DESC LIMIT 10""")
q(N, "Which 3 vets saw the most different patients in 2024?",
  f"""SELECT {VET} AS vet, COUNT(DISTINCT a.pt_id) AS patients FROM appt a JOIN vet v ON v.vet_no = a.vet_no
     WHERE a.status_cd = 'CMP' AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'
     GROUP BY v.vet_no, v.frst_nm, v.last_nm ORDER BY patients DESC LIMIT 3""")
q(N, "Top 5 dog breeds",
  """SELECT breed_desc AS breed, COUNT(*) AS dogs FROM patient WHERE species_cd = 'CAN'
     GROUP BY breed_desc ORDER BY dogs DESC LIMIT 5""")
q(N, "Which 3 clinics had the worst no-show rate in 2024?",
  """SELECT k.clin_nm AS clinic, 100.0 * SUM(a.status_cd = 'NS') / COUNT(*) AS no_show_rate_pct
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd IN ('CMP', 'NS', 'CX') AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'
     GROUP BY k.clin_id, k.clin_nm ORDER BY no_show_rate_pct DESC LIMIT 3""")
q(N, "5 best selling products by units this year",
  """SELECT sc.svc_desc AS product, SUM(l.qty) AS units
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd
     WHERE l.void_yn = 'N' AND sc.svc_cls = 'PRD' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY sc.svc_cd, sc.svc_desc ORDER BY units DESC LIMIT 5""")
q(N, "Which clinic brought in the most revenue last quarter?",
  """SELECT k.clin_nm AS clinic, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-07-01' AND '2025-09-30'
     GROUP BY k.clin_id, k.clin_nm ORDER BY revenue DESC LIMIT 1""")
q(N, "Who's our top-earning vet this year?",
  f"""SELECT {VET} AS vet, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN vet v ON v.vet_no = a.vet_no
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY v.vet_no, v.frst_nm, v.last_nm ORDER BY revenue DESC LIMIT 1""")
q(N, "Top 3 pets by number of visits, with their owners",
  f"""SELECT p.pt_nm AS pet, {CLI} AS owner, COUNT(*) AS visits
     FROM appt a JOIN patient p ON p.pt_id = a.pt_id JOIN client c ON c.cli_id = p.cli_id
     WHERE a.status_cd = 'CMP' GROUP BY p.pt_id, p.pt_nm, c.frst_nm, c.last_nm ORDER BY visits DESC LIMIT 3""")
q(N, "Top 5 cities our clients come from",
  """SELECT city, st_cd AS state, COUNT(*) AS clients FROM client GROUP BY city, st_cd ORDER BY clients DESC LIMIT 5""")
q(N, "Bottom 3 clinics by average invoice in 2024",
  """SELECT k.clin_nm AS clinic, SUM(l.line_amt_cents) / 100.0 / COUNT(DISTINCT l.appt_id) AS avg_invoice
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY k.clin_id, k.clin_nm ORDER BY avg_invoice ASC LIMIT 3""")
q(N, "Which 5 clients have brought their pets in most often?",
  f"""SELECT {CLI} AS client, COUNT(*) AS visits
     FROM appt a JOIN patient p ON p.pt_id = a.pt_id JOIN client c ON c.cli_id = p.cli_id
     WHERE a.status_cd = 'CMP'
     GROUP BY c.cli_id, c.frst_nm, c.last_nm ORDER BY visits DESC LIMIT 5""")
q(N, "Top 3 visit types by revenue in 2024",
  """SELECT a.visit_typ_cd AS visit_type, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY a.visit_typ_cd ORDER BY revenue DESC LIMIT 3""")
q(N, "Most common vaccines given this year - top 3",
  """SELECT sc.svc_desc AS vaccine, COUNT(*) AS vaccinations FROM vacc x JOIN svc_cat sc ON sc.svc_cd = x.svc_cd
     WHERE x.given_on BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY sc.svc_cd, sc.svc_desc ORDER BY vaccinations DESC LIMIT 3""")
q(N, "Our 5 biggest months ever for revenue",
  """SELECT strftime('%Y-%m', posted_dt) AS month, SUM(line_amt_cents) / 100.0 AS revenue
     FROM inv_line WHERE void_yn = 'N' GROUP BY month ORDER BY revenue DESC LIMIT 5""")

# ------------------------------------------------------------------ breakdowns (15)
B = "breakdowns"
q(B, "Visits by clinic this year",
  """SELECT k.clin_nm AS clinic, COUNT(*) AS visits FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd = 'CMP' AND date(a.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY k.clin_id, k.clin_nm ORDER BY visits DESC""")
q(B, "Number of patients by species",
  """SELECT s.species_desc AS species, COUNT(*) AS pets FROM patient p JOIN lk_species s ON s.species_cd = p.species_cd
     GROUP BY s.species_cd, s.species_desc ORDER BY pets DESC""")
q(B, "Appointments by status in 2024",
  """SELECT CASE status_cd WHEN 'CMP' THEN 'Completed' WHEN 'NS' THEN 'No-show' WHEN 'CX' THEN 'Cancelled' ELSE 'Scheduled' END AS status,
            COUNT(*) AS appointments FROM appt WHERE appt_ts >= '2024-01-01' AND appt_ts < '2025-01-01'
     GROUP BY status ORDER BY appointments DESC""")
q(B, "Revenue by clinic and year",
  """SELECT k.clin_nm AS clinic, strftime('%Y', l.posted_dt) AS year, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' GROUP BY k.clin_id, k.clin_nm, year ORDER BY clinic, year""")
q(B, "Breakdown of this year's visits by visit type",
  """SELECT visit_typ_cd AS visit_type, COUNT(*) AS visits FROM appt
     WHERE status_cd = 'CMP' AND date(appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY visit_typ_cd ORDER BY visits DESC""")
q(B, "Clients by state",
  """SELECT st_cd AS state, COUNT(*) AS clients FROM client GROUP BY st_cd ORDER BY clients DESC""")
q(B, "2024 revenue by service category and species",
  """SELECT sc.catg_cd AS category, s.species_desc AS species, SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd JOIN appt a ON a.appt_id = l.appt_id
     JOIN patient p ON p.pt_id = a.pt_id JOIN lk_species s ON s.species_cd = p.species_cd
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY sc.catg_cd, s.species_cd, s.species_desc ORDER BY revenue DESC""")
q(B, "How many vets does each clinic have right now?",
  """SELECT k.clin_nm AS clinic, COUNT(v.vet_no) AS vets FROM clinic k
     LEFT JOIN vet v ON v.clin_id = k.clin_id AND v.role_cd = 'DVM' AND v.term_dt IS NULL
     GROUP BY k.clin_id, k.clin_nm ORDER BY vets DESC, clinic""")
q(B, "Current headcount by role",
  """SELECT CASE role_cd WHEN 'DVM' THEN 'Veterinarian' WHEN 'LVT' THEN 'Vet technician' WHEN 'CSR' THEN 'Front desk' ELSE role_cd END AS role,
            COUNT(*) AS staff FROM vet WHERE term_dt IS NULL GROUP BY role ORDER BY staff DESC""")
q(B, "Visits by species and visit type in 2025",
  """SELECT s.species_desc AS species, a.visit_typ_cd AS visit_type, COUNT(*) AS visits
     FROM appt a JOIN patient p ON p.pt_id = a.pt_id JOIN lk_species s ON s.species_cd = p.species_cd
     WHERE a.status_cd = 'CMP' AND date(a.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY s.species_cd, s.species_desc, a.visit_typ_cd ORDER BY visits DESC""")
q(B, "No-shows by day of week",
  """SELECT CASE strftime('%w', appt_ts) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday'
            WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday,
            COUNT(*) AS no_shows
     FROM appt WHERE status_cd = 'NS' GROUP BY weekday ORDER BY no_shows DESC""")
q(B, "Vaccinations by vaccine in 2024",
  """SELECT sc.svc_desc AS vaccine, COUNT(*) AS vaccinations FROM vacc x JOIN svc_cat sc ON sc.svc_cd = x.svc_cd
     WHERE x.given_on BETWEEN '2024-01-01' AND '2024-12-31'
     GROUP BY sc.svc_cd, sc.svc_desc ORDER BY vaccinations DESC""")
q(B, "Cats by sex / spay-neuter status",
  """SELECT CASE sex_cd WHEN 'M' THEN 'Male' WHEN 'F' THEN 'Female' WHEN 'MN' THEN 'Male, neutered'
            WHEN 'FS' THEN 'Female, spayed' ELSE 'Unknown' END AS sex, COUNT(*) AS cats
     FROM patient WHERE species_cd = 'FEL' GROUP BY sex ORDER BY cats DESC""")
q(B, "Average invoice by visit type this year",
  """SELECT a.visit_typ_cd AS visit_type, SUM(l.line_amt_cents) / 100.0 / COUNT(DISTINCT l.appt_id) AS avg_invoice
     FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY a.visit_typ_cd ORDER BY avg_invoice DESC""")
q(B, "Product vs service revenue at each clinic in 2025",
  """SELECT k.clin_nm AS clinic, CASE sc.svc_cls WHEN 'PRD' THEN 'Products' ELSE 'Services' END AS revenue_type,
            SUM(l.line_amt_cents) / 100.0 AS revenue
     FROM inv_line l JOIN svc_cat sc ON sc.svc_cd = l.svc_cd JOIN appt a ON a.appt_id = l.appt_id
     JOIN clinic k ON k.clin_id = a.clin_id
     WHERE l.void_yn = 'N' AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15'
     GROUP BY k.clin_id, k.clin_nm, revenue_type ORDER BY clinic, revenue_type""")

# ------------------------------------------------------------------ tricky (10)
K = "tricky"
q(K, "How many clients haven't been in for over a year?",
  """SELECT COUNT(*) AS lapsed_clients FROM (
       SELECT p.cli_id FROM appt a JOIN patient p ON p.pt_id = a.pt_id WHERE a.status_cd = 'CMP'
       GROUP BY p.cli_id HAVING MAX(date(a.appt_ts)) <= date('2025-10-15', '-12 months'))""")
q(K, "How many living pets are overdue for rabies?",
  """SELECT COUNT(*) AS pets_overdue FROM (
       SELECT x.pt_id FROM vacc x JOIN patient p ON p.pt_id = x.pt_id
       WHERE x.svc_cd IN ('VRAB1', 'VRAB3') AND p.deceased_on IS NULL
       GROUP BY x.pt_id HAVING MAX(x.due_on) < '2025-10-15')""")
q(K, "Which clinics have a worse no-show rate this year than last year?",
  """SELECT k.clin_nm AS clinic,
            100.0 * SUM(CASE WHEN a.appt_ts >= '2025-01-01' THEN a.status_cd = 'NS' END) / SUM(a.appt_ts >= '2025-01-01') AS no_show_rate_2025_pct,
            100.0 * SUM(CASE WHEN a.appt_ts < '2025-01-01' THEN a.status_cd = 'NS' END) / SUM(a.appt_ts < '2025-01-01') AS no_show_rate_2024_pct
     FROM appt a JOIN clinic k ON k.clin_id = a.clin_id
     WHERE a.status_cd IN ('CMP', 'NS', 'CX') AND a.appt_ts >= '2024-01-01' AND date(a.appt_ts) <= '2025-10-15'
     GROUP BY k.clin_id, k.clin_nm
     HAVING no_show_rate_2025_pct > no_show_rate_2024_pct
     ORDER BY no_show_rate_2025_pct DESC""")
q(K, "What's in our catalogue that we haven't sold at all this year?",
  """SELECT sc.svc_desc AS item FROM svc_cat sc
     WHERE NOT EXISTS (SELECT 1 FROM inv_line l WHERE l.svc_cd = sc.svc_cd AND l.void_yn = 'N'
                       AND l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15')
     ORDER BY item""")
q(K, "How many clients have been to more than one of our clinics?",
  """SELECT COUNT(*) AS clients FROM (
       SELECT p.cli_id FROM appt a JOIN patient p ON p.pt_id = a.pt_id WHERE a.status_cd = 'CMP'
       GROUP BY p.cli_id HAVING COUNT(DISTINCT a.clin_id) > 1)""")
q(K, "Pets we saw in 2024 that haven't been back this year",
  """SELECT COUNT(DISTINCT a.pt_id) AS pets FROM appt a
     WHERE a.status_cd = 'CMP' AND a.appt_ts >= '2024-01-01' AND a.appt_ts < '2025-01-01'
       AND NOT EXISTS (SELECT 1 FROM appt b WHERE b.pt_id = a.pt_id AND b.status_cd = 'CMP'
                       AND date(b.appt_ts) BETWEEN '2025-01-01' AND '2025-10-15')""")
q(K, "Vets who've left - how many visits did each do while they were here?",
  f"""SELECT {VET} AS vet, v.term_dt AS left_on, COUNT(a.appt_id) AS visits
     FROM vet v LEFT JOIN appt a ON a.vet_no = v.vet_no AND a.status_cd = 'CMP'
     WHERE v.role_cd = 'DVM' AND v.term_dt IS NOT NULL
     GROUP BY v.vet_no, v.frst_nm, v.last_nm, v.term_dt ORDER BY visits DESC""")
q(K, "Month over month revenue change for the last 6 full months",
  """SELECT month, revenue, revenue - prev_revenue AS change_vs_prior_month FROM (
       SELECT month, revenue, LAG(revenue) OVER (ORDER BY month) AS prev_revenue FROM (
         SELECT strftime('%Y-%m', posted_dt) AS month, SUM(line_amt_cents) / 100.0 AS revenue
         FROM inv_line WHERE void_yn = 'N' GROUP BY month))
     WHERE month BETWEEN '2025-04' AND '2025-09' ORDER BY month""")
q(K, "On average how many days go by between a pet's visits?",
  """SELECT AVG(gap_days) AS avg_days_between_visits FROM (
       SELECT julianday(date(appt_ts)) - julianday(date(LAG(appt_ts) OVER (PARTITION BY pt_id ORDER BY appt_ts))) AS gap_days
       FROM appt WHERE status_cd = 'CMP') WHERE gap_days IS NOT NULL""")
q(K, "How many clients have already spent more this year than they did in all of 2024?",
  """SELECT COUNT(*) AS clients FROM (
       SELECT p.cli_id,
              SUM(CASE WHEN l.posted_dt BETWEEN '2025-01-01' AND '2025-10-15' THEN l.line_amt_cents ELSE 0 END) AS ytd,
              SUM(CASE WHEN l.posted_dt BETWEEN '2024-01-01' AND '2024-12-31' THEN l.line_amt_cents ELSE 0 END) AS ly
       FROM inv_line l JOIN appt a ON a.appt_id = l.appt_id JOIN patient p ON p.pt_id = a.pt_id
       WHERE l.void_yn = 'N' GROUP BY p.cli_id HAVING ly > 0 AND ytd > ly)""")

# ------------------------------------------------------------------ simple (5)
S = "simple"
q(S, "How many clinics do we have?", """SELECT COUNT(*) AS clinics FROM clinic""")
q(S, "How many clients are there?", """SELECT COUNT(*) AS clients FROM client""")
q(S, "List our clinics", """SELECT clin_nm AS clinic, city, st_cd AS state FROM clinic ORDER BY clinic""")
q(S, "How many pets are on file?", """SELECT COUNT(*) AS pets FROM patient""")
q(S, "How many items are in the price list?", """SELECT COUNT(*) AS items FROM svc_cat""")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.json")
    with open(out, "w") as f:
        json.dump(Q, f, indent=2)
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
