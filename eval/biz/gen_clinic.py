#!/usr/bin/env python3
"""clinic — a chain of medical and dental clinics (Texas, Oklahoma, New Mexico, Colorado),
activity 2022-01-01 .. 2024-12-31 (plus bookings already made for January 2025).

Build:  python3 gen_clinic.py OUT_DIR [--write-json]   -> OUT_DIR/clinic/clinic.sqlite
Deterministic (fixed seed, Python stdlib only); builds in a few seconds, then re-runs every gold
query (bizlib.py).  Written blind: the author read only genbi's user README and the format of the
existing eval/biz databases.

Tables
  clin_loc    clinics: clin_cd, clin_nm, city_nm, st_cd, ctry_cd, zip_cd, svc_line_cd DEN/MED/BOTH,
              opened_on, exam_rm_cnt.  Denver Highlands (DEN1) opened 2023-09-05.
  spec_lkp    provider specialties: spec_cd, spec_nm, svc_line_cd
  prov        providers: prov_npi (10-digit text), first_nm, last_nm, cred_cd DDS/DMD/RDH/MD/DO/NP/PA,
              spec_cd (FK), home_clin_cd (no FK), hired_on, term_on NULL, fte_pct
  ins_co      insurers (payers): payer_id, payer_nm, payer_type_cd COMM/MCR/MCD/DENT, hq_st_cd,
              hq_ctry_cd, edi_payer_no.  "Ambetter Health" has no patients and no claims.
  pt          patients: pt_id, first_nm, last_nm, birth_dt, sex_cd F/M/U, email_addr NULL, zip_cd,
              st_cd (NULL outside US/CA), ctry_cd, home_clin_cd (FK), reg_on, med_payer_id NULL,
              dent_payer_id NULL (no FK; NULL = self-pay for that kind of care)
  appt_stat   lookup: SCH scheduled, CMP completed, NOS no-show, CXL cancelled
  appt_type   lookup: NPV, EST, PHY, URG, TEL, IMM (medical), NPV, HYG, TX, URG (dental)
  appt        appointments: appt_id, pt_id, prov_npi, clin_cd, appt_type_cd (no FK), svc_line_cd,
              appt_dt, start_tm 'HH:MM', dur_min, booked_ts, appt_stat_cd, cxl_on NULL
  proc_mstr   procedure codes (CDT dental D####, CPT medical #####): proc_cd, proc_desc, proc_cat,
              svc_line_cd
  fee_sched   standard fee per procedure: proc_cd, eff_on, exp_on NULL (= current), fee_cents.
              Fees rose on 2023-01-01 (~4%) and 2024-03-01 (~6%).
  visit_proc  procedures performed at completed visits: line_id, appt_id, proc_cd (no FK), tooth_no
              NULL, units, chg_amt (dollars = fee at the visit date × units)
  clm         insurance claims, one per insured completed visit: clm_id, clm_no, appt_id (FK),
              pt_id (no FK), payer_id (FK), submitted_on, adjud_dt NULL, clm_stat_cd PAID/DEN/PEND,
              billed_cents, allowed_cents NULL, paid_cents, pt_resp_cents, den_rsn_cd NULL (no FK)
  den_rsn     denial reasons lookup: den_rsn_cd, den_rsn_desc
  pmt         money received: pmt_id, pt_id (FK), clm_id NULL (no FK), pmt_ts, pmt_amt (dollars),
              pmt_src_cd INS/PT, pay_mthd_cd EFT/CHK/CARD/CASH

Shape: ~9%/yr growth; medical peaks Jan/Feb (flu) and Oct–Dec, dental peaks in December (people
using up benefits) and August (back to school), both dip in July; closed Sundays and on holidays,
Saturdays only at some clinics; Houston closed 2024-07-08..10 (hurricane). Telehealth falls from
~25% of medical visits in 2022 to ~8% in 2024. No-shows ~8%, higher on Mondays, for Medicaid
patients, young adults and appointments booked far ahead; cancellations ~9%. A billing-system
change in Mar–Apr 2023 delayed claim submission and raised "missing information" denials. Medicaid
pays slowest and denies most. Patient visit frequency is skewed; some registered patients have
not been seen since 2021.

Conventions (also in README.md)
  now / today = 2024-12-31 (last day of recorded activity); "last year" = 2024; appointments dated
    after it are bookings (SCH).  "Last N months" = (2024-12-31 − N months, 2024-12-31].
  appointments = appt rows (any status) dated by appt_dt; visits = completed appointments (CMP).
  no-show rate = NOS / (CMP + NOS) (cancelled and still-scheduled ones are not counted);
    cancellation rate = CXL / all appointments.
  revenue = production = gross charges = SUM(visit_proc.chg_amt) dated by the visit's appt_dt.
  collections = money received = SUM(pmt.pmt_amt) dated by pmt_ts (insurer + patient payments).
  billed to insurers = clm.billed_cents / 100; insurer paid = clm.paid_cents / 100; both dated by
    submitted_on unless said otherwise; denial rate = DEN claims / adjudicated (PAID + DEN) claims.
  new patients = patients by reg_on; a patient's age is taken at 2024-12-31.
  patients and providers are named first_nm || ' ' || last_nm; clinics by clin_nm, insurers by
    payer_nm, procedures by proc_desc, appointment types by type_desc.
  money in dollars (cents / 100.0); percentages 0–100, not rounded.
"""
import datetime as dt
import os
import random
import sys
from bisect import bisect_left

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bizlib  # noqa: E402

SEED = 20241231
D0 = dt.date(2022, 1, 1)
D1 = dt.date(2024, 12, 31)
DNEXT = dt.date(2025, 1, 31)   # bookings already on the calendar

SCHEMA = """
CREATE TABLE clin_loc (
  clin_cd TEXT PRIMARY KEY, clin_nm TEXT NOT NULL, city_nm TEXT, st_cd TEXT, ctry_cd TEXT,
  zip_cd TEXT, svc_line_cd TEXT, opened_on DATE, exam_rm_cnt INTEGER);
CREATE TABLE spec_lkp (spec_cd TEXT PRIMARY KEY, spec_nm TEXT, svc_line_cd TEXT);
CREATE TABLE prov (
  prov_npi TEXT PRIMARY KEY, first_nm TEXT, last_nm TEXT, cred_cd TEXT,
  spec_cd TEXT REFERENCES spec_lkp(spec_cd), home_clin_cd TEXT, hired_on DATE, term_on DATE,
  fte_pct INTEGER);
CREATE TABLE ins_co (
  payer_id TEXT PRIMARY KEY, payer_nm TEXT, payer_type_cd TEXT, hq_st_cd TEXT, hq_ctry_cd TEXT,
  edi_payer_no TEXT);
CREATE TABLE pt (
  pt_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, birth_dt DATE, sex_cd TEXT,
  email_addr TEXT, zip_cd TEXT, st_cd TEXT, ctry_cd TEXT,
  home_clin_cd TEXT REFERENCES clin_loc(clin_cd), reg_on DATE, med_payer_id TEXT,
  dent_payer_id TEXT);
CREATE TABLE appt_stat (appt_stat_cd TEXT PRIMARY KEY, stat_desc TEXT);
CREATE TABLE appt_type (appt_type_cd TEXT, svc_line_cd TEXT, type_desc TEXT, dflt_dur_min INTEGER,
  PRIMARY KEY (appt_type_cd, svc_line_cd));
CREATE TABLE appt (
  appt_id INTEGER PRIMARY KEY, pt_id INTEGER REFERENCES pt(pt_id),
  prov_npi TEXT REFERENCES prov(prov_npi), clin_cd TEXT REFERENCES clin_loc(clin_cd),
  appt_type_cd TEXT, svc_line_cd TEXT, appt_dt DATE, start_tm TEXT, dur_min INTEGER,
  booked_ts TIMESTAMP, appt_stat_cd TEXT REFERENCES appt_stat(appt_stat_cd), cxl_on DATE);
CREATE TABLE proc_mstr (proc_cd TEXT PRIMARY KEY, proc_desc TEXT, proc_cat TEXT, svc_line_cd TEXT);
CREATE TABLE fee_sched (
  proc_cd TEXT REFERENCES proc_mstr(proc_cd), eff_on DATE, exp_on DATE, fee_cents INTEGER,
  PRIMARY KEY (proc_cd, eff_on));
CREATE TABLE visit_proc (
  line_id INTEGER PRIMARY KEY, appt_id INTEGER REFERENCES appt(appt_id), proc_cd TEXT,
  tooth_no INTEGER, units INTEGER, chg_amt REAL);
CREATE TABLE den_rsn (den_rsn_cd TEXT PRIMARY KEY, den_rsn_desc TEXT);
CREATE TABLE clm (
  clm_id INTEGER PRIMARY KEY, clm_no TEXT, appt_id INTEGER REFERENCES appt(appt_id), pt_id INTEGER,
  payer_id TEXT REFERENCES ins_co(payer_id), submitted_on DATE, adjud_dt DATE, clm_stat_cd TEXT,
  billed_cents INTEGER, allowed_cents INTEGER, paid_cents INTEGER, pt_resp_cents INTEGER,
  den_rsn_cd TEXT);
CREATE TABLE pmt (
  pmt_id INTEGER PRIMARY KEY, pt_id INTEGER REFERENCES pt(pt_id), clm_id INTEGER, pmt_ts TIMESTAMP,
  pmt_amt REAL, pmt_src_cd TEXT, pay_mthd_cd TEXT);
"""

# clin_cd, name, city, st, ctry, zip, line, opened, rooms, base med/day, base den/day, saturday
CLINICS = [
    ("AUS1", "Austin North", "Austin", "TX", "US", "78758", "BOTH", "2015-03-02", 14, 4.2, 4.0, True),
    ("AUS2", "Austin South Dental", "Austin", "TX", "US", "78745", "DEN", "2018-06-04", 8, 0, 4.6, True),
    ("DAL1", "Dallas Uptown", "Dallas", "TX", "US", "75204", "MED", "2016-09-12", 12, 6.0, 0, False),
    ("HOU1", "Houston Heights", "Houston", "TX", "US", "77008", "BOTH", "2017-01-09", 16, 4.6, 4.4, True),
    ("SAT1", "San Antonio Medical Center Dental", "San Antonio", "TX", "US", "78229", "DEN", "2019-04-01", 8, 0, 4.2, False),
    ("OKC1", "Oklahoma City Midtown", "Oklahoma City", "OK", "US", "73103", "MED", "2020-02-03", 9, 4.4, 0, False),
    ("ABQ1", "Albuquerque Nob Hill Dental", "Albuquerque", "NM", "US", "87106", "DEN", "2021-06-07", 6, 0, 3.3, False),
    ("DEN1", "Denver Highlands", "Denver", "CO", "US", "80211", "BOTH", "2023-09-05", 10, 3.4, 3.2, True),
]

SPECS = [("GDN", "General Dentistry", "DEN"), ("HYG", "Dental Hygiene", "DEN"),
         ("END", "Endodontics", "DEN"), ("FMD", "Family Medicine", "MED"),
         ("IMD", "Internal Medicine", "MED"), ("PED", "Pediatrics", "MED"),
         ("APP", "Advanced Practice (NP/PA)", "MED")]

PAYERS = [
    # payer_id, name, type, hq st, ctry, medical share weight(adult), dental weight
    ("BCBTX", "Blue Cross Blue Shield of Texas", "COMM", "TX", "US"),
    ("UHC", "UnitedHealthcare", "COMM", "MN", "US"),
    ("AETNA", "Aetna", "COMM", "CT", "US"),
    ("CIGNA", "Cigna Healthcare", "COMM", "CT", "US"),
    ("BCBOK", "Blue Cross Blue Shield of Oklahoma", "COMM", "OK", "US"),
    ("AMBTR", "Ambetter Health", "COMM", "MO", "US"),
    ("MCRNV", "Medicare Part B (Novitas)", "MCR", "PA", "US"),
    ("HUMNA", "Humana Medicare Advantage", "MCR", "KY", "US"),
    ("TXMCD", "Texas Medicaid (TMHP)", "MCD", "TX", "US"),
    ("OKMCD", "SoonerCare", "MCD", "OK", "US"),
    ("NMMCD", "New Mexico Medicaid", "MCD", "NM", "US"),
    ("COMCD", "Health First Colorado", "MCD", "CO", "US"),
    ("DELTA", "Delta Dental", "DENT", "CA", "US"),
    ("METDN", "MetLife Dental", "DENT", "NY", "US"),
    ("GUARD", "Guardian Dental", "DENT", "NY", "US"),
    ("SUNLF", "Sun Life Financial", "COMM", "ON", "CA"),
]
MCD_BY_ST = {"TX": "TXMCD", "OK": "OKMCD", "NM": "NMMCD", "CO": "COMCD"}

APPT_TYPES = [
    ("NPV", "MED", "New patient visit", 40), ("EST", "MED", "Office visit", 20),
    ("PHY", "MED", "Annual physical", 40), ("URG", "MED", "Same-day sick visit", 20),
    ("TEL", "MED", "Telehealth visit", 15), ("IMM", "MED", "Flu shot", 10),
    ("NPV", "DEN", "New patient exam", 60), ("HYG", "DEN", "Cleaning", 60),
    ("TX", "DEN", "Dental treatment", 60), ("URG", "DEN", "Dental emergency", 30),
]

# proc_cd, desc, category, line, 2022 fee in dollars
PROCS = [
    ("D0120", "Periodic oral evaluation", "Diagnostic", "DEN", 55),
    ("D0140", "Limited oral evaluation, problem focused", "Diagnostic", "DEN", 80),
    ("D0150", "Comprehensive oral evaluation", "Diagnostic", "DEN", 95),
    ("D0210", "Full-mouth X-rays", "Diagnostic", "DEN", 140),
    ("D0220", "Periapical X-ray, first film", "Diagnostic", "DEN", 32),
    ("D0274", "Bitewing X-rays, four films", "Diagnostic", "DEN", 70),
    ("D1110", "Adult cleaning (prophylaxis)", "Preventive", "DEN", 110),
    ("D1120", "Child cleaning (prophylaxis)", "Preventive", "DEN", 80),
    ("D1206", "Fluoride varnish", "Preventive", "DEN", 40),
    ("D2140", "Amalgam filling, one surface", "Restorative", "DEN", 150),
    ("D2391", "Composite filling, one surface, posterior", "Restorative", "DEN", 195),
    ("D2740", "Porcelain/ceramic crown", "Restorative", "DEN", 1250),
    ("D3330", "Root canal, molar", "Endodontics", "DEN", 1150),
    ("D4341", "Scaling and root planing, per quadrant", "Periodontics", "DEN", 260),
    ("D7140", "Tooth extraction, erupted tooth", "Oral surgery", "DEN", 210),
    ("99202", "New patient office visit, straightforward", "Office visit", "MED", 120),
    ("99203", "New patient office visit, low complexity", "Office visit", "MED", 175),
    ("99213", "Established patient office visit, low complexity", "Office visit", "MED", 135),
    ("99214", "Established patient office visit, moderate complexity", "Office visit", "MED", 195),
    ("99393", "Preventive visit, child 5-11", "Preventive", "MED", 210),
    ("99395", "Preventive visit, age 18-39", "Preventive", "MED", 230),
    ("99396", "Preventive visit, age 40-64", "Preventive", "MED", 245),
    ("99397", "Preventive visit, age 65+", "Preventive", "MED", 265),
    ("90686", "Flu vaccine, quadrivalent", "Immunization", "MED", 45),
    ("90471", "Vaccine administration", "Immunization", "MED", 30),
    ("87880", "Rapid strep test", "Lab", "MED", 35),
    ("87635", "COVID-19 PCR test", "Lab", "MED", 110),
    ("85025", "Complete blood count (CBC)", "Lab", "MED", 28),
    ("80053", "Comprehensive metabolic panel", "Lab", "MED", 42),
    ("36415", "Blood draw (venipuncture)", "Lab", "MED", 18),
    ("93000", "Electrocardiogram (EKG)", "Cardiology", "MED", 65),
]

DEN_RSN = [("CO16", "Missing or invalid claim information"),
           ("CO29", "Timely filing limit expired"),
           ("CO50", "Not medically necessary"),
           ("CO97", "Bundled with another service"),
           ("CO27", "Coverage terminated before service"),
           ("CO119", "Benefit maximum reached")]

FIRST_F = ["Maria", "Jennifer", "Linda", "Patricia", "Elizabeth", "Ana", "Sofia", "Emily", "Olivia",
           "Emma", "Ava", "Isabella", "Mia", "Camila", "Guadalupe", "Sarah", "Jessica", "Ashley",
           "Ashley", "Amanda", "Nicole", "Rosa", "Veronica", "Grace", "Hannah", "Chloe", "Priya",
           "Mei", "Aaliyah", "Destiny", "Brianna", "Karen", "Susan", "Donna", "Carmen", "Lucia",
           "Valeria", "Natalie", "Megan", "Rachel", "Lauren", "Kimberly", "Thi", "Fatima", "Leah"]
FIRST_M = ["James", "John", "Robert", "Michael", "David", "Jose", "Juan", "Carlos", "Luis",
           "Daniel", "Matthew", "Anthony", "Joshua", "Christopher", "Andrew", "Ethan", "Noah",
           "Liam", "Mateo", "Santiago", "Diego", "Miguel", "Jorge", "William", "Benjamin", "Tyler",
           "Brandon", "Kevin", "Jason", "Ryan", "Eric", "Raj", "Wei", "Minh", "Omar", "Ahmed",
           "Caleb", "Logan", "Hunter", "Austin", "Jesus", "Francisco", "Alejandro", "Cody", "Dustin"]
LAST = ["Garcia", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Rodriguez", "Perez", "Sanchez",
        "Ramirez", "Flores", "Rivera", "Torres", "Gomez", "Diaz", "Reyes", "Cruz", "Morales",
        "Ortiz", "Gutierrez", "Chavez", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
        "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell",
        "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
        "Edwards", "Stewart", "Nguyen", "Tran", "Le", "Pham", "Patel", "Shah", "Kim", "Park",
        "Chen", "Wang", "Nakamura", "Okafor", "Adeyemi", "Begay", "Yazzie", "Tsosie", "Hughes",
        "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman", "Jenkins", "Perry",
        "Powell", "Long", "Patterson", "Foster", "Bryant", "Alexander", "Russell", "Griffin",
        "Hayes", "Myers", "Ford", "Hamilton", "Graham", "Sullivan", "Wallace", "Woods", "Cole",
        "West", "Jordan", "Owens", "Reynolds", "Fisher", "Ellis", "Harrison", "Gibson", "McDonald"]

MED_SEASON = [1.28, 1.22, 1.02, 0.95, 0.9, 0.86, 0.82, 0.97, 1.0, 1.1, 1.12, 1.08]
DEN_SEASON = [0.94, 0.98, 1.04, 1.0, 1.0, 0.95, 0.78, 1.08, 1.0, 1.0, 1.04, 1.22]
WD_FACTOR = [1.12, 1.02, 1.0, 1.0, 0.86, 0.45, 0.0]   # Mon..Sun (date.weekday())


def d2s(d):
    return d.isoformat()


def holidays(year):
    hs = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 12, 25)]
    # Memorial Day (last Mon of May), Labor Day (1st Mon of Sep), Thanksgiving (4th Thu of Nov)
    d = dt.date(year, 5, 31)
    while d.weekday() != 0:
        d -= dt.timedelta(days=1)
    hs.append(d)
    d = dt.date(year, 9, 1)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    hs.append(d)
    d = dt.date(year, 11, 1)
    while d.weekday() != 3:
        d += dt.timedelta(days=1)
    hs.append(d + dt.timedelta(days=21))
    return hs


def build(con):
    R = random.Random(SEED)
    con.executescript(SCHEMA)

    # ---------------------------------------------------------------- lookups
    con.executemany("INSERT INTO clin_loc VALUES (?,?,?,?,?,?,?,?,?)", [c[:9] for c in CLINICS])
    con.executemany("INSERT INTO spec_lkp VALUES (?,?,?)", SPECS)
    con.executemany("INSERT INTO ins_co VALUES (?,?,?,?,?,?)",
                    [p + ("%05d" % (10000 + 613 * i),) for i, p in enumerate(PAYERS)])
    con.executemany("INSERT INTO appt_stat VALUES (?,?)",
                    [("SCH", "Scheduled"), ("CMP", "Completed"), ("NOS", "No-show"),
                     ("CXL", "Cancelled")])
    con.executemany("INSERT INTO appt_type VALUES (?,?,?,?)", APPT_TYPES)
    con.executemany("INSERT INTO proc_mstr VALUES (?,?,?,?)", [p[:4] for p in PROCS])
    con.executemany("INSERT INTO den_rsn VALUES (?,?)", DEN_RSN)
    dur = {(a, b): m for a, b, _, m in APPT_TYPES}

    # fee schedule: 2022 fees, +4% on 2023-01-01, +6% on 2024-03-01 (whole dollars)
    fee_rows = []
    fees = {}   # proc -> [(eff date, fee dollars)]
    for code, _, _, _, f22 in PROCS:
        f23 = int(round(f22 * R.uniform(1.03, 1.05)))
        f24 = int(round(f23 * R.uniform(1.05, 1.07)))
        fee_rows += [(code, "2022-01-01", "2022-12-31", f22 * 100),
                     (code, "2023-01-01", "2024-02-29", f23 * 100),
                     (code, "2024-03-01", None, f24 * 100)]
        fees[code] = [(dt.date(2022, 1, 1), f22), (dt.date(2023, 1, 1), f23),
                      (dt.date(2024, 3, 1), f24)]
    con.executemany("INSERT INTO fee_sched VALUES (?,?,?,?)", fee_rows)

    def fee_at(code, d):
        f = fees[code][0][1]
        for eff, v in fees[code]:
            if d >= eff:
                f = v
        return f

    # ---------------------------------------------------------------- providers
    used_names = []
    npi_seen = []

    def new_name(sex):
        while True:
            fn = R.choice(FIRST_F if sex == "F" else FIRST_M)
            ln = R.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.append((fn, ln))
                return fn, ln

    def new_npi():
        while True:
            n = "1" + "".join(str(R.randrange(10)) for _ in range(9))
            if n not in npi_seen:
                npi_seen.append(n)
                return n

    provs = []   # dict rows
    # (clinic, line, role list with hire/term overrides)
    plan = {
        "AUS1": {"MED": [("MD", "FMD"), ("NP", "APP"), ("DO", "FMD")],
                 "DEN": [("DDS", "GDN"), ("RDH", "HYG"), ("RDH", "HYG")]},
        "AUS2": {"DEN": [("DDS", "GDN"), ("DMD", "GDN"), ("RDH", "HYG"), ("RDH", "HYG")]},
        "DAL1": {"MED": [("MD", "IMD"), ("MD", "FMD"), ("PA", "APP"), ("MD", "PED"), ("NP", "APP")]},
        "HOU1": {"MED": [("MD", "FMD"), ("MD", "PED"), ("PA", "APP")],
                 "DEN": [("DDS", "GDN"), ("DDS", "END"), ("RDH", "HYG"), ("RDH", "HYG")]},
        "SAT1": {"DEN": [("DMD", "GDN"), ("DDS", "GDN"), ("RDH", "HYG")]},
        "OKC1": {"MED": [("DO", "FMD"), ("MD", "IMD"), ("NP", "APP")]},
        "ABQ1": {"DEN": [("DDS", "GDN"), ("RDH", "HYG")]},
        "DEN1": {"MED": [("MD", "FMD"), ("NP", "APP")],
                 "DEN": [("DMD", "GDN"), ("RDH", "HYG")]},
    }
    opened = {c[0]: dt.date.fromisoformat(c[7]) for c in CLINICS}
    for c in CLINICS:
        cc = c[0]
        for line in ("MED", "DEN"):
            for cred, spec in plan[cc].get(line, []):
                sex = "F" if (cred in ("RDH", "NP") and R.random() < 0.85) or R.random() < 0.45 else "M"
                fn, ln = new_name(sex)
                if cc == "DEN1":
                    hired = dt.date(2023, 8, R.randrange(1, 25))
                else:
                    hired = max(opened[cc], dt.date(2009, 1, 1)) + dt.timedelta(days=R.randrange(0, 900))
                    hired = min(hired, dt.date(2021, 11, 30))
                provs.append(dict(npi=new_npi(), fn=fn, ln=ln, cred=cred, spec=spec, clin=cc,
                                  line=line, hired=hired, term=None,
                                  fte=R.choice([100, 100, 100, 80, 90, 60]) if cred != "RDH" else R.choice([100, 80, 60]),
                                  w=R.uniform(0.6, 1.6)))
    # turnover and growth hires
    for p in provs:
        if p["clin"] == "DAL1" and p["spec"] == "FMD":
            p["term"] = dt.date(2023, 6, 30)
        if p["clin"] == "SAT1" and p["cred"] == "DDS":
            p["term"] = dt.date(2024, 2, 16)
        if p["clin"] == "HOU1" and p["spec"] == "END":
            p["w"] = 0.5   # endodontist: fewer, bigger appointments
    extra = [("DAL1", "MED", "DO", "FMD", dt.date(2023, 8, 14)),
             ("SAT1", "DEN", "DDS", "GDN", dt.date(2024, 3, 18)),
             ("AUS1", "MED", "PA", "APP", dt.date(2022, 9, 6)),
             ("HOU1", "DEN", "RDH", "HYG", dt.date(2023, 5, 1)),
             ("OKC1", "MED", "NP", "APP", dt.date(2024, 1, 8)),
             ("DEN1", "DEN", "RDH", "HYG", dt.date(2024, 4, 15)),
             ("AUS2", "DEN", "RDH", "HYG", dt.date(2024, 6, 3))]
    for cc, line, cred, spec, hired in extra:
        sex = "F" if R.random() < 0.6 else "M"
        fn, ln = new_name(sex)
        provs.append(dict(npi=new_npi(), fn=fn, ln=ln, cred=cred, spec=spec, clin=cc, line=line,
                          hired=hired, term=None, fte=100, w=R.uniform(0.6, 1.4)))
    # a hygienist who left in 2022
    for p in provs:
        if p["clin"] == "AUS2" and p["cred"] == "RDH":
            p["term"] = dt.date(2022, 10, 14)
            break
    con.executemany("INSERT INTO prov VALUES (?,?,?,?,?,?,?,?,?)",
                    [(p["npi"], p["fn"], p["ln"], p["cred"], p["spec"], p["clin"], d2s(p["hired"]),
                      d2s(p["term"]) if p["term"] else None, p["fte"]) for p in provs])

    # ---------------------------------------------------------------- patients
    pts = []          # list of dicts; pt_id = index + 1
    pools = {c[0]: ([], []) for c in CLINICS}   # clinic -> (pt index list, cumulative weights)
    clin_st = {c[0]: c[3] for c in CLINICS}
    zips = {"AUS1": ["78758", "78753", "78727", "78759", "78660"],
            "AUS2": ["78745", "78748", "78704", "78749", "78610"],
            "DAL1": ["75204", "75219", "75201", "75206", "75205"],
            "HOU1": ["77008", "77007", "77009", "77018", "77019"],
            "SAT1": ["78229", "78240", "78238", "78249", "78230"],
            "OKC1": ["73103", "73106", "73118", "73112", "73120"],
            "ABQ1": ["87106", "87108", "87110", "87102", "87112"],
            "DEN1": ["80211", "80212", "80205", "80202", "80033"]}
    neighbours = {"TX": ["LA", "OK", "NM"], "OK": ["TX", "KS", "AR"], "NM": ["AZ", "TX", "CO"],
                  "CO": ["WY", "NM", "KS"]}

    def pick_payer_med(age, st, ctry):
        r = R.random()
        if ctry == "CA":
            return "SUNLF" if r < 0.8 else None
        if ctry == "MX":
            return None
        if age >= 65:
            return "MCRNV" if r < 0.55 else ("HUMNA" if r < 0.92 else None)
        mcd = MCD_BY_ST.get(st, "TXMCD")
        if age < 18:
            if r < 0.42:
                return mcd
            r = (r - 0.42) / 0.58
        elif r < 0.1:
            return mcd
        if r < 0.14:
            return None
        comm = ["BCBTX", "UHC", "AETNA", "CIGNA"] if st != "OK" else ["BCBOK", "UHC", "AETNA", "CIGNA"]
        return R.choices(comm, weights=[38, 26, 19, 17])[0]

    def pick_payer_den(age, st, ctry, med):
        r = R.random()
        if ctry == "CA":
            return "SUNLF" if r < 0.6 else None
        if ctry == "MX":
            return None
        if med in MCD_BY_ST.values():
            return med if r < 0.9 else None       # Medicaid covers dental for kids (and here adults)
        if age >= 65:
            return R.choice(["DELTA", "METDN"]) if r < 0.3 else None
        if r < 0.62:
            return R.choices(["DELTA", "METDN", "GUARD", "CIGNA"], weights=[46, 26, 16, 12])[0]
        return None

    def new_patient(cc, reg):
        a = R.random()
        if a < 0.21:
            birth = dt.date(2005, 1, 1) + dt.timedelta(days=R.randrange(0, 365 * 16))
        elif a < 0.84:
            birth = dt.date(1960, 1, 1) + dt.timedelta(days=R.randrange(0, 365 * 44))
        else:
            birth = dt.date(1932, 1, 1) + dt.timedelta(days=R.randrange(0, 365 * 28))
        birth = min(birth, reg - dt.timedelta(days=200))
        age = (D1 - birth).days // 365
        sex = "F" if R.random() < 0.54 else ("M" if R.random() < 0.985 else "U")
        fn = R.choice(FIRST_F if sex == "F" else FIRST_M if sex == "M" else FIRST_F + FIRST_M)
        ln = R.choice(LAST)
        st, ctry = clin_st[cc], "US"
        z = R.choice(zips[cc])
        r = R.random()
        if r < 0.05:
            st = R.choice(neighbours[st])
            z = None
        elif r < 0.062 and cc in ("HOU1", "SAT1", "AUS2", "DAL1"):
            st, ctry, z = None, "MX", None
        elif r < 0.07 and cc in ("ABQ1", "DEN1", "AUS1"):
            st, ctry, z = R.choice(["AB", "ON", "BC"]), "CA", None
        med = pick_payer_med(age, st, ctry)
        den = pick_payer_den(age, st, ctry, med)
        email = None
        if R.random() < 0.78:
            email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), R.randrange(1, 99),
                                    R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"]))
        pts.append(dict(fn=fn, ln=ln, birth=birth, sex=sex, email=email, zip=z, st=st, ctry=ctry,
                        clin=cc, reg=reg, med=med, den=den, age=age))
        idx = len(pts) - 1
        w = R.lognormvariate(0, 0.9)
        lst, cum = pools[cc]
        lst.append(idx)
        cum.append((cum[-1] if cum else 0.0) + w)
        return idx

    # legacy patients registered before 2022
    for c in CLINICS:
        cc = c[0]
        if opened[cc] >= D0:
            continue
        n = int((c[9] + c[10]) * 95)
        start = max(opened[cc], dt.date(2012, 1, 1))
        span = (dt.date(2021, 12, 31) - start).days
        regs = sorted(start + dt.timedelta(days=int(span * R.random() ** 0.7)) for _ in range(n))
        for reg in regs:
            new_patient(cc, reg)

    # ---------------------------------------------------------------- appointments
    hol = []
    for y in (2022, 2023, 2024, 2025):
        hol += holidays(y)
    closed = [dt.date(2024, 7, 8), dt.date(2024, 7, 9), dt.date(2024, 7, 10)]  # HOU1 hurricane

    appts = []    # rows
    vlines = []
    claims = []
    pmts = []
    last_seen = {}

    def provs_for(cc, line, d, roles):
        out = [p for p in provs if p["clin"] == cc and p["line"] == line and p["hired"] <= d
               and (p["term"] is None or p["term"] >= d) and p["cred"] in roles]
        return out

    day = D0
    appt_id = 0
    while day <= DNEXT:
        wd = day.weekday()
        months_from0 = (day.year - 2022) * 12 + day.month - 1
        growth = 1.0 + 0.0075 * months_from0
        for c in CLINICS:
            cc = c[0]
            if day < opened[cc] or day in hol or wd == 6 or (wd == 5 and not c[11]):
                continue
            if cc == "HOU1" and day in closed:
                continue
            ramp = 1.0
            if cc == "DEN1":
                m = (day - opened[cc]).days / 30.4
                ramp = min(1.0, 0.3 + 0.1 * m)
            for line, base, season in (("MED", c[9], MED_SEASON), ("DEN", c[10], DEN_SEASON)):
                if base == 0:
                    continue
                mu = base * season[day.month - 1] * WD_FACTOR[wd] * growth * ramp * 0.76
                if line == "DEN" and day.year == 2022 and day.month == 1:
                    mu *= 0.8   # omicron wave
                if day > D1:
                    mu *= max(0.0, 1.0 - (day - D1).days / 40.0) * 0.85   # only what is booked
                n = int(mu) + (1 if R.random() < mu - int(mu) else 0)
                if n == 0:
                    continue
                slots = sorted(R.sample(range(16), min(n, 16)))
                for s in slots[:n]:
                    appt_id += 1
                    _make_appt(R, appt_id, cc, line, day, s, appts, vlines, claims, pmts, pts, pools,
                               provs_for, new_patient, fee_at, dur, last_seen, opened)
        day += dt.timedelta(days=1)

    con.executemany("INSERT INTO pt VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(i + 1, p["fn"], p["ln"], d2s(p["birth"]), p["sex"], p["email"], p["zip"],
                      p["st"], p["ctry"], p["clin"], d2s(p["reg"]), p["med"], p["den"])
                     for i, p in enumerate(pts)])
    con.executemany("INSERT INTO appt VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", appts)
    con.executemany("INSERT INTO visit_proc VALUES (?,?,?,?,?,?)", vlines)
    con.executemany("INSERT INTO clm VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", claims)
    pmts.sort(key=lambda r: (r[3], r[0]))
    con.executemany("INSERT INTO pmt VALUES (?,?,?,?,?,?,?)",
                    [(i + 1,) + r[1:] for i, r in enumerate(pmts)])
    con.execute("CREATE INDEX ix_appt_dt ON appt(appt_dt)")
    con.execute("CREATE INDEX ix_appt_pt ON appt(pt_id)")
    con.execute("CREATE INDEX ix_vp_appt ON visit_proc(appt_id)")
    con.execute("CREATE INDEX ix_clm_appt ON clm(appt_id)")
    con.execute("CREATE INDEX ix_pmt_clm ON pmt(clm_id)")


def _make_appt(R, appt_id, cc, line, day, slot, appts, vlines, claims, pmts, pts, pools,
               provs_for, new_patient, fee_at, dur, last_seen, opened):
    # --- who
    p_new = 0.13 if line == "MED" else 0.11
    if cc == "DEN1":
        m = (day - opened[cc]).days / 30.4
        p_new = max(0.16, 0.9 - 0.09 * m)
    lst, cum = pools[cc]
    booked_lead = None
    if not lst or R.random() < p_new:
        reg = day - dt.timedelta(days=R.choice([0, 0, 1, 2, 3, 5, 7, 10, 14, 21]))
        reg = max(reg, opened[cc] - dt.timedelta(days=14))
        if day > D1:
            reg = min(reg, D1)
        pi = new_patient(cc, reg)
        atype = "NPV"
        booked_lead = (day - reg).days
    else:
        while True:
            k = bisect_left(cum, R.random() * cum[-1])
            pi = lst[min(k, len(lst) - 1)]
            if pts[pi]["reg"] <= day:
                break
        age = pts[pi]["age"] - (D1.year - day.year)
        if line == "MED":
            tel = 0.25 - 0.07 * (day.year - 2022) - 0.005 * (day.month - 1)
            flu = 0.13 if day.month in (9, 10, 11) else (0.05 if day.month in (12, 1) else 0.0)
            r = R.random()
            if r < tel:
                atype = "TEL"
            elif r < tel + flu:
                atype = "IMM"
            elif r < tel + flu + (0.22 if day.month in (12, 1, 2) else 0.13):
                atype = "URG"
            elif r < tel + flu + 0.35 + (0.06 if day.month == 8 and age < 18 else 0):
                atype = "PHY"
            else:
                atype = "EST"
        else:
            r = R.random()
            atype = "HYG" if r < 0.55 else ("TX" if r < 0.9 else "URG")
    pt = pts[pi]
    age = pt["age"] - (D1.year - day.year)
    # --- provider
    if line == "MED":
        roles = ["MD", "DO", "NP", "PA"]
    elif atype == "HYG":
        roles = ["RDH"]
    else:
        roles = ["DDS", "DMD"]
    cand = provs_for(cc, line, day, roles)
    if not cand:
        cand = provs_for(cc, line, day, ["DDS", "DMD", "RDH"] if line == "DEN" else roles)
    if line == "MED" and age < 18:
        peds = [p for p in cand if p["spec"] == "PED"]
        if peds and R.random() < 0.7:
            cand = peds
    if line == "DEN" and atype == "TX":
        endo = [p for p in cand if p["spec"] == "END"]
        if endo and R.random() < 0.18:
            cand = endo
        else:
            cand = [p for p in cand if p["spec"] != "END"] or cand
    prov = R.choices(cand, weights=[p["w"] * p["fte"] for p in cand])[0]
    # --- when booked
    if booked_lead is None:
        if atype == "URG":
            booked_lead = R.choice([0, 0, 0, 1])
        elif atype in ("HYG", "PHY"):
            booked_lead = R.choice([7, 14, 30, 45, 60, 90, 120, 150, 180])
        elif atype == "IMM":
            booked_lead = R.choice([0, 1, 2, 5, 7])
        else:
            booked_lead = R.choice([1, 2, 3, 5, 7, 10, 14, 21, 28, 35])
    start_min = 8 * 60 + slot * 30 + (0 if line == "MED" else 0)
    booked = dt.datetime.combine(day, dt.time(0, 0)) - dt.timedelta(days=booked_lead) \
        + dt.timedelta(minutes=R.randrange(8 * 60, 18 * 60))
    if booked.date() > D1:
        booked = dt.datetime.combine(D1, dt.time(9, 0)) + dt.timedelta(minutes=R.randrange(0, 480))
    if booked.date() == day and booked.hour * 60 + booked.minute > start_min:
        booked = dt.datetime.combine(day, dt.time(7, 0)) + dt.timedelta(minutes=R.randrange(0, 55))
    # --- outcome
    lead = (day - booked.date()).days
    p_nos = 0.062
    if day.weekday() == 0:
        p_nos *= 1.45
    if pt["med"] in ("TXMCD", "OKMCD", "NMMCD", "COMCD"):
        p_nos *= 1.9
    if 18 <= age < 31:
        p_nos *= 1.35
    if lead > 30:
        p_nos *= 1.4
    if atype in ("URG", "IMM"):
        p_nos *= 0.3
    if atype == "TEL":
        p_nos *= 0.6
    if day.year == 2024 and day.month >= 6:
        p_nos *= 0.8     # text reminders
    p_cxl = 0.02 if lead <= 1 else (0.08 + (0.04 if lead > 30 else 0.0))
    if day.month == 12 and line == "DEN":
        p_cxl *= 0.7
    r = R.random()
    cxl_on = None
    if r < p_cxl:
        stat = "CXL"
        cd = booked.date() + dt.timedelta(days=R.randrange(0, max(1, lead)))
        cxl_on = d2s(min(cd, D1))
    elif day > D1:
        stat = "SCH"
    elif r < p_cxl + p_nos:
        stat = "NOS"
    else:
        stat = "CMP"
    d_min = dur[(atype, line)]
    if atype == "TX" and prov["spec"] == "END":
        d_min = 90
    elif atype == "TX" and R.random() < 0.3:
        d_min = 90
    appts.append((appt_id, pi + 1, prov["npi"], cc, atype, line, d2s(day),
                  "%02d:%02d" % divmod(start_min, 60), d_min, booked.strftime("%Y-%m-%d %H:%M:%S"),
                  stat, cxl_on))
    if stat != "CMP":
        return
    # --- procedures
    lines = []

    def add(code, units=1, tooth=None):
        lines.append((code, tooth, units, fee_at(code, day) * units))

    if line == "DEN":
        kid = age < 14
        if atype == "NPV":
            add("D0150")
            if R.random() < 0.8:
                add("D0210")
            if R.random() < 0.6:
                add("D1120" if kid else "D1110")
        elif atype == "HYG":
            if R.random() < 0.9:
                add("D0120")
            if not kid and R.random() < 0.08:
                add("D4341", R.choice([2, 2, 4]))
            else:
                add("D1120" if kid else "D1110")
            if R.random() < 0.45:
                add("D0274")
            if R.random() < (0.7 if kid else 0.08):
                add("D1206")
        elif atype == "TX":
            if prov["spec"] == "END":
                add("D3330", 1, R.choice([3, 14, 19, 30]))
                if R.random() < 0.5:
                    add("D0220")
            else:
                r = R.random()
                tooth = R.randrange(1, 33)
                if r < 0.45:
                    add("D2391", R.choice([1, 1, 2, 2, 3]), tooth)
                elif r < 0.6:
                    add("D2140", R.choice([1, 1, 2]), tooth)
                elif r < 0.78:
                    add("D2740", 1, tooth)
                elif r < 0.86:
                    add("D3330", 1, tooth)
                elif r < 0.95:
                    add("D4341", R.choice([1, 2, 2, 4]))
                else:
                    add("D7140", 1, tooth)
        else:  # URG
            add("D0140")
            add("D0220")
            r = R.random()
            if r < 0.35:
                add("D7140", 1, R.randrange(1, 33))
            elif r < 0.5:
                add("D3330", 1, R.randrange(1, 33))
    else:
        heavy = R.random() < (0.45 if age >= 50 else 0.3)
        if atype == "NPV":
            add("99203" if heavy else "99202")
            if R.random() < 0.4:
                add("36415"); add("85025"); add("80053")
        elif atype in ("EST", "TEL"):
            add("99214" if heavy else "99213")
            if atype == "EST" and R.random() < 0.25:
                add("36415"); add("85025")
                if R.random() < 0.6:
                    add("80053")
            if atype == "EST" and age >= 40 and R.random() < 0.1:
                add("93000")
        elif atype == "PHY":
            add("99393" if age < 18 else "99395" if age < 40 else "99396" if age < 65 else "99397")
            if age >= 18 and R.random() < 0.65:
                add("36415"); add("85025"); add("80053")
            if age >= 40 and R.random() < 0.25:
                add("93000")
            if day.month in (9, 10, 11, 12) and R.random() < 0.4:
                add("90686"); add("90471")
        elif atype == "IMM":
            add("90686"); add("90471")
        else:  # URG
            add("99214" if heavy else "99213")
            winter = day.month in (11, 12, 1, 2, 3)
            if R.random() < (0.4 if winter else 0.15) * (1.6 if age < 18 else 1.0):
                add("87880")
            if R.random() < {2022: 0.55, 2023: 0.22, 2024: 0.07}.get(day.year, 0.05):
                add("87635")
    base = len(vlines)
    for j, (code, tooth, units, amt) in enumerate(lines):
        vlines.append((base + j + 1, appt_id, code, tooth, units, float(amt)))
    total_cents = int(round(sum(l[3] for l in lines) * 100))
    payer = pt["med"] if line == "MED" else pt["den"]
    if payer is None:
        # self-pay: 8% discount, usually paid at the desk the same day
        if R.random() < 0.9:
            amt = round(total_cents * 0.92) / 100.0
            ts = dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(minutes=start_min + d_min + R.randrange(0, 20))
            pmts.append((0, pi + 1, None, ts.strftime("%Y-%m-%d %H:%M:%S"), amt, "PT",
                         R.choice(["CARD", "CARD", "CARD", "CASH"])))
        return
    # --- claim
    ptype = {p[0]: p[2] for p in PAYERS}[payer]
    lag = R.choice([1, 1, 2, 2, 3, 4])
    if dt.date(2023, 3, 1) <= day <= dt.date(2023, 4, 30):
        lag = R.randrange(6, 22)
    if day.weekday() == 4:
        lag += 2
    sub = day + dt.timedelta(days=lag)
    turn = {"COMM": (12, 32), "MCR": (10, 20), "MCD": (25, 62), "DENT": (8, 24)}[ptype]
    adj = sub + dt.timedelta(days=R.randrange(*turn))
    p_den = {"COMM": 0.055, "MCR": 0.04, "MCD": 0.115, "DENT": 0.05}[ptype]
    if dt.date(2023, 3, 1) <= day <= dt.date(2023, 4, 30):
        p_den *= 2.4
    if payer == "CIGNA":
        p_den *= 1.3
    cid = len(claims) + 1
    clm_no = "C%02d%06d" % (day.year % 100, cid)
    if adj > D1:
        claims.append((cid, clm_no, appt_id, pi + 1, payer, d2s(sub) if sub <= D1 else d2s(D1), None,
                       "PEND", total_cents, None, 0, 0, None))
        return
    if R.random() < p_den:
        if dt.date(2023, 3, 1) <= day <= dt.date(2023, 4, 30) and R.random() < 0.6:
            rsn = "CO16"
        else:
            rsn = R.choices(["CO16", "CO29", "CO50", "CO97", "CO27", "CO119"],
                            weights=[30, 6, 22, 20, 12, 10 if ptype == "DENT" else 1])[0]
        claims.append((cid, clm_no, appt_id, pi + 1, payer, d2s(sub), d2s(adj), "DEN", total_cents,
                       0, 0, 0, rsn))
        return
    ratio = {"COMM": 0.66, "MCR": 0.47, "MCD": 0.39, "DENT": 0.74}[ptype] * R.uniform(0.96, 1.04)
    if payer == "BCBTX":
        ratio *= 1.04
    allowed = int(round(total_cents * ratio))
    if ptype == "MCD":
        resp_rate = 0.0
    elif ptype == "MCR":
        resp_rate = 0.2
    elif ptype == "DENT":
        prev = all(l[0] in ("D0120", "D0150", "D0210", "D0274", "D1110", "D1120", "D1206") for l in lines)
        resp_rate = 0.0 if prev else 0.4
    else:
        resp_rate = 0.2 + (0.35 if day.month <= 3 else 0.0)
    resp = int(round(allowed * resp_rate))
    paid = allowed - resp
    claims.append((cid, clm_no, appt_id, pi + 1, payer, d2s(sub), d2s(adj), "PAID", total_cents,
                   allowed, paid, resp, None))
    ts = dt.datetime.combine(adj, dt.time(R.randrange(5, 12), R.randrange(60)))
    if paid > 0:
        pmts.append((0, pi + 1, cid, ts.strftime("%Y-%m-%d %H:%M:%S"), paid / 100.0, "INS",
                     "EFT" if R.random() < 0.86 else "CHK"))
    if resp > 0 and R.random() < 0.83:
        pd = adj + dt.timedelta(days=R.randrange(3, 75))
        if pd <= D1:
            ts = dt.datetime.combine(pd, dt.time(R.randrange(8, 20), R.randrange(60)))
            pmts.append((0, pi + 1, cid, ts.strftime("%Y-%m-%d %H:%M:%S"), resp / 100.0, "PT",
                         R.choice(["CARD", "CARD", "CARD", "CHK", "CASH"])))


REV = "FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id"
WD = ("CASE strftime('%w', appt_dt) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
      "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")
NOSR = "100.0 * SUM(CASE WHEN {a}appt_stat_cd = 'NOS' THEN 1 ELSE 0 END) / SUM(CASE WHEN {a}appt_stat_cd IN ('CMP', 'NOS') THEN 1 ELSE 0 END)"
PROV_REV24 = ("SELECT p.first_nm || ' ' || p.last_nm AS provider, SUM(v.chg_amt) AS revenue FROM visit_proc v "
              "JOIN appt a ON a.appt_id = v.appt_id JOIN prov p ON p.prov_npi = a.prov_npi "
              "WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY p.prov_npi")
QUESTIONS = [
    # ------------------------------------------------------------------ time
    ("time", "How many patient visits did we have in 2023?",
     "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'CMP' AND appt_dt BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("time", "Revenue by quarter for 2024",
     "SELECT (CAST(strftime('%m', a.appt_dt) AS INTEGER) + 2) / 3 AS qtr, SUM(v.chg_amt) AS revenue " + REV +
     " WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY qtr ORDER BY qtr"),
    ("time", "How many no-shows did we have in March 2024?",
     "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'NOS' AND appt_dt BETWEEN '2024-03-01' AND '2024-03-31'"),
    ("time", "Which day of the week do patients skip their appointments most?",
     "SELECT " + WD + " AS weekday FROM appt WHERE appt_stat_cd = 'NOS' GROUP BY weekday ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT " + WD + " AS weekday, COUNT(*) AS n FROM appt WHERE appt_stat_cd = 'NOS' GROUP BY weekday ORDER BY n DESC LIMIT 1"),
    ("time", "How many new patients did we sign up each year from 2022 through 2024?",
     "SELECT strftime('%Y', reg_on) AS yr, COUNT(*) AS new_patients FROM pt WHERE reg_on BETWEEN '2022-01-01' AND '2024-12-31' GROUP BY yr ORDER BY yr"),
    ("time", "How much money came in over the last 6 months?",
     "SELECT SUM(pmt_amt) FROM pmt WHERE date(pmt_ts) > date('2024-12-31', '-6 months')"),
    ("time", "number of visits per month in 2024",
     "SELECT strftime('%m', appt_dt) AS mon, COUNT(*) AS visits FROM appt WHERE appt_stat_cd = 'CMP' AND strftime('%Y', appt_dt) = '2024' GROUP BY mon ORDER BY mon"),
    ("time", "By what percent did revenue grow from 2023 to 2024?",
     "SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2024' THEN v.chg_amt END) - SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2023' THEN v.chg_amt END)) / SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2023' THEN v.chg_amt END) AS growth_pct " + REV),
    ("time", "On average, how many days ahead do people book their teeth cleanings?",
     "SELECT AVG(julianday(appt_dt) - julianday(date(booked_ts))) FROM appt WHERE appt_type_cd = 'HYG'"),
    ("time", "How many days does it take on average for an insurance company to process a claim?",
     "SELECT AVG(julianday(adjud_dt) - julianday(submitted_on)) FROM clm WHERE adjud_dt IS NOT NULL"),
    ("time", "How many new patients registered in the last 3 months?",
     "SELECT COUNT(*) FROM pt WHERE reg_on > date('2024-12-31', '-3 months')"),
    ("time", "Which month of 2023 brought in the most revenue?",
     "SELECT strftime('%m', a.appt_dt) AS mon " + REV + " WHERE strftime('%Y', a.appt_dt) = '2023' GROUP BY mon ORDER BY SUM(v.chg_amt) DESC LIMIT 1",
     "SELECT strftime('%m', a.appt_dt) AS mon, SUM(v.chg_amt) AS revenue " + REV + " WHERE strftime('%Y', a.appt_dt) = '2023' GROUP BY mon ORDER BY revenue DESC LIMIT 1"),
    ("time", "How many appointments are still on the calendar for January 2025?",
     "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'SCH' AND appt_dt BETWEEN '2025-01-01' AND '2025-01-31'"),
    ("time", "telehealth visits per year",
     "SELECT strftime('%Y', appt_dt) AS yr, COUNT(*) AS visits FROM appt WHERE appt_type_cd = 'TEL' AND appt_stat_cd = 'CMP' GROUP BY yr ORDER BY yr"),
    ("time", "What was the no-show rate in each quarter of 2023?",
     "SELECT (CAST(strftime('%m', appt_dt) AS INTEGER) + 2) / 3 AS qtr, " + NOSR.format(a="") + " AS no_show_pct FROM appt WHERE strftime('%Y', appt_dt) = '2023' GROUP BY qtr ORDER BY qtr"),
    ("time", "Monthly visits at the Denver clinic in 2024",
     "SELECT strftime('%m', a.appt_dt) AS mon, COUNT(*) AS visits FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE c.city_nm = 'Denver' AND a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY mon ORDER BY mon"),
    ("time", "How many visits did we have on Saturdays in 2024?",
     "SELECT COUNT(*) FROM appt WHERE appt_stat_cd = 'CMP' AND strftime('%w', appt_dt) = '6' AND strftime('%Y', appt_dt) = '2024'"),
    ("time", "How much did insurance companies pay us in Q4 2024?",
     "SELECT SUM(pmt_amt) FROM pmt WHERE pmt_src_cd = 'INS' AND date(pmt_ts) BETWEEN '2024-10-01' AND '2024-12-31'"),
    ("time", "Average number of days between a visit and sending the claim, month by month in 2023",
     "SELECT strftime('%m', a.appt_dt) AS mon, AVG(julianday(c.submitted_on) - julianday(a.appt_dt)) AS avg_days FROM clm c JOIN appt a ON a.appt_id = c.appt_id WHERE strftime('%Y', a.appt_dt) = '2023' GROUP BY mon ORDER BY mon"),
    ("time", "How many flu shots did we give each month in 2024?",
     "SELECT strftime('%m', a.appt_dt) AS mon, SUM(v.units) AS flu_shots " + REV + " WHERE v.proc_cd = '90686' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY mon ORDER BY mon"),
    ("time", "How much did visits at Houston Heights grow between 2022 and 2024, in percent?",
     "SELECT 100.0 * (SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2024' THEN 1 ELSE 0 END) - SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2022' THEN 1 ELSE 0 END)) / SUM(CASE WHEN strftime('%Y', a.appt_dt) = '2022' THEN 1 ELSE 0 END) AS growth_pct FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE c.clin_nm = 'Houston Heights' AND a.appt_stat_cd = 'CMP'"),
    ("time", "How many appointments were booked during December 2024 (no matter when they take place)?",
     "SELECT COUNT(*) FROM appt WHERE date(booked_ts) BETWEEN '2024-12-01' AND '2024-12-31'"),
    ("time", "How many claims did we send out in the last 12 months?",
     "SELECT COUNT(*) FROM clm WHERE submitted_on > date('2024-12-31', '-12 months')"),
    # ------------------------------------------------------------------ measures
    ("measures", "What was our total revenue in 2024?",
     "SELECT SUM(v.chg_amt) " + REV + " WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "How much did we collect in 2024?",
     "SELECT SUM(pmt_amt) FROM pmt WHERE date(pmt_ts) BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "what's our no-show rate",
     "SELECT " + NOSR.format(a="") + " AS no_show_pct FROM appt"),
    ("measures", "Average revenue per visit in 2024",
     "SELECT SUM(v.chg_amt) / COUNT(DISTINCT v.appt_id) " + REV + " WHERE a.appt_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What percentage of our insurance claims get denied?",
     "SELECT 100.0 * SUM(CASE WHEN clm_stat_cd = 'DEN' THEN 1 ELSE 0 END) / SUM(CASE WHEN clm_stat_cd IN ('PAID', 'DEN') THEN 1 ELSE 0 END) FROM clm"),
    ("measures", "On the claims insurers paid, what percent of the billed amount did they actually pay?",
     "SELECT 100.0 * SUM(paid_cents) / SUM(billed_cents) FROM clm WHERE clm_stat_cd = 'PAID'"),
    ("measures", "What share of 2024 revenue came from dental work?",
     "SELECT 100.0 * SUM(CASE WHEN a.svc_line_cd = 'DEN' THEN v.chg_amt ELSE 0 END) / SUM(v.chg_amt) " + REV + " WHERE strftime('%Y', a.appt_dt) = '2024'"),
    ("measures", "How much do we charge for a crown on average?",
     "SELECT AVG(v.chg_amt) FROM visit_proc v JOIN proc_mstr p ON p.proc_cd = v.proc_cd WHERE p.proc_desc LIKE '%crown%'"),
    ("measures", "What was the cancellation rate in 2024?",
     "SELECT 100.0 * SUM(CASE WHEN appt_stat_cd = 'CXL' THEN 1 ELSE 0 END) / COUNT(*) FROM appt WHERE strftime('%Y', appt_dt) = '2024'"),
    ("measures", "How much money are we still waiting on from insurers for claims that haven't been processed yet?",
     "SELECT SUM(billed_cents) / 100.0 FROM clm WHERE clm_stat_cd = 'PEND'"),
    ("measures", "How many visits did the average patient have in 2024?",
     "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT pt_id) FROM appt WHERE appt_stat_cd = 'CMP' AND strftime('%Y', appt_dt) = '2024'"),
    ("measures", "How much did patients pay out of their own pockets in 2024?",
     "SELECT SUM(pmt_amt) FROM pmt WHERE pmt_src_cd = 'PT' AND date(pmt_ts) BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "Average insurance payment per paid claim for claims sent in 2024",
     "SELECT AVG(paid_cents) / 100.0 FROM clm WHERE clm_stat_cd = 'PAID' AND submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What percent of our patients are on Medicaid?",
     "SELECT 100.0 * SUM(CASE WHEN i.payer_type_cd = 'MCD' THEN 1 ELSE 0 END) / COUNT(*) FROM pt p LEFT JOIN ins_co i ON i.payer_id = p.med_payer_id"),
    ("measures", "How much did denied claims add up to in 2024?",
     "SELECT SUM(billed_cents) / 100.0 FROM clm WHERE clm_stat_cd = 'DEN' AND submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "How long is a completed dental appointment on average, in minutes?",
     "SELECT AVG(dur_min) FROM appt WHERE svc_line_cd = 'DEN' AND appt_stat_cd = 'CMP'"),
    # ------------------------------------------------------------------ filters
    ("filters", "How many patients live in Oklahoma?",
     "SELECT COUNT(*) FROM pt WHERE st_cd = 'OK'"),
    ("filters", "How many claims did we send to Delta Dental in 2024?",
     "SELECT COUNT(*) FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id WHERE i.payer_nm = 'Delta Dental' AND c.submitted_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "Which of our providers are nurse practitioners?",
     "SELECT first_nm || ' ' || last_nm AS provider FROM prov WHERE cred_cd = 'NP' ORDER BY provider"),
    ("filters", "How many root canals did we do in 2024?",
     "SELECT SUM(v.units) FROM visit_proc v JOIN appt a ON a.appt_id = v.appt_id JOIN proc_mstr p ON p.proc_cd = v.proc_cd WHERE p.proc_desc LIKE 'Root canal%' AND strftime('%Y', a.appt_dt) = '2024'"),
    ("filters", "Revenue from our Texas clinics in 2023",
     "SELECT SUM(v.chg_amt) " + REV + " JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE c.st_cd = 'TX' AND strftime('%Y', a.appt_dt) = '2023'"),
    ("filters", "How many of our patients are from Mexico?",
     "SELECT COUNT(*) FROM pt WHERE ctry_cd = 'MX'"),
    ("filters", "How many no-shows did Texas Medicaid patients have in 2024?",
     "SELECT COUNT(*) FROM appt a JOIN pt p ON p.pt_id = a.pt_id JOIN ins_co i ON i.payer_id = p.med_payer_id WHERE i.payer_nm LIKE 'Texas Medicaid%' AND a.appt_stat_cd = 'NOS' AND strftime('%Y', a.appt_dt) = '2024'"),
    ("filters", "How many claims were denied because of missing information?",
     "SELECT COUNT(*) FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd WHERE c.clm_stat_cd = 'DEN' AND d.den_rsn_desc LIKE 'Missing%'"),
    ("filters", "How many patients have no medical insurance on file?",
     "SELECT COUNT(*) FROM pt WHERE med_payer_id IS NULL"),
    ("filters", "Who currently works at the Dallas Uptown clinic?",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider FROM prov p JOIN clin_loc c ON c.clin_cd = p.home_clin_cd WHERE c.clin_nm = 'Dallas Uptown' AND p.term_on IS NULL ORDER BY provider"),
    ("filters", "How many patients are 65 or older?",
     "SELECT COUNT(*) FROM pt WHERE birth_dt <= date('2024-12-31', '-65 years')"),
    ("filters", "How much was paid in cash in 2024?",
     "SELECT SUM(pmt_amt) FROM pmt WHERE pay_mthd_cd = 'CASH' AND date(pmt_ts) BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("filters", "How many appointments were cancelled at Austin South Dental in 2024?",
     "SELECT COUNT(*) FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE c.clin_nm = 'Austin South Dental' AND a.appt_stat_cd = 'CXL' AND strftime('%Y', a.appt_dt) = '2024'"),
    ("filters", "What do we charge right now for each dental procedure?",
     "SELECT p.proc_desc, f.fee_cents / 100.0 AS fee FROM fee_sched f JOIN proc_mstr p ON p.proc_cd = f.proc_cd WHERE f.exp_on IS NULL AND p.svc_line_cd = 'DEN' ORDER BY p.proc_cd"),
    # ------------------------------------------------------------------ top-N
    ("topn", "Top 5 procedures by revenue in 2024",
     "SELECT p.proc_desc, SUM(v.chg_amt) AS revenue " + REV + " JOIN proc_mstr p ON p.proc_cd = v.proc_cd WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY p.proc_cd ORDER BY revenue DESC LIMIT 5"),
    ("topn", "Which clinic was busiest in 2024, by number of visits?",
     "SELECT c.clin_nm FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY c.clin_cd ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT c.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY c.clin_cd ORDER BY visits DESC LIMIT 1"),
    ("topn", "Top 3 insurance companies by how much they've paid us",
     "SELECT i.payer_nm, SUM(c.paid_cents) / 100.0 AS paid FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id GROUP BY i.payer_id ORDER BY paid DESC LIMIT 3"),
    ("topn", "Top 5 patients by number of visits",
     "SELECT p.first_nm || ' ' || p.last_nm AS patient, COUNT(*) AS visits FROM appt a JOIN pt p ON p.pt_id = a.pt_id WHERE a.appt_stat_cd = 'CMP' GROUP BY a.pt_id ORDER BY visits DESC LIMIT 5"),
    ("topn", "Which provider brought in the most revenue in 2024?",
     "SELECT provider FROM (" + PROV_REV24 + ") ORDER BY revenue DESC LIMIT 1",
     PROV_REV24 + " ORDER BY revenue DESC LIMIT 1"),
    ("topn", "Which 5 providers have the worst no-show rates? Only count providers with at least 300 appointments.",
     "SELECT p.first_nm || ' ' || p.last_nm AS provider, " + NOSR.format(a="a.") + " AS no_show_pct FROM appt a JOIN prov p ON p.prov_npi = a.prov_npi GROUP BY p.prov_npi HAVING COUNT(*) >= 300 ORDER BY no_show_pct DESC LIMIT 5"),
    ("topn", "Which insurer denies our claims most often, as a rate?",
     "SELECT i.payer_nm FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id WHERE c.clm_stat_cd IN ('PAID', 'DEN') GROUP BY i.payer_id ORDER BY AVG(CASE WHEN c.clm_stat_cd = 'DEN' THEN 1.0 ELSE 0 END) DESC LIMIT 1",
     "SELECT i.payer_nm, AVG(CASE WHEN c.clm_stat_cd = 'DEN' THEN 1.0 ELSE 0 END) AS denial_rate FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id WHERE c.clm_stat_cd IN ('PAID', 'DEN') GROUP BY i.payer_id ORDER BY denial_rate DESC LIMIT 1"),
    ("topn", "What are the three most common reasons claims get denied?",
     "SELECT d.den_rsn_desc, COUNT(*) AS claims FROM clm c JOIN den_rsn d ON d.den_rsn_cd = c.den_rsn_cd WHERE c.clm_stat_cd = 'DEN' GROUP BY d.den_rsn_cd ORDER BY claims DESC LIMIT 3"),
    ("topn", "Which zip code do most of our patients come from?",
     "SELECT zip_cd FROM pt WHERE zip_cd IS NOT NULL GROUP BY zip_cd ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT zip_cd, COUNT(*) AS patients FROM pt WHERE zip_cd IS NOT NULL GROUP BY zip_cd ORDER BY patients DESC LIMIT 1"),
    ("topn", "Top 5 patients by what they paid out of pocket",
     "SELECT p.first_nm || ' ' || p.last_nm AS patient, SUM(m.pmt_amt) AS paid FROM pmt m JOIN pt p ON p.pt_id = m.pt_id WHERE m.pmt_src_cd = 'PT' GROUP BY m.pt_id ORDER BY paid DESC LIMIT 5"),
    # ------------------------------------------------------------------ breakdowns
    ("breakdowns", "Visits by clinic in 2024",
     "SELECT c.clin_nm, COUNT(*) AS visits FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE a.appt_stat_cd = 'CMP' AND strftime('%Y', a.appt_dt) = '2024' GROUP BY c.clin_cd ORDER BY visits DESC"),
    ("breakdowns", "Break down 2024 revenue by procedure category",
     "SELECT p.proc_cat, SUM(v.chg_amt) AS revenue " + REV + " JOIN proc_mstr p ON p.proc_cd = v.proc_cd WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY p.proc_cat ORDER BY revenue DESC"),
    ("breakdowns", "No-show rate for each kind of appointment",
     "SELECT t.type_desc, " + NOSR.format(a="a.") + " AS no_show_pct FROM appt a JOIN appt_type t ON t.appt_type_cd = a.appt_type_cd AND t.svc_line_cd = a.svc_line_cd GROUP BY t.appt_type_cd, t.svc_line_cd ORDER BY no_show_pct DESC"),
    ("breakdowns", "How many US patients do we have in each state?",
     "SELECT st_cd, COUNT(*) AS patients FROM pt WHERE ctry_cd = 'US' GROUP BY st_cd ORDER BY patients DESC"),
    ("breakdowns", "Appointments by status for 2024",
     "SELECT s.stat_desc, COUNT(*) AS appointments FROM appt a JOIN appt_stat s ON s.appt_stat_cd = a.appt_stat_cd WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY s.stat_desc ORDER BY appointments DESC"),
    ("breakdowns", "How many claims are paid, denied and pending?",
     "SELECT clm_stat_cd, COUNT(*) AS claims FROM clm GROUP BY clm_stat_cd ORDER BY claims DESC"),
    ("breakdowns", "Money collected in 2024 by payment method",
     "SELECT pay_mthd_cd, SUM(pmt_amt) AS collected FROM pmt WHERE date(pmt_ts) BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY pay_mthd_cd ORDER BY collected DESC"),
    ("breakdowns", "Denial rate by insurance company",
     "SELECT i.payer_nm, 100.0 * SUM(CASE WHEN c.clm_stat_cd = 'DEN' THEN 1 ELSE 0 END) / COUNT(*) AS denial_pct FROM clm c JOIN ins_co i ON i.payer_id = c.payer_id WHERE c.clm_stat_cd IN ('PAID', 'DEN') GROUP BY i.payer_id ORDER BY denial_pct DESC"),
    ("breakdowns", "Average revenue per visit for medical vs dental in 2024",
     "SELECT a.svc_line_cd, SUM(v.chg_amt) / COUNT(DISTINCT v.appt_id) AS per_visit " + REV + " WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY a.svc_line_cd ORDER BY a.svc_line_cd"),
    # ------------------------------------------------------------------ tricky
    ("tricky", "Which insurers have we never sent a claim to?",
     "SELECT payer_nm FROM ins_co WHERE payer_id NOT IN (SELECT payer_id FROM clm) ORDER BY payer_nm"),
    ("tricky", "How many registered patients have never actually been seen?",
     "SELECT COUNT(*) FROM pt WHERE pt_id NOT IN (SELECT pt_id FROM appt WHERE appt_stat_cd = 'CMP')"),
    ("tricky", "How many patients have come in for both medical and dental care?",
     "SELECT COUNT(*) FROM (SELECT pt_id FROM appt WHERE appt_stat_cd = 'CMP' GROUP BY pt_id HAVING COUNT(DISTINCT svc_line_cd) = 2)"),
    ("tricky", "Which providers brought in more revenue in 2024 than the average provider?",
     "WITH r AS (" + PROV_REV24 + ") SELECT provider FROM r WHERE revenue > (SELECT AVG(revenue) FROM r) ORDER BY provider"),
    ("tricky", "What's the ratio of dental to medical revenue in 2024?",
     "SELECT SUM(CASE WHEN a.svc_line_cd = 'DEN' THEN v.chg_amt ELSE 0 END) / SUM(CASE WHEN a.svc_line_cd = 'MED' THEN v.chg_amt ELSE 0 END) " + REV + " WHERE strftime('%Y', a.appt_dt) = '2024'"),
    ("tricky", "Which clinics had a worse no-show rate in 2024 than the company overall?",
     "SELECT c.clin_nm FROM appt a JOIN clin_loc c ON c.clin_cd = a.clin_cd WHERE strftime('%Y', a.appt_dt) = '2024' GROUP BY c.clin_cd HAVING " + NOSR.format(a="a.") + " > (SELECT " + NOSR.format(a="") + " FROM appt WHERE strftime('%Y', appt_dt) = '2024') ORDER BY c.clin_nm"),
    ("tricky", "How many of the patients who signed up in 2024 still haven't had a single visit?",
     "SELECT COUNT(*) FROM pt WHERE reg_on BETWEEN '2024-01-01' AND '2024-12-31' AND pt_id NOT IN (SELECT pt_id FROM appt WHERE appt_stat_cd = 'CMP')"),
    ("tricky", "How many patients have missed an appointment but never actually come in?",
     "SELECT COUNT(DISTINCT pt_id) FROM appt WHERE appt_stat_cd = 'NOS' AND pt_id NOT IN (SELECT pt_id FROM appt WHERE appt_stat_cd = 'CMP')"),
    # ------------------------------------------------------------------ simple
    ("simple", "How many patients do we have?", "SELECT COUNT(*) FROM pt"),
    ("simple", "List our clinics and the city each one is in",
     "SELECT clin_nm, city_nm FROM clin_loc ORDER BY clin_nm"),
    ("simple", "How many insurance companies are on file?", "SELECT COUNT(*) FROM ins_co"),
    ("simple", "How many appointments are in the system?", "SELECT COUNT(*) FROM appt"),
]

if __name__ == "__main__":
    bizlib.main("clinic", build, QUESTIONS)
