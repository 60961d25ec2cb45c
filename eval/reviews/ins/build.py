#!/usr/bin/env python3
"""Build ins.sqlite (beside this script): a small P&C insurer's legacy-style policy admin extract.

Data window: 2022-01-01 .. 2025-09-30 (the "as of" date). Deterministic (fixed seed).
"""
import math
import os
import random
import sqlite3
from datetime import date, datetime, timedelta

SEED = 31
AS_OF = date(2025, 9, 30)
START = date(2022, 1, 1)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ins.sqlite")

rnd = random.Random(SEED)

DDL = """
PRAGMA foreign_keys = ON;

CREATE TABLE lkp_prod (
    prod_cd      TEXT PRIMARY KEY,          -- AUTO, HO, RENT, UMB, CAUT, BOP, WC
    prod_nm      TEXT NOT NULL,
    lob_cd       TEXT NOT NULL,             -- PL personal lines, CL commercial lines
    dflt_term_mo INTEGER NOT NULL
);

CREATE TABLE lkp_loss_cause (
    cause_cd   TEXT PRIMARY KEY,
    cause_desc TEXT NOT NULL,
    cat_ind    TEXT NOT NULL DEFAULT 'N'    -- Y = catastrophe-type peril
);

CREATE TABLE brnch (
    brnch_cd  TEXT PRIMARY KEY,
    brnch_nm  TEXT NOT NULL,
    city_nm   TEXT,
    st_cd     TEXT NOT NULL,
    open_dt   TEXT
);

CREATE TABLE agt (
    agt_cd      TEXT PRIMARY KEY,
    agt_fst_nm  TEXT NOT NULL,
    agt_lst_nm  TEXT NOT NULL,
    brnch_cd    TEXT NOT NULL REFERENCES brnch(brnch_cd),
    lic_st_cd   TEXT,
    hire_dt     TEXT,
    term_dt     TEXT,
    agt_stat_cd TEXT NOT NULL,              -- A active, T terminated
    comm_rt     REAL                        -- commission rate, fraction of premium
);

CREATE TABLE plcyhldr (
    ph_id      INTEGER PRIMARY KEY,
    ph_typ_cd  TEXT NOT NULL,               -- I individual, B business
    fst_nm     TEXT,
    lst_nm     TEXT,
    org_nm     TEXT,
    birth_dt   TEXT,
    addr_city  TEXT,
    st_cd      TEXT,
    zip_cd     TEXT,
    cntry_cd   TEXT NOT NULL DEFAULT 'US',
    email_addr TEXT,
    crt_ts     TEXT
);

CREATE TABLE plcy (
    plcy_id         INTEGER PRIMARY KEY,
    plcy_no         TEXT NOT NULL UNIQUE,
    ph_id           INTEGER NOT NULL REFERENCES plcyhldr(ph_id),
    agt_cd          TEXT NOT NULL REFERENCES agt(agt_cd),
    prod_cd         TEXT NOT NULL REFERENCES lkp_prod(prod_cd),
    eff_dt          TEXT NOT NULL,
    exp_dt          TEXT NOT NULL,
    term_mo         INTEGER NOT NULL,
    plcy_stat_cd    TEXT NOT NULL,          -- ACT, EXP, LAPS, CNCL
    wrtn_prem_amt   REAL NOT NULL,          -- full-term written premium, USD
    bill_pln_cd     TEXT NOT NULL,          -- ANN, SEMI, QTR, MTH
    cncl_on         TEXT,
    cncl_rsn_cd     TEXT,                   -- NONPAY, INSREQ, UWREJ, SOLD
    rnwl_of_plcy_id INTEGER REFERENCES plcy(plcy_id),
    iss_ts          TEXT
);

CREATE TABLE plcy_cvg (
    cvg_seq        INTEGER PRIMARY KEY,
    plcy_id        INTEGER NOT NULL REFERENCES plcy(plcy_id),
    cvg_cd         TEXT NOT NULL,
    cvg_desc       TEXT,
    endt_ind       TEXT NOT NULL DEFAULT 'N',   -- Y = optional endorsement
    lmt_amt        REAL,
    ded_amt        REAL,
    cvg_prem_cents INTEGER NOT NULL,
    add_on         TEXT
);

CREATE TABLE clm (
    clm_id      INTEGER PRIMARY KEY,
    clm_no      TEXT NOT NULL UNIQUE,
    plcy_id     INTEGER NOT NULL REFERENCES plcy(plcy_id),
    cause_cd    TEXT NOT NULL REFERENCES lkp_loss_cause(cause_cd),
    loss_dt     TEXT NOT NULL,
    rptd_on     TEXT NOT NULL,
    clsd_on     TEXT,
    clm_stat_cd TEXT NOT NULL,              -- OPEN, CLSD, REOP, DENY
    rsrv_amt    REAL NOT NULL DEFAULT 0,    -- outstanding case reserve, USD
    pd_amt      REAL NOT NULL DEFAULT 0,    -- paid to date, USD
    litig_flg   TEXT NOT NULL DEFAULT 'N',
    loss_st_cd  TEXT
);

CREATE TABLE prem_pmt (
    pmt_id      INTEGER PRIMARY KEY,
    plcy_id     INTEGER NOT NULL REFERENCES plcy(plcy_id),
    pmt_dt      TEXT NOT NULL,
    pmt_cents   INTEGER NOT NULL,
    pmt_mthd_cd TEXT NOT NULL,              -- ACH, CARD, CHK, CASH
    pmt_stat_cd TEXT NOT NULL               -- PSTD posted, RTRN returned/bounced
);

CREATE INDEX ix_plcy_ph ON plcy(ph_id);
CREATE INDEX ix_plcy_agt ON plcy(agt_cd);
CREATE INDEX ix_clm_plcy ON clm(plcy_id);
CREATE INDEX ix_pmt_plcy ON prem_pmt(plcy_id);
CREATE INDEX ix_cvg_plcy ON plcy_cvg(plcy_id);
"""

PRODUCTS = [
    ("AUTO", "Personal Auto", "PL", 6),
    ("HO", "Homeowners", "PL", 12),
    ("RENT", "Renters", "PL", 12),
    ("UMB", "Personal Umbrella", "PL", 12),
    ("CAUT", "Commercial Auto", "CL", 12),
    ("BOP", "Businessowners", "CL", 12),
    ("WC", "Workers Compensation", "CL", 12),
]
PREFIX = {"AUTO": "PA", "HO": "HO", "RENT": "RT", "UMB": "PU", "CAUT": "CA", "BOP": "BP", "WC": "WC"}

CAUSES = [
    ("COLL", "Collision", "N"),
    ("ANML", "Animal Collision", "N"),
    ("THFT", "Theft", "N"),
    ("GLSS", "Glass Breakage", "N"),
    ("VAND", "Vandalism", "N"),
    ("WIND", "Wind / Hail", "Y"),
    ("WATR", "Water Damage", "N"),
    ("FIRE", "Fire", "N"),
    ("FRZ", "Freeze", "Y"),
    ("BI", "Liability - Bodily Injury", "N"),
    ("PDL", "Liability - Property Damage", "N"),
    ("SLIP", "Slip and Fall", "N"),
    ("INJ", "Workplace Injury", "N"),
    ("OCCD", "Occupational Disease", "N"),
]

# product -> [(cause, weight, median severity)]
CAUSE_MIX = {
    "AUTO": [("COLL", 45, 3600), ("ANML", 10, 2900), ("GLSS", 14, 480), ("THFT", 6, 5200),
             ("VAND", 5, 1100), ("WIND", 6, 2400), ("BI", 8, 11000), ("PDL", 6, 3000)],
    "HO": [("WIND", 30, 9500), ("WATR", 28, 8200), ("FIRE", 7, 42000), ("THFT", 10, 3600),
           ("FRZ", 8, 6500), ("VAND", 5, 2200), ("BI", 5, 14000), ("SLIP", 7, 9000)],
    "RENT": [("THFT", 40, 2400), ("WATR", 30, 3100), ("FIRE", 10, 9000), ("VAND", 10, 1200),
             ("SLIP", 10, 6000)],
    "UMB": [("BI", 80, 120000), ("PDL", 20, 45000)],
    "CAUT": [("COLL", 50, 9500), ("GLSS", 10, 900), ("THFT", 6, 12000), ("BI", 20, 28000),
             ("PDL", 14, 7000)],
    "BOP": [("WIND", 22, 14000), ("WATR", 18, 11000), ("FIRE", 10, 65000), ("THFT", 15, 6000),
            ("VAND", 10, 3500), ("SLIP", 25, 12000)],
    "WC": [("INJ", 88, 11000), ("OCCD", 12, 24000)],
}
CLM_FREQ = {"AUTO": 0.10, "HO": 0.13, "RENT": 0.05, "UMB": 0.012, "CAUT": 0.42, "BOP": 0.17, "WC": 0.65}
BASE_PREM = {"AUTO": (480, 1500), "HO": (950, 3200), "RENT": (150, 380), "UMB": (220, 520),
             "CAUT": (2200, 16000), "BOP": (1100, 7500), "WC": (1800, 28000)}

# product -> list of (cvg_cd, desc, share of premium, limit choices, deductible choices, is_endorsement, take rate)
CVGS = {
    "AUTO": [("BI", "Bodily Injury Liability", .30, [50000, 100000, 250000], [None], "N", 1),
             ("PD", "Property Damage Liability", .15, [25000, 50000, 100000], [None], "N", 1),
             ("UM", "Uninsured Motorist", .07, [50000, 100000], [None], "N", .9),
             ("COLL", "Collision", .28, [None], [250, 500, 1000], "N", .85),
             ("COMP", "Comprehensive", .14, [None], [100, 250, 500], "N", .85),
             ("RREM", "Rental Reimbursement", .03, [900, 1500], [None], "Y", .35),
             ("ROAD", "Roadside Assistance", .02, [None], [None], "Y", .40)],
    "HO": [("DWEL", "Dwelling", .55, [180000, 250000, 350000, 500000], [500, 1000, 2500], "N", 1),
           ("PERS", "Personal Property", .18, [90000, 125000, 175000], [None], "N", 1),
           ("LIAB", "Personal Liability", .10, [100000, 300000, 500000], [None], "N", 1),
           ("MEDP", "Medical Payments", .03, [1000, 5000], [None], "N", 1),
           ("WBU", "Water Backup", .05, [5000, 10000, 25000], [None], "Y", .40),
           ("JEWL", "Scheduled Jewelry", .04, [10000, 25000], [None], "Y", .15),
           ("EQ", "Earthquake", .05, [100000, 250000], [5000], "Y", .05)],
    "RENT": [("PERS", "Personal Property", .65, [15000, 30000, 50000], [250, 500], "N", 1),
             ("LIAB", "Personal Liability", .30, [100000, 300000], [None], "N", 1),
             ("WBU", "Water Backup", .05, [5000], [None], "Y", .2)],
    "UMB": [("UMBL", "Umbrella Liability", 1.0, [1000000, 2000000, 5000000], [None], "N", 1)],
    "CAUT": [("CBI", "Commercial Auto Liability", .55, [500000, 1000000], [None], "N", 1),
             ("CCOL", "Commercial Collision", .28, [None], [1000, 2500], "N", .9),
             ("CCMP", "Commercial Comprehensive", .12, [None], [500, 1000], "N", .9),
             ("HNOA", "Hired & Non-Owned Auto", .05, [1000000], [None], "Y", .3)],
    "BOP": [("BLDG", "Building", .45, [400000, 750000, 1500000], [1000, 2500], "N", .7),
            ("BPP", "Business Personal Property", .25, [100000, 250000], [1000], "N", 1),
            ("GL", "General Liability", .25, [1000000, 2000000], [None], "N", 1),
            ("CYBR", "Cyber Liability", .05, [50000, 100000], [None], "Y", .25),
            ("EQBK", "Equipment Breakdown", .03, [100000], [None], "Y", .35)],
    "WC": [("WCA", "Workers Comp Part A", .85, [None], [None], "N", 1),
           ("ELB", "Employers Liability Part B", .15, [500000, 1000000], [None], "N", 1)],
}

BRANCHES = [
    ("CLE", "Cleveland Main", "Cleveland", "OH", "1998-04-01"),
    ("COL", "Columbus", "Columbus", "OH", "2004-09-15"),
    ("IND", "Indianapolis", "Indianapolis", "IN", "2008-03-01"),
    ("DET", "Detroit Metro", "Troy", "MI", "2011-06-01"),
    ("LOU", "Louisville", "Louisville", "KY", "2015-02-01"),
    ("PIT", "Pittsburgh", "Pittsburgh", "PA", "2019-10-01"),
    ("GRR", "Grand Rapids", "Grand Rapids", "MI", "2023-04-03"),
]
BR_WEIGHT = {"CLE": 30, "COL": 22, "IND": 16, "DET": 14, "LOU": 9, "PIT": 9, "GRR": 6}
BR_CITIES = {
    "OH": ["Cleveland", "Parma", "Lakewood", "Columbus", "Dublin", "Westerville", "Akron", "Mentor", "Strongsville"],
    "IN": ["Indianapolis", "Carmel", "Fishers", "Greenwood", "Noblesville"],
    "MI": ["Troy", "Sterling Heights", "Warren", "Royal Oak", "Grand Rapids", "Wyoming", "Kentwood"],
    "KY": ["Louisville", "Jeffersontown", "Shively", "Lexington"],
    "PA": ["Pittsburgh", "Bethel Park", "Monroeville", "Erie"],
}
ZIP_PFX = {"OH": "44", "IN": "46", "MI": "48", "KY": "40", "PA": "15", "WV": "26", "IL": "60", "FL": "33",
           "ON": "M", "QC": "H"}

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley",
         "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kevin", "Michelle", "Brian", "Carol",
         "Gary", "Amanda", "Eric", "Melissa", "Ryan", "Deborah", "Jacob", "Stephanie", "Nicholas", "Rebecca",
         "Tyler", "Laura", "Aaron", "Megan", "Kyle", "Heather", "Noah", "Rachel", "Ethan", "Olivia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
        "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
        "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Kowalski", "Nowak", "Schmidt", "Mueller",
        "Novak", "Sullivan", "Reed", "Bailey", "Kelly", "Howard", "Ward", "Cox", "Brooks", "Bennett"]
ORG_A = ["Lakeshore", "Buckeye", "Hoosier", "Great Lakes", "Riverbend", "Summit", "Keystone", "Bluegrass",
         "Maple Grove", "Northcoast", "Allegheny", "Cuyahoga", "Wabash", "Heartland", "Ironworks", "Pioneer",
         "Harbor", "Crossroads", "Valley", "Westgate"]
ORG_B = ["Plumbing", "Bakery", "Auto Body", "Landscaping", "Dental Group", "Hardware", "Roofing", "Logistics",
         "Electric", "Diner", "Machine Shop", "Florist", "Brewing Co", "Cleaners", "HVAC", "Pharmacy",
         "Trucking", "Construction", "Printing", "Veterinary Clinic"]
ORG_C = ["LLC", "Inc", "Co", "LLC", "Inc", "Ltd", ""]


def d(x):
    return x.isoformat()


def add_months(x, m):
    y = x.year + (x.month - 1 + m) // 12
    mo = (x.month - 1 + m) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return date(y, mo, min(x.day, last))


def rand_date(a, b):
    return a + timedelta(days=rnd.randint(0, (b - a).days))


def lognorm(median, sigma=0.9):
    return median * math.exp(rnd.gauss(0, sigma))


def money(x):
    return round(x + 1e-9, 2)


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(DDL)
    con.executemany("INSERT INTO lkp_prod VALUES (?,?,?,?)", PRODUCTS)
    con.executemany("INSERT INTO lkp_loss_cause VALUES (?,?,?)", CAUSES)
    con.executemany("INSERT INTO brnch VALUES (?,?,?,?,?)", BRANCHES)

    # ---- agents
    agents = []
    used = set()
    n_per = {"CLE": 10, "COL": 8, "IND": 7, "DET": 6, "LOU": 5, "PIT": 5, "GRR": 4}
    k = 101
    for br, _, _, st, opened in BRANCHES:
        for i in range(n_per[br]):
            while True:
                fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
                if (fn, ln) not in used:
                    used.add((fn, ln))
                    break
            open_d = date.fromisoformat(opened)
            if br == "GRR":
                hire = rand_date(open_d, date(2024, 6, 30)) if i else open_d
            elif rnd.random() < 0.25:
                hire = rand_date(date(2022, 1, 1), date(2025, 3, 31))
            else:
                hire = rand_date(max(open_d, date(2005, 1, 1)), date(2021, 12, 31))
            term = None
            if i > 1 and rnd.random() < 0.18:
                term = rand_date(max(hire + timedelta(days=300), date(2022, 6, 1)), date(2025, 8, 31))
                if term <= hire:
                    term = None
            agents.append({
                "agt_cd": "A%04d" % k, "fn": fn, "ln": ln, "br": br, "st": st,
                "hire": hire, "term": term, "comm": rnd.choice([0.08, 0.10, 0.10, 0.12, 0.12, 0.15]),
            })
            k += rnd.randint(1, 9)
    con.executemany("INSERT INTO agt VALUES (?,?,?,?,?,?,?,?,?)", [
        (a["agt_cd"], a["fn"], a["ln"], a["br"], a["st"], d(a["hire"]), d(a["term"]) if a["term"] else None,
         "T" if a["term"] else "A", a["comm"]) for a in agents])
    # two new hires who have not been given a book yet (no policies)
    con.executemany("INSERT INTO agt VALUES (?,?,?,?,?,?,?,?,?)", [
        ("A0311", "Megan", "Sullivan", "PIT", "PA", "2025-09-02", None, "A", 0.10),
        ("A0314", "Nicholas", "Reed", "COL", "OH", "2025-09-15", None, "A", 0.10)])
    by_br = {}
    for a in agents:
        by_br.setdefault(a["br"], []).append(a)

    def agent_for(br, when, pref=None):
        if pref and pref["hire"] <= when and (pref["term"] is None or pref["term"] > when):
            return pref
        ok = [a for a in by_br[br] if a["hire"] <= when and (a["term"] is None or a["term"] > when)]
        if not ok:
            ok = [a for b in by_br for a in by_br[b] if a["hire"] <= when and (a["term"] is None or a["term"] > when)]
        # seniority bias: some agents are much bigger producers
        w = [1 + int(a["agt_cd"][1:]) % 7 for a in ok]
        return rnd.choices(ok, weights=w)[0]

    # ---- policyholders, policies, coverages, claims, payments
    phs, pols, cvgs, clms, pmts = [], [], [], [], []
    ph_id = 50001
    plcy_id = 100001
    cvg_seq = 1
    clm_id = 1
    pmt_id = 1
    base_no = 210000
    clm_ctr = {}
    org_used = set()
    br_codes = list(BR_WEIGHT)
    br_w = [BR_WEIGHT[b] for b in br_codes]
    br_state = {b[0]: b[3] for b in BRANCHES}

    N_PH = 1650
    for _ in range(N_PH):
        br = rnd.choices(br_codes, br_w)[0]
        # ~half the book was already in force when the system went live in 2022 (first term on file
        # renews during 2022); the rest is new business spread over the window with some growth.
        if rnd.random() < 0.5:
            first_eff = rand_date(START, date(2022, 12, 31))
        else:
            first_eff = rand_date(START, AS_OF)
            if rnd.random() < 0.3:
                first_eff = rand_date(date(2024, 1, 1), AS_OF)
        if br == "GRR":
            first_eff = rand_date(date(2023, 4, 3), AS_OF)
        is_bus = rnd.random() < 0.16
        st = br_state[br]
        cntry = "US"
        r = rnd.random()
        if r < 0.04:
            st = rnd.choice(["WV", "IL", "FL"])
        elif r < 0.055:
            st, cntry = rnd.choice(["ON", "QC"]), "CA"
        city = rnd.choice(BR_CITIES.get(st, ["Wheeling", "Naperville", "Naples", "Toronto", "Montreal"]))
        if st in ("WV",):
            city = "Wheeling"
        elif st == "IL":
            city = rnd.choice(["Naperville", "Chicago"])
        elif st == "FL":
            city = rnd.choice(["Naples", "Sarasota", "Fort Myers"])
        elif st == "ON":
            city = "Toronto"
        elif st == "QC":
            city = "Montreal"
        if cntry == "US":
            zipc = ZIP_PFX[st] + "%03d" % rnd.randint(0, 999)
        else:
            zipc = ZIP_PFX[st] + "%d%s %d%s%d" % (rnd.randint(1, 9), rnd.choice("ABCEGHJKLMNPRSTV"), rnd.randint(1, 9),
                                                 rnd.choice("ABCEGHJKLMNPRSTV"), rnd.randint(1, 9))
        crt = datetime.combine(first_eff - timedelta(days=rnd.randint(3, 40)), datetime.min.time()) + \
            timedelta(seconds=rnd.randint(8 * 3600, 19 * 3600))
        if crt.date() < date(2021, 12, 1):
            crt = crt.replace(year=2021, month=12)
        if is_bus:
            while True:
                org = "%s %s %s" % (rnd.choice(ORG_A), rnd.choice(ORG_B), rnd.choice(ORG_C))
                org = org.strip()
                if org not in org_used:
                    org_used.add(org)
                    break
            fn = ln = None
            bdt = None
            email = ("info@%s.com" % org.split()[0].lower()) if rnd.random() < 0.6 else None
        else:
            org = None
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            bdt = d(rand_date(date(1942, 1, 1), date(2004, 12, 31))) if rnd.random() < 0.95 else None
            email = ("%s.%s%d@example.com" % (fn.lower(), ln.lower(), rnd.randint(1, 99))) if rnd.random() < 0.8 else None
        phs.append((ph_id, "B" if is_bus else "I", fn, ln, org, bdt, city, st, zipc, cntry, email,
                    crt.strftime("%Y-%m-%d %H:%M:%S")))
        home_agent = agent_for(br, first_eff)

        # product selection
        if is_bus:
            prods = [p for p, pr in (("BOP", .65), ("CAUT", .40), ("WC", .45)) if rnd.random() < pr] or ["BOP"]
        else:
            prods = []
            if rnd.random() < 0.78:
                prods.append("AUTO")
            if rnd.random() < 0.55:
                prods.append("HO")
            elif rnd.random() < 0.35:
                prods.append("RENT")
            if "HO" in prods and "AUTO" in prods and rnd.random() < 0.15:
                prods.append("UMB")
            if not prods:
                prods = ["AUTO"]
        size = rnd.uniform(0.6, 1.8)  # risk size factor for the insured

        for prod in prods:
            eff = first_eff if rnd.random() < 0.7 else rand_date(first_eff, AS_OF)
            term_mo = 6 if prod == "AUTO" and rnd.random() < 0.6 else 12
            bill = rnd.choices(["ANN", "SEMI", "QTR", "MTH"],
                               [40, 25, 10, 25] if not is_bus else [35, 15, 35, 15])[0]
            if term_mo == 6 and bill == "SEMI":
                bill = "ANN"
            base_no += rnd.randint(1, 17)
            seq = 1
            prev_id = None
            lo, hi = BASE_PREM[prod]
            prem0 = rnd.uniform(lo, hi) * size * (term_mo / 12.0)
            agent = home_agent
            picked = [c for c in CVGS[prod] if rnd.random() < c[6]]
            while eff <= AS_OF:
                exp = add_months(eff, term_mo)
                agent = agent_for(br, eff, agent)
                years = (eff - START).days / 365.25
                prem_target = prem0 * (1.075 ** years) * rnd.uniform(0.97, 1.05)
                # coverages (premium built bottom-up, in cents)
                shares = sum(c[2] for c in picked)
                cv_rows = []
                total_cents = 0
                for c in picked:
                    cents = int(round(prem_target * c[2] / shares * 100))
                    if c[0] == "ROAD":
                        cents = 1800 if term_mo == 6 else 3600
                    total_cents += cents
                    add_on = eff
                    if c[5] == "Y" and rnd.random() < 0.2:
                        add_on = rand_date(eff, min(exp - timedelta(days=1), AS_OF))
                    cv_rows.append([cvg_seq, plcy_id, c[0], c[1], c[5], rnd.choice(c[3]), rnd.choice(c[4]), cents,
                                    d(add_on)])
                    cvg_seq += 1
                cvgs.extend(cv_rows)
                prem = total_cents / 100.0

                # fate of this term
                status, cncl_on, rsn = None, None, None
                f = rnd.random()
                if f < 0.045:
                    c_on = rand_date(eff + timedelta(days=20), exp - timedelta(days=5))
                    if c_on <= AS_OF:
                        status, cncl_on, rsn = "LAPS", c_on, "NONPAY"
                elif f < 0.10:
                    c_on = rand_date(eff + timedelta(days=10), exp - timedelta(days=5))
                    if c_on <= AS_OF:
                        status, cncl_on = "CNCL", c_on
                        rsn = rnd.choices(["INSREQ", "UWREJ", "SOLD", "NONPAY"], [55, 15, 20, 10])[0]
                if status is None:
                    status = "ACT" if exp > AS_OF else "EXP"
                iss = datetime.combine(eff - timedelta(days=rnd.randint(0, 35) if seq > 1 else rnd.randint(0, 10)),
                                       datetime.min.time()) + timedelta(seconds=rnd.randint(7 * 3600, 20 * 3600))
                pols.append([plcy_id, "%s%07d-%02d" % (PREFIX[prod], base_no, seq), ph_id, agent["agt_cd"], prod,
                             d(eff), d(exp), term_mo, status, prem, bill, d(cncl_on) if cncl_on else None, rsn,
                             prev_id, iss.strftime("%Y-%m-%d %H:%M:%S")])

                end_cov = min(exp - timedelta(days=1), cncl_on or exp, AS_OF)

                # claims
                lam = CLM_FREQ[prod] * size * (term_mo / 12.0 if prod != "AUTO" else term_mo / 6.0)
                lam *= max(0.0, (end_cov - eff).days + 1) / max(1, (exp - eff).days)
                n_cl = 0
                p = math.exp(-lam)
                u = rnd.random()
                cum = p
                while u > cum and n_cl < 5:
                    n_cl += 1
                    p *= lam / n_cl
                    cum += p
                for _c in range(n_cl):
                    loss = rand_date(eff, end_cov)
                    # seasonal wind/hail & freeze
                    mix = CAUSE_MIX[prod]
                    wts = []
                    for cause, w, _m in mix:
                        if cause == "WIND" and loss.month in (4, 5, 6, 7):
                            w *= 2.5
                        if cause == "FRZ" and loss.month not in (12, 1, 2):
                            w *= 0.1
                        if cause == "ANML" and loss.month in (10, 11, 12):
                            w *= 3
                        wts.append(w)
                    cause, _w, med = rnd.choices(mix, wts)[0]
                    lag = int(abs(rnd.gauss(0, 9))) + (rnd.randint(10, 120) if rnd.random() < 0.07 else 0)
                    rptd = loss + timedelta(days=lag)
                    if rptd > AS_OF:
                        continue
                    ult = money(lognorm(med * (1.06 ** ((loss - START).days / 365.25)), 0.85))
                    lit = "Y" if (cause in ("BI", "SLIP", "INJ", "OCCD") and rnd.random() < 0.22) or rnd.random() < 0.01 else "N"
                    if lit == "Y":
                        ult = money(ult * 2.2)
                    dur = int(lognorm(45 if cause in ("GLSS", "THFT", "VAND", "ANML", "COLL") else 110, 0.8)) + 3
                    if lit == "Y":
                        dur += 240
                    close = rptd + timedelta(days=dur)
                    deny = rnd.random() < 0.07
                    if deny:
                        close = rptd + timedelta(days=rnd.randint(7, 60))
                    if close <= AS_OF:
                        if deny:
                            stat, pd, rs, cls = "DENY", 0.0, 0.0, close
                        else:
                            cwp = rnd.random() < 0.06
                            pd = 0.0 if cwp else ult
                            stat, rs, cls = "CLSD", 0.0, close
                            if not cwp and rnd.random() < 0.06 and close + timedelta(days=30) < AS_OF:
                                stat = "REOP"  # keeps its earlier close date
                                rs = money(ult * rnd.uniform(0.15, 0.6))
                    else:
                        stat, cls = "OPEN", None
                        frac = rnd.uniform(0, 0.75) if rnd.random() < 0.7 else 0.0
                        pd = money(ult * frac)
                        rs = money(ult - pd)
                    loss_st = st
                    if prod in ("AUTO", "CAUT", "UMB", "WC") and rnd.random() < 0.08:
                        loss_st = rnd.choice(["OH", "IN", "MI", "KY", "PA", "IL", "WV", "TN", "NY"])
                    yy = rptd.year % 100
                    clm_ctr[yy] = clm_ctr.get(yy, 0) + 1
                    clms.append([clm_id, "CL%02d-%05d" % (yy, clm_ctr[yy] * 7 + rnd.randint(0, 6)), plcy_id, cause,
                                 d(loss), d(rptd), d(cls) if cls else None, stat, rs, pd, lit,
                                 loss_st])
                    clm_id += 1

                # premium payments
                n_inst = {"ANN": 1, "SEMI": 2, "QTR": 4, "MTH": term_mo}[bill]
                if bill == "QTR" and term_mo == 6:
                    n_inst = 2
                step = term_mo // n_inst
                inst = [int(total_cents // n_inst)] * n_inst
                inst[0] += total_cents - sum(inst)
                mthd = rnd.choices(["ACH", "CARD", "CHK", "CASH"], [45, 30, 22, 3])[0]
                for j in range(n_inst):
                    due = add_months(eff, j * step)
                    pdt = due + timedelta(days=rnd.randint(-12, 6) if j == 0 else rnd.randint(-5, 12))
                    if pdt > AS_OF:
                        break
                    if cncl_on and pdt > cncl_on:
                        break
                    stat_p = "PSTD"
                    if status == "LAPS" and cncl_on and add_months(due, step) > cncl_on:
                        stat_p = "RTRN"
                    elif rnd.random() < 0.015:
                        stat_p = "RTRN"
                    pmts.append([pmt_id, plcy_id, d(pdt), inst[j], mthd, stat_p])
                    pmt_id += 1
                    if stat_p == "RTRN" and status != "LAPS":
                        redo = pdt + timedelta(days=rnd.randint(3, 15))
                        if redo <= AS_OF:
                            pmts.append([pmt_id, plcy_id, d(redo), inst[j], "CARD", "PSTD"])
                            pmt_id += 1

                prev_id = plcy_id
                plcy_id += 1
                seq += 1
                if status in ("LAPS", "CNCL"):
                    break
                if status == "EXP" and rnd.random() < (0.13 if prod != "WC" else 0.10):
                    break  # non-renewed
                eff = exp
                # rate change at renewal
                prem0 *= rnd.uniform(0.98, 1.04)
        ph_id += 1

    con.executemany("INSERT INTO plcyhldr VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", phs)
    con.executemany("INSERT INTO plcy VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", pols)
    con.executemany("INSERT INTO plcy_cvg VALUES (?,?,?,?,?,?,?,?,?)", cvgs)
    con.executemany("INSERT INTO clm VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", clms)
    con.executemany("INSERT INTO prem_pmt VALUES (?,?,?,?,?,?)", pmts)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad[:5]
    for t in ["lkp_prod", "lkp_loss_cause", "brnch", "agt", "plcyhldr", "plcy", "plcy_cvg", "clm", "prem_pmt"]:
        print(t, con.execute("SELECT COUNT(*) FROM %s" % t).fetchone()[0])
    con.close()


if __name__ == "__main__":
    main()
