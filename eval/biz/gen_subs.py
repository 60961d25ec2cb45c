#!/usr/bin/env python3
"""subs: a B2B SaaS company's subscriptions, billing, marketing and usage, 2022-01-01 .. 2024-12-31.

Usage: python3 eval/biz/gen_subs.py OUT_DIR [--write-json]
Deterministic (random.Random(40961)); stdlib only.
"""
import datetime as dt
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bizlib  # noqa: E402

SEED = 40961
D0, D1 = dt.date(2022, 1, 1), dt.date(2024, 12, 31)
PRICE_UP = dt.date(2023, 4, 1)      # Starter and Growth list prices rise
OUTAGE = dt.date(2023, 9, 12)       # a two-day platform outage

CTRY = [  # ctry_cd, ctry_nm, sales_rgn, weight
    ("US", "United States", "NA", 45), ("CA", "Canada", "NA", 7), ("GB", "United Kingdom", "EMEA", 10),
    ("DE", "Germany", "EMEA", 8), ("FR", "France", "EMEA", 5), ("NL", "Netherlands", "EMEA", 4),
    ("SE", "Sweden", "EMEA", 2), ("ES", "Spain", "EMEA", 3), ("AU", "Australia", "APAC", 5),
    ("IN", "India", "APAC", 4), ("JP", "Japan", "APAC", 3), ("SG", "Singapore", "APAC", 2),
    ("BR", "Brazil", "LATAM", 4), ("MX", "Mexico", "LATAM", 2),
]
SUFFIX = {"US": ["Inc", "LLC", "Co"], "CA": ["Inc", "Ltd"], "GB": ["Ltd", "plc"], "DE": ["GmbH", "AG"],
          "FR": ["SAS", "SA"], "NL": ["BV"], "SE": ["AB"], "ES": ["SL"], "AU": ["Pty Ltd"], "IN": ["Pvt Ltd"],
          "JP": ["KK"], "SG": ["Pte Ltd"], "BR": ["Ltda"], "MX": ["SA de CV"]}
SEGS = [("SMB", "Small business", 1, 50), ("MM", "Mid-market", 51, 1000), ("ENT", "Enterprise", 1001, None)]
PLANS = [  # plan_cd, plan_nm, tier, list_price_cents (current), billing_intvl, seats_incl, active_flg, old price
    ("BSC-M", "Basic (legacy)", "Basic", 2900, "M", 3, 0, 2900),
    ("STR-M", "Starter Monthly", "Starter", 5900, "M", 5, 1, 4900),
    ("STR-Y", "Starter Annual", "Starter", 58800, "Y", 5, 1, 49000),
    ("GRW-M", "Growth Monthly", "Growth", 23900, "M", 25, 1, 19900),
    ("GRW-Y", "Growth Annual", "Growth", 238800, "Y", 25, 1, 199000),
    ("SCL-M", "Scale Monthly", "Scale", 79900, "M", 100, 1, 79900),
    ("SCL-Y", "Scale Annual", "Scale", 798000, "Y", 100, 1, 798000),
    ("ENT-Y", "Enterprise", "Enterprise", 3000000, "Y", None, 1, 3000000),
]
PLAN = {p[0]: p for p in PLANS}
PLAN_MIX = {  # seg -> plan weights
    "SMB": {"STR-M": 50, "STR-Y": 14, "GRW-M": 25, "GRW-Y": 9, "SCL-M": 2},
    "MM": {"GRW-M": 28, "GRW-Y": 27, "SCL-M": 17, "SCL-Y": 26, "ENT-Y": 2},
    "ENT": {"SCL-Y": 38, "ENT-Y": 62},
}
RSN = [("PRICE", "Too expensive", 1), ("COMP", "Switched to a competitor", 1), ("NOUSE", "Not using it enough", 1),
       ("BUDG", "Budget cuts", 1), ("BUSC", "Business closed", 1), ("MRGD", "Acquired or merged", 1),
       ("NPAY", "Non-payment", 0)]
CHNL = [("PSRCH", "Paid search", 1), ("SOCL", "Paid social", 1), ("EMAIL", "Email", 0), ("WBNR", "Webinar", 0),
        ("EVNT", "Events and trade shows", 1), ("PRTN", "Partner referral", 0), ("CNTN", "Content syndication", 1)]
CONV = {"PSRCH": 0.085, "SOCL": 0.042, "EMAIL": 0.075, "WBNR": 0.13, "EVNT": 0.15, "PRTN": 0.23, "CNTN": 0.05,
        None: 0.115}
BANDS = ["1-10", "11-50", "51-200", "201-1000", "1000+"]
BAND_W = {"PSRCH": [40, 34, 17, 7, 2], "SOCL": [46, 33, 14, 5, 2], "EMAIL": [30, 32, 22, 11, 5],
          "WBNR": [18, 28, 28, 17, 9], "EVNT": [8, 18, 30, 26, 18], "PRTN": [12, 24, 30, 22, 12],
          "CNTN": [20, 30, 27, 15, 8], None: [42, 33, 15, 7, 3]}
SEG_OF_BAND = {"1-10": "SMB", "11-50": "SMB", "51-200": "MM", "201-1000": "MM", "1000+": "ENT"}
LEAD_MONTH_W = [1.18, 1.06, 1.12, 1.0, 0.96, 0.86, 0.74, 0.77, 1.06, 1.12, 1.0, 0.68]
IND = ["SAAS", "RETL", "FINS", "HLTH", "EDU", "MFG", "MEDIA", "PRSV"]
W1 = ("Bluefin Kestrel Copper Harbor Lumen Orchid Vantage Cobalt Juniper Meridian Quartz Sable Tidal Aster Brightwater "
      "Northwind Ironbark Solstice Falcon Willow Granite Ember Pioneer Halcyon Saffron Riverstone Polar Crescent "
      "Obsidian Larch Summit Helix Marlin Tundra Beacon Atlas Verdant Zephyr Onyx Cinder").split()
W2 = ("Analytics Labs Logistics Health Retail Media Systems Foods Capital Robotics Studios Learning Energy Mobility "
      "Pharma Software Outfitters Dynamics Networks Ventures Foundry Travel Security Insights").split()
CMP_TOPICS = ["Scaling your API", "Usage-based pricing 101", "Security deep dive", "Dashboards that matter",
              "From spreadsheet to platform", "Customer story: onboarding in a week", "Automation playbook",
              "What's new this quarter"]
EVENTS = [(dt.date(2022, 3, 14), "SaaStr Europa 2022", 62000), (dt.date(2022, 9, 13), "SaaStr Annual 2022", 88000),
          (dt.date(2022, 11, 1), "Web Summit 2022", 54000), (dt.date(2023, 3, 20), "SaaStr Europa 2023", 66000),
          (dt.date(2023, 9, 12), "SaaStr Annual 2023", 95000), (dt.date(2023, 11, 13), "Web Summit 2023", 58000),
          (dt.date(2024, 3, 18), "SaaStr Europa 2024", 71000), (dt.date(2024, 6, 4), "Collision 2024", 47000),
          (dt.date(2024, 9, 10), "SaaStr Annual 2024", 112000), (dt.date(2024, 11, 11), "Web Summit 2024", 63000)]


def poisson(r, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def add_months(d, n, day=None):
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(day or d.day, 28))


def ts(d, r, h0=0, h1=23):
    return "%s %02d:%02d:%02d" % (d, r.randint(h0, h1), r.randint(0, 59), r.randint(0, 59))


def campaigns(r):
    out = []  # (name, channel, launched, end, spend_cents, weight)
    for q in range(12):
        y, qn = 2022 + q // 4, q % 4 + 1
        qs = dt.date(y, 3 * qn - 2, 1)
        qe = add_months(qs, 3) - dt.timedelta(days=1)
        grow = 1.0 + 0.06 * q + (0.25 if y == 2024 else 0)
        out.append(("Q%d %d Search - Brand" % (qn, y), "PSRCH", qs, qe, int(r.uniform(38000, 46000) * grow) * 100, 14))
        if q >= 5:
            out.append(("Q%d %d Search - Competitor" % (qn, y), "PSRCH", qs + dt.timedelta(days=10), qe,
                        int(r.uniform(20000, 30000) * grow) * 100, 7))
        out.append(("Q%d %d LinkedIn Lead Gen" % (qn, y), "SOCL", qs + dt.timedelta(days=6), qe,
                    int(r.uniform(26000, 38000) * grow) * 100, 11))
        out.append(("Q%d %d Nurture Sequence" % (qn, y), "EMAIL", qs + dt.timedelta(days=3),
                    qs + dt.timedelta(days=63), int(r.uniform(2500, 5000)) * 100, 5))
        for k, off in enumerate((18, 52)):
            topic = CMP_TOPICS[(2 * q + k) % len(CMP_TOPICS)]
            ld = qs + dt.timedelta(days=off)
            out.append(("Webinar: %s (%s)" % (topic, ld.strftime("%b %Y")), "WBNR", ld, ld + dt.timedelta(days=20),
                        int(r.uniform(1800, 4800)) * 100, 6))
        if y >= 2023 and qn in (1, 3):
            out.append(("Partner Program %d H%d" % (y, 1 if qn == 1 else 2), "PRTN", qs, add_months(qs, 6) - dt.timedelta(days=1),
                        int(r.uniform(12000, 19000)) * 100, 5))
        if y == 2024:
            out.append(("Q%d 2024 Content Syndication" % qn, "CNTN", qs + dt.timedelta(days=14), qe,
                        int(r.uniform(15000, 22000)) * 100, 8))
    for d, nm, usd in EVENTS:
        out.append((nm, "EVNT", d, d + dt.timedelta(days=30), usd * 100, 9))
    # a pilot that was paid for but produced no leads at all
    out.append(("TikTok Pilot 2023", "SOCL", dt.date(2023, 7, 10), dt.date(2023, 7, 12), 900000, 0))
    out.sort(key=lambda c: (c[2], c[0]))
    return out


def build(con):
    r = random.Random(SEED)
    con.executescript("""
    CREATE TABLE geo_ctry (ctry_cd TEXT PRIMARY KEY, ctry_nm TEXT NOT NULL, sales_rgn TEXT);
    CREATE TABLE cust_seg (seg_cd TEXT PRIMARY KEY, seg_desc TEXT, min_emp INTEGER, max_emp INTEGER);
    CREATE TABLE plan_cat (plan_cd TEXT PRIMARY KEY, plan_nm TEXT NOT NULL, prod_tier TEXT,
        list_price_cents INTEGER, billing_intvl TEXT, seats_incl INTEGER, active_flg INTEGER);
    CREATE TABLE cncl_rsn (rsn_cd TEXT PRIMARY KEY, rsn_desc TEXT, vol_flg INTEGER);
    CREATE TABLE mkt_chnl (channel_cd TEXT PRIMARY KEY, channel_nm TEXT NOT NULL, paid_media_flg INTEGER);
    CREATE TABLE mkt_cmp (cmp_id INTEGER PRIMARY KEY, cmp_nm TEXT NOT NULL,
        channel_cd TEXT REFERENCES mkt_chnl(channel_cd), launched_dt TEXT, end_dt TEXT, spend_cents INTEGER);
    CREATE TABLE acct (acct_id INTEGER PRIMARY KEY, acct_nm TEXT NOT NULL, ctry_cd TEXT,
        seg_cd TEXT REFERENCES cust_seg(seg_cd), ind_cd TEXT, emp_band TEXT, created_ts TEXT NOT NULL,
        dflt_pay_mthd TEXT, csm_nm TEXT);
    CREATE TABLE mkt_lead (lead_id INTEGER PRIMARY KEY, signup_ts TEXT NOT NULL,
        cmp_id INTEGER REFERENCES mkt_cmp(cmp_id), email_dom TEXT, ctry_cd TEXT, emp_band TEXT,
        trial_flg INTEGER, cnv_acct_id INTEGER);
    CREATE TABLE subscr (sub_id INTEGER PRIMARY KEY, acct_id INTEGER NOT NULL REFERENCES acct(acct_id),
        plan_cd TEXT NOT NULL REFERENCES plan_cat(plan_cd), started_on TEXT NOT NULL, ended_on TEXT,
        stat TEXT NOT NULL, paused_on TEXT, seats_qty INTEGER, mrr_usd REAL, cncl_rsn_cd TEXT);
    CREATE TABLE inv (inv_id INTEGER PRIMARY KEY, inv_no TEXT, acct_id INTEGER NOT NULL REFERENCES acct(acct_id),
        sub_id INTEGER, issued_at TEXT NOT NULL, due_dt TEXT, total_usd REAL, paid_at TEXT);
    CREATE TABLE pmt (pmt_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES inv(inv_id), attempted_ts TEXT,
        amt_cents INTEGER, pay_mthd_cd TEXT, rslt_cd TEXT);
    CREATE TABLE sup_tkt (tkt_id INTEGER PRIMARY KEY, acct_id INTEGER, opened_at TEXT NOT NULL, closed_at TEXT,
        prio_cd TEXT, cat_cd TEXT, csat_score INTEGER);
    CREATE TABLE usage_dly (usage_dt TEXT NOT NULL, acct_id INTEGER NOT NULL, active_users INTEGER,
        api_calls INTEGER, PRIMARY KEY (acct_id, usage_dt)) WITHOUT ROWID;
    """)
    con.executemany("INSERT INTO geo_ctry VALUES (?,?,?)", [c[:3] for c in CTRY])
    con.executemany("INSERT INTO cust_seg VALUES (?,?,?,?)", SEGS)
    con.executemany("INSERT INTO plan_cat VALUES (?,?,?,?,?,?,?)", [p[:7] for p in PLANS])
    con.executemany("INSERT INTO cncl_rsn VALUES (?,?,?)", RSN)
    con.executemany("INSERT INTO mkt_chnl VALUES (?,?,?)", CHNL)
    cmps = campaigns(r)
    con.executemany("INSERT INTO mkt_cmp VALUES (?,?,?,?,?,?)",
                    [(i + 1, c[0], c[1], str(c[2]), str(c[3]), c[4]) for i, c in enumerate(cmps)])

    # ---- leads and the accounts they convert into
    names = set()

    def acct_name(ctry):
        while True:
            nm = "%s %s %s" % (r.choice(W1), r.choice(W2), r.choice(SUFFIX[ctry]))
            if nm not in names:
                names.add(nm)
                return nm

    leads, accts = [], []
    day, lid = D0, 0
    while day <= D1:
        m = (day.year - 2022) * 12 + day.month - 1
        if m < 12:
            trend = 1.0 + 0.04 * m
        elif m < 24:
            trend = 1.44 + 0.006 * (m - 12)
        else:
            trend = 1.51 + 0.035 * (m - 24)
        lam = 6.2 * trend * LEAD_MONTH_W[day.month - 1] * (0.42 if day.weekday() >= 5 else 1.2)
        if day.month == 12 and day.day >= 22:
            lam *= 0.5
        live = [(i, c) for i, c in enumerate(cmps) if c[2] <= day <= c[3] and c[5] > 0]
        for _ in range(poisson(r, lam)):
            lid += 1
            paid_share = 0.5 + 0.05 * (day.year - 2022)
            if live and r.random() < paid_share:
                i, c = r.choices(live, [x[1][5] for x in live])[0]
                cmp_id, ch = i + 1, c[1]
            else:
                cmp_id, ch = None, None
            band = r.choices(BANDS, BAND_W[ch])[0]
            ctry = r.choices(CTRY, [c[3] for c in CTRY])[0][0]
            st = ts(day, r, 6, 22)
            conv = CONV[ch] * (1.25 if band in ("201-1000", "1000+") else 1.0)
            acct_id = None
            if r.random() < conv:
                cd = day + dt.timedelta(days=r.choice([1, 3, 7, 10, 13, 14, 14, 15, 21, 30]))
                if cd <= D1:
                    acct_id = 1000 + len(accts) + 1
                    accts.append(dict(id=acct_id, nm=acct_name(ctry), ctry=ctry, seg=SEG_OF_BAND[band], band=band,
                                      created=cd, cts=ts(cd, r, 7, 20), lead=lid))
            if band == "1-10" and r.random() < 0.5:
                dom = r.choice(["gmail.com", "outlook.com", "yahoo.com"])
            else:
                tld = {"US": "com", "CA": "ca", "GB": "co.uk", "AU": "com.au", "BR": "com.br", "MX": "com.mx",
                       "IN": "in", "JP": "jp", "SG": "sg"}.get(ctry, ctry.lower())
                dom = "%s%s.%s" % (r.choice(W1).lower(), r.choice(W2).lower(), tld) if r.random() < 0.97 else None
            leads.append([lid, st, cmp_id, dom, ctry, band, 1 if r.random() < 0.8 else 0, acct_id])
        day += dt.timedelta(days=1)
    # outbound (sales-led) enterprise and mid-market accounts: no lead behind them, closed at quarter ends
    for k in range(58):
        y = r.choice([2022, 2023, 2023, 2024, 2024, 2024])
        qm = r.choice([3, 6, 9, 12])
        cd = dt.date(y, qm, r.randint(1, 28)) if r.random() < 0.6 else dt.date(y, r.randint(1, 12), r.randint(1, 28))
        ctry = r.choices(CTRY, [c[3] * (2 if c[0] in ("US", "GB", "DE") else 1) for c in CTRY])[0][0]
        band = r.choice(["1000+", "1000+", "201-1000"])
        accts.append(dict(id=None, nm=acct_name(ctry), ctry=ctry, seg=SEG_OF_BAND[band], band=band, created=cd,
                          cts=ts(cd, r, 9, 18), lead=None))
    accts.sort(key=lambda a: (a["cts"], a["nm"]))
    remap = {}
    for i, a in enumerate(accts):
        nid = 1001 + i
        if a["id"] is not None:
            remap[a["id"]] = nid
        a["id"] = nid
    for ld in leads:
        if ld[7] is not None:
            ld[7] = remap[ld[7]]
    for a in accts:
        s = a["seg"]
        a["pay"] = r.choices(["CARD", "ACH", "WIRE"], {"SMB": [90, 10, 0], "MM": [48, 40, 12], "ENT": [5, 30, 65]}[s])[0]
        a["ind"] = r.choice(IND)
        a["csm"] = r.choice(["Dana Whitfield", "Marco Ruiz", "Aisha Karim", "Tom Becker"]) if s != "SMB" else None
        a["util"] = min(0.98, max(0.15, r.gauss(0.62, 0.18)))
    con.executemany("INSERT INTO acct VALUES (?,?,?,?,?,?,?,?,?)",
                    [(a["id"], a["nm"], a["ctry"], a["seg"], a["ind"], a["band"], a["cts"], a["pay"], a["csm"])
                     for a in accts])
    con.executemany("INSERT INTO mkt_lead VALUES (?,?,?,?,?,?,?,?)", leads)

    # ---- subscriptions, invoices, payments, tickets, usage
    subs, invs, pmts, tkts, usage = [], [], [], [], []
    sid = 5000

    def choose_plan(a, start):
        mix = PLAN_MIX[a["seg"]]
        if a["seg"] == "SMB" and start < dt.date(2022, 7, 1) and r.random() < 0.22:
            return "BSC-M"
        return r.choices(list(mix), list(mix.values()))[0]

    def hazard(a, pc, when):
        """probability of cancelling at this renewal (monthly, or yearly for annual plans)."""
        seg, intvl = a["seg"], PLAN[pc][4]
        if intvl == "M":
            h = {"SMB": 0.034, "MM": 0.016, "ENT": 0.008}[seg]
        else:
            h = {"SMB": 0.22, "MM": 0.13, "ENT": 0.07}[seg]
        h *= 1.35 - 0.5 * a["util"]
        rsn_w = {"PRICE": 14, "COMP": 20, "NOUSE": 26, "BUDG": 14, "BUSC": 10, "MRGD": 5, "NPAY": 11}
        if dt.date(2023, 4, 1) <= when <= dt.date(2023, 6, 20) and PLAN[pc][2] in ("Starter", "Growth"):
            h *= 3.4 if intvl == "M" else 1.8
            rsn_w["PRICE"] = 170
        if when.month == 1:
            h *= 1.3
            rsn_w["BUDG"] = 30
        if dt.date(2024, 5, 1) <= when <= dt.date(2024, 10, 31) and seg == "MM":
            h *= 1.5
            rsn_w["COMP"] = 45     # a competitor's mid-market launch
        if a["util"] < 0.35:
            rsn_w["NOUSE"] = 60
        return h, rsn_w

    for a in accts:
        start = a["created"]
        while start <= D1:
            sid += 1
            pc = choose_plan(a, start)
            p = PLAN[pc]
            intvl = p[4]
            step = 1 if intvl == "M" else 12
            # renewals until cancel
            k, end, rsn = 0, None, None
            while True:
                nxt = add_months(start, step * (k + 1), start.day)
                if nxt > D1:
                    break
                h, rw = hazard(a, pc, nxt)
                if r.random() < h:
                    end = nxt
                    rsn = r.choices(list(rw), list(rw.values()))[0]
                    break
                k += 1
            if pc == "BSC-M" and end is None and r.random() < 0.85:
                end = add_months(start, r.randint(8, 20), start.day)   # legacy plan wound down
                if end > D1:
                    end = dt.date(2024, 6, 30)
                rsn = "PRICE"
            stat, paused = ("CANC", None) if end else ("ACTV", None)
            if stat == "ACTV" and r.random() < (0.06 if a["seg"] == "SMB" else 0.025):
                paused = D1 - dt.timedelta(days=r.randint(5, 160))
                if paused > start:
                    stat = "PAUS"
                else:
                    paused = None
            seats = p[5] if p[5] else r.choice([250, 400, 600, 800, 1200, 2000])
            seats = max(1, int(seats * r.uniform(0.6, 1.0))) if p[5] else seats
            alive_after_up = (end is None or end > PRICE_UP)
            price = p[3] if alive_after_up else p[7]
            if pc == "ENT-Y":
                mrr = float(round(r.uniform(1800, 9500)))
            elif intvl == "Y":
                mrr = round(price / 100.0 / 12 * r.choice([1, 1, 0.95, 0.9, 0.85, 0.8]), 2)
            else:
                mrr = price / 100.0
            subs.append((sid, a["id"], pc, str(start), str(end) if end else None, stat,
                         str(paused) if paused else None, seats, mrr, rsn))
            # invoices
            stop = paused or end or (D1 + dt.timedelta(days=1))
            k = 0
            while True:
                idate = add_months(start, step * k, start.day)
                if idate >= stop or idate > D1:
                    break
                k += 1
                if intvl == "Y":
                    amt = round(mrr * 12, 2)
                elif idate < PRICE_UP and pc in ("STR-M", "GRW-M"):
                    amt = p[7] / 100.0
                else:
                    amt = mrr
                iss = "%s 02:%02d:%02d" % (idate, r.randint(0, 59), r.randint(0, 59))
                due = idate + dt.timedelta(days=45 if a["seg"] == "ENT" else 30 if a["pay"] != "CARD" else 7)
                inv_id = len(invs) + 1
                last_before_npay = rsn == "NPAY" and end and (end - idate).days <= 62
                paid, tries = None, []
                if a["pay"] == "CARD":
                    t = dt.datetime.combine(idate, dt.time(2, 30)) + dt.timedelta(minutes=r.randint(1, 300))
                    fails = 0
                    while True:
                        if last_before_npay or r.random() < (0.07 if fails == 0 else 0.35):
                            tries.append((t, "DECL"))
                            fails += 1
                            if fails >= 4:
                                break
                            t += dt.timedelta(days=r.choice([1, 3, 3, 5]), minutes=r.randint(0, 90))
                        else:
                            tries.append((t, "OK"))
                            paid = t
                            break
                else:
                    lag = r.randint(2, 26) if a["pay"] == "ACH" else int(r.triangular(8, 75, 38))
                    if not last_before_npay and r.random() > 0.012:
                        paid = dt.datetime.combine(idate + dt.timedelta(days=lag), dt.time(r.randint(9, 17), r.randint(0, 59)))
                        tries.append((paid, "OK"))
                tries = [x for x in tries if x[0].date() <= D1]
                if paid and paid.date() > D1:
                    paid = None
                invs.append((inv_id, "INV-%d-%05d" % (idate.year, inv_id), a["id"], sid, iss, str(due), amt,
                             paid.strftime("%Y-%m-%d %H:%M:%S") if paid else None))
                for t, res in tries:
                    pmts.append((inv_id, t.strftime("%Y-%m-%d %H:%M:%S"), int(round(amt * 100)), a["pay"], res))
            # tickets and usage while live
            live_to = min(stop - dt.timedelta(days=1), D1)
            rate = {"SMB": 0.22, "MM": 0.65, "ENT": 1.7}[a["seg"]]
            mcur = start
            while mcur <= live_to:
                for _ in range(poisson(r, rate * (1.4 if mcur < start + dt.timedelta(days=60) else 1.0))):
                    od = mcur + dt.timedelta(days=r.randrange(28))
                    if od > live_to:
                        continue
                    tkts.append((a["id"], od, r.choices(["P1", "P2", "P3", "P4"], [4, 18, 50, 28])[0],
                                 r.choices(["BILL", "BUG", "HOWTO", "FEAT", "ACCS"], [14, 26, 34, 14, 12])[0]))
                mcur = add_months(mcur, 1, mcur.day)
            if start <= OUTAGE <= live_to and r.random() < 0.38:
                tkts.append((a["id"], OUTAGE + dt.timedelta(days=r.choice([0, 0, 0, 1, 1, 2])), "P1", "OUTG"))
            base_users = seats * a["util"]
            per_user = {"Basic": 8, "Starter": 18, "Growth": 42, "Scale": 95, "Enterprise": 160}[p[2]]
            dd = max(start, D0)
            while dd <= live_to:
                age = (dd - start).days
                ramp = min(1.0, 0.35 + age / 60.0)
                fade = 1.0
                if end and (end - dd).days < 75:
                    fade = 0.45 + 0.55 * (end - dd).days / 75.0
                wk = 0.22 if dd.weekday() >= 5 else 1.0
                hol = 0.55 if (dd.month == 12 and dd.day >= 24) or (dd.month == 1 and dd.day == 1) else 1.0
                summer = 0.9 if dd.month == 8 else 1.0
                grow = 1.0 + 0.25 * min(age, 720) / 720.0
                u = base_users * ramp * fade * wk * hol * summer * grow * r.uniform(0.85, 1.12)
                au = int(u + r.random())
                if au > 0 or dd.weekday() < 5:
                    calls = int(au * per_user * r.uniform(0.6, 1.5))
                    if dd >= dt.date(2024, 7, 1) and p[2] in ("Scale", "Enterprise"):
                        calls = int(calls * 1.6)  # the new bulk API, heavily used by big plans
                    usage.append((str(dd), a["id"], au, calls))
                dd += dt.timedelta(days=1)
            # win-back
            if end and r.random() < 0.11:
                start = end + dt.timedelta(days=r.randint(45, 400))
                continue
            break

    con.executemany("INSERT INTO subscr VALUES (?,?,?,?,?,?,?,?,?,?)", subs)
    con.executemany("INSERT INTO inv VALUES (?,?,?,?,?,?,?,?)", invs)
    pmts.sort(key=lambda x: (x[1], x[0]))
    con.executemany("INSERT INTO pmt (inv_id, attempted_ts, amt_cents, pay_mthd_cd, rslt_cd) VALUES (?,?,?,?,?)", pmts)
    tk = []
    for acct_id, od, prio, cat in tkts:
        op = dt.datetime.combine(od, dt.time(r.choices(range(24), [1] * 7 + [5] * 11 + [2] * 6)[0], r.randint(0, 59), r.randint(0, 59)))
        hrs = {"P1": r.uniform(1, 14), "P2": r.uniform(3, 60), "P3": r.uniform(8, 140), "P4": r.uniform(20, 400)}[prio]
        if dt.date(2024, 1, 1) <= od <= dt.date(2024, 3, 31):
            hrs *= 1.7   # support backlog after the holidays, before new hires ramped
        cl = op + dt.timedelta(hours=hrs)
        if cl.date() > D1 or r.random() < 0.006:
            cl = None
        cs = None if cl is None or r.random() < 0.58 else max(1, min(5, int(round(r.gauss(4.3 - (1.2 if prio == "P1" else 0) - (0.6 if hrs > 120 else 0), 0.9)))))
        tk.append((op.strftime("%Y-%m-%d %H:%M:%S"), acct_id, cl.strftime("%Y-%m-%d %H:%M:%S") if cl else None, prio, cat, cs))
    tk.sort()
    con.executemany("INSERT INTO sup_tkt (opened_at, acct_id, closed_at, prio_cd, cat_cd, csat_score) VALUES (?,?,?,?,?,?)", tk)
    usage.sort()
    con.executemany("INSERT INTO usage_dly VALUES (?,?,?,?)", usage)


WD = "CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END"
QTR = "'Q' || ((CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3)"
RES_H = "(julianday(t.closed_at) - julianday(t.opened_at)) * 24"

QUESTIONS = [
    # ---- simple
    ("simple", "List our marketing channels", "SELECT channel_nm FROM mkt_chnl ORDER BY channel_nm"),
    ("simple", "How many subscriptions are paused right now?", "SELECT COUNT(*) FROM subscr WHERE stat = 'PAUS'"),
    ("simple", "How many support tickets are still open?", "SELECT COUNT(*) FROM sup_tkt WHERE closed_at IS NULL"),
    ("simple", "How many marketing campaigns have we run?", "SELECT COUNT(*) FROM mkt_cmp"),
    # ---- measures
    ("measures", "What's our current MRR?",
     "SELECT ROUND(SUM(mrr_usd), 2) FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "What is our annual recurring revenue?",
     "SELECT ROUND(12 * SUM(mrr_usd), 2) FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How many paying customers do we have?",
     "SELECT COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "What is the average MRR per customer?",
     "SELECT ROUND(SUM(mrr_usd) / COUNT(DISTINCT acct_id), 2) FROM subscr WHERE stat = 'ACTV'"),
    ("measures", "How much revenue did we collect in 2024?",
     "SELECT ROUND(SUM(total_usd), 2) FROM inv WHERE paid_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    ("measures", "How much do customers still owe us on unpaid invoices?",
     "SELECT ROUND(SUM(total_usd), 2) FROM inv WHERE paid_at IS NULL"),
    ("measures", "What did we spend on marketing campaigns in 2023?",
     "SELECT ROUND(SUM(spend_cents) / 100.0, 2) FROM mkt_cmp WHERE launched_dt BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("measures", "What's our lead to customer conversion rate?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN cnv_acct_id IS NOT NULL THEN 1 ELSE 0 END) / COUNT(*), 2) FROM mkt_lead"),
    ("measures", "Across all campaigns, what did each customer we won from a campaign cost us in marketing spend?",
     "SELECT ROUND((SELECT SUM(spend_cents) FROM mkt_cmp) / 100.0 / (SELECT COUNT(*) FROM mkt_lead WHERE cmp_id IS NOT NULL AND cnv_acct_id IS NOT NULL), 2)"),
    ("measures", "How long does it take on average to resolve a P1 ticket, in hours?",
     "SELECT ROUND(AVG(" + RES_H + "), 2) FROM sup_tkt t WHERE t.prio_cd = 'P1' AND t.closed_at IS NOT NULL"),
    ("measures", "What share of card payment attempts get declined?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN rslt_cd = 'DECL' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM pmt WHERE pay_mthd_cd = 'CARD'"),
    ("measures", "average customer satisfaction score on support tickets",
     "SELECT ROUND(AVG(csat_score), 2) FROM sup_tkt WHERE csat_score IS NOT NULL"),
    ("measures", "How much of our MRR comes from annual plans?",
     "SELECT ROUND(SUM(s.mrr_usd), 2) FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'ACTV' AND p.billing_intvl = 'Y'"),
    ("measures", "What percentage of MRR comes from enterprise customers?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN a.seg_cd = 'ENT' THEN s.mrr_usd ELSE 0 END) / SUM(s.mrr_usd), 2) FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV'"),
    ("measures", "How many API calls have customers made in total?",
     "SELECT SUM(api_calls) FROM usage_dly"),
    # ---- filters
    ("filters", "How many active subscriptions are on Growth Monthly?",
     "SELECT COUNT(*) FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE p.plan_nm = 'Growth Monthly' AND s.stat = 'ACTV'"),
    ("filters", "List our enterprise accounts in Germany",
     "SELECT a.acct_nm FROM acct a JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE a.seg_cd = 'ENT' AND g.ctry_nm = 'Germany' ORDER BY a.acct_nm"),
    ("filters", "How many unpaid invoices are for more than $10,000?",
     "SELECT COUNT(*) FROM inv WHERE paid_at IS NULL AND total_usd > 10000"),
    ("filters", "Which customers cancelled in 2024 because they switched to a competitor?",
     "SELECT a.acct_nm, s.ended_on FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN cncl_rsn c ON c.rsn_cd = s.cncl_rsn_cd WHERE s.stat = 'CANC' AND c.rsn_desc = 'Switched to a competitor' AND s.ended_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY s.ended_on"),
    ("filters", "How many leads came in through webinars?",
     "SELECT COUNT(*) FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd WHERE ch.channel_nm = 'Webinar'"),
    ("filters", "Show customers paying by wire who have more than $5,000 of MRR",
     "SELECT a.acct_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV' AND a.dflt_pay_mthd = 'WIRE' GROUP BY a.acct_nm HAVING SUM(s.mrr_usd) > 5000 ORDER BY mrr DESC"),
    ("filters", "How many accounts based in the UK were created in 2024?",
     "SELECT COUNT(*) FROM acct WHERE ctry_cd = 'GB' AND created_ts BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    ("filters", "How many signups in 2023 didn't come from any campaign?",
     "SELECT COUNT(*) FROM mkt_lead WHERE cmp_id IS NULL AND signup_ts BETWEEN '2023-01-01' AND '2023-12-31 23:59:59'"),
    ("filters", "Which mid-market customers have paused their subscription?",
     "SELECT a.acct_nm, p.plan_nm, s.paused_on FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'PAUS' AND a.seg_cd = 'MM' ORDER BY s.paused_on"),
    ("filters", "How many billing tickets got a satisfaction score of 1 or 2?",
     "SELECT COUNT(*) FROM sup_tkt WHERE cat_cd = 'BILL' AND csat_score <= 2"),
    ("filters", "Which campaigns cost more than $80,000?",
     "SELECT cmp_nm, ROUND(spend_cents / 100.0, 2) AS spend FROM mkt_cmp WHERE spend_cents > 8000000 ORDER BY spend DESC"),
    ("filters", "How many urgent (P1) tickets did enterprise customers open in 2024?",
     "SELECT COUNT(*) FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id WHERE t.prio_cd = 'P1' AND a.seg_cd = 'ENT' AND t.opened_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    # ---- topn
    ("topn", "Top 5 customers by MRR",
     "SELECT a.acct_nm, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV' GROUP BY a.acct_nm ORDER BY mrr DESC LIMIT 5"),
    ("topn", "Which marketing channel brings in the most leads?",
     "SELECT ch.channel_nm, COUNT(*) AS leads FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd GROUP BY ch.channel_nm ORDER BY leads DESC LIMIT 1"),
    ("topn", "Which campaign won us the most new customers?",
     "SELECT c.cmp_nm, COUNT(*) AS customers FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id WHERE l.cnv_acct_id IS NOT NULL GROUP BY c.cmp_nm ORDER BY customers DESC LIMIT 1"),
    ("topn", "top 3 countries by number of paying customers",
     "SELECT g.ctry_nm, COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.ctry_nm ORDER BY customers DESC LIMIT 3"),
    ("topn", "Which plan has the most active subscriptions?",
     "SELECT p.plan_nm, COUNT(*) AS subscriptions FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY subscriptions DESC LIMIT 1"),
    ("topn", "Which customer opened the most support tickets in 2024?",
     "SELECT a.acct_nm, COUNT(*) AS tickets FROM sup_tkt t JOIN acct a ON a.acct_id = t.acct_id WHERE t.opened_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY a.acct_nm ORDER BY tickets DESC LIMIT 1"),
    ("topn", "Top 5 accounts by API calls in December 2024",
     "SELECT a.acct_nm, SUM(u.api_calls) AS api_calls FROM usage_dly u JOIN acct a ON a.acct_id = u.acct_id WHERE u.usage_dt BETWEEN '2024-12-01' AND '2024-12-31' GROUP BY a.acct_nm ORDER BY api_calls DESC LIMIT 5"),
    ("topn", "Which channel has the cheapest cost per lead?",
     "SELECT ch.channel_nm, ROUND(SUM(c.spend_cents) / 100.0 / SUM(COALESCE(l.leads, 0)), 2) AS cost_per_lead FROM mkt_cmp c JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd LEFT JOIN (SELECT cmp_id, COUNT(*) AS leads FROM mkt_lead GROUP BY cmp_id) l ON l.cmp_id = c.cmp_id GROUP BY ch.channel_nm ORDER BY cost_per_lead ASC LIMIT 1"),
    ("topn", "What's the most common reason customers give for cancelling?",
     "SELECT r.rsn_desc, COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY cancellations DESC LIMIT 1"),
    # ---- breakdowns
    ("breakdowns", "MRR by customer segment",
     "SELECT g.seg_desc, ROUND(SUM(s.mrr_usd), 2) AS mrr FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN cust_seg g ON g.seg_cd = a.seg_cd WHERE s.stat = 'ACTV' GROUP BY g.seg_desc ORDER BY mrr DESC"),
    ("breakdowns", "paying customers by sales region",
     "SELECT g.sales_rgn, COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id JOIN geo_ctry g ON g.ctry_cd = a.ctry_cd WHERE s.stat = 'ACTV' GROUP BY g.sales_rgn ORDER BY customers DESC"),
    ("breakdowns", "Number of campaign leads per channel",
     "SELECT ch.channel_nm, COUNT(*) AS leads FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd GROUP BY ch.channel_nm ORDER BY leads DESC"),
    ("breakdowns", "Cancellations by reason",
     "SELECT r.rsn_desc, COUNT(*) AS cancellations FROM subscr s JOIN cncl_rsn r ON r.rsn_cd = s.cncl_rsn_cd WHERE s.stat = 'CANC' GROUP BY r.rsn_desc ORDER BY cancellations DESC"),
    ("breakdowns", "Revenue from monthly versus annual plans",
     "SELECT p.billing_intvl, ROUND(SUM(i.total_usd), 2) AS revenue FROM inv i JOIN subscr s ON s.sub_id = i.sub_id JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE i.paid_at IS NOT NULL GROUP BY p.billing_intvl ORDER BY revenue DESC"),
    ("breakdowns", "Support tickets by priority",
     "SELECT prio_cd, COUNT(*) AS tickets FROM sup_tkt GROUP BY prio_cd ORDER BY prio_cd"),
    ("breakdowns", "Average MRR of an active subscription on each plan",
     "SELECT p.plan_nm, ROUND(AVG(s.mrr_usd), 2) AS avg_mrr FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'ACTV' GROUP BY p.plan_nm ORDER BY avg_mrr DESC"),
    ("breakdowns", "How do our paying customers split by payment method?",
     "SELECT a.dflt_pay_mthd, COUNT(DISTINCT s.acct_id) AS customers FROM subscr s JOIN acct a ON a.acct_id = s.acct_id WHERE s.stat = 'ACTV' GROUP BY a.dflt_pay_mthd ORDER BY customers DESC"),
    # ---- time
    ("time", "How many new customers did we sign in Q3 2024?",
     "SELECT COUNT(*) FROM acct WHERE created_ts BETWEEN '2024-07-01' AND '2024-09-30 23:59:59'"),
    ("time", "Monthly revenue for 2024",
     "SELECT strftime('%m', paid_at) AS month, ROUND(SUM(total_usd), 2) AS revenue FROM inv WHERE paid_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY month ORDER BY month"),
    ("time", "How many subscriptions were cancelled in May 2023?",
     "SELECT COUNT(*) FROM subscr WHERE stat = 'CANC' AND ended_on BETWEEN '2023-05-01' AND '2023-05-31'"),
    ("time", "Which month had the most cancellations?",
     "SELECT strftime('%Y-%m', ended_on) AS month, COUNT(*) AS cancellations FROM subscr WHERE stat = 'CANC' GROUP BY month ORDER BY cancellations DESC LIMIT 1"),
    ("time", "signups per month over the last 6 months",
     "SELECT strftime('%Y-%m', signup_ts) AS month, COUNT(*) AS signups FROM mkt_lead WHERE date(signup_ts) > date((SELECT MAX(signup_ts) FROM mkt_lead), '-6 months') GROUP BY month ORDER BY month"),
    ("time", "revenue over the last 6 months",
     "SELECT ROUND(SUM(total_usd), 2) FROM inv WHERE date(paid_at) > date((SELECT MAX(paid_at) FROM inv), '-6 months')"),
    ("time", "By what percentage did revenue grow in 2024 compared with 2023?",
     "SELECT ROUND(100.0 * (SUM(CASE WHEN paid_at LIKE '2024%' THEN total_usd ELSE 0 END) - SUM(CASE WHEN paid_at LIKE '2023%' THEN total_usd ELSE 0 END)) / SUM(CASE WHEN paid_at LIKE '2023%' THEN total_usd ELSE 0 END), 2) FROM inv"),
    ("time", "On average, how many days does it take a lead to become a customer?",
     "SELECT ROUND(AVG(julianday(a.created_ts) - julianday(l.signup_ts)), 2) FROM mkt_lead l JOIN acct a ON a.acct_id = l.cnv_acct_id"),
    ("time", "When customers pay late, how many days past the due date do they pay on average?",
     "SELECT ROUND(AVG(julianday(date(paid_at)) - julianday(due_dt)), 2) FROM inv WHERE paid_at IS NOT NULL AND date(paid_at) > due_dt"),
    ("time", "New customers per quarter in 2023",
     "SELECT " + QTR.format("created_ts") + " AS qtr, COUNT(*) AS customers FROM acct WHERE created_ts BETWEEN '2023-01-01' AND '2023-12-31 23:59:59' GROUP BY qtr ORDER BY qtr"),
    ("time", "support tickets opened each month in 2023",
     "SELECT strftime('%m', opened_at) AS month, COUNT(*) AS tickets FROM sup_tkt WHERE opened_at BETWEEN '2023-01-01' AND '2023-12-31 23:59:59' GROUP BY month ORDER BY month"),
    ("time", "On which day of the week do we get the most signups?",
     "SELECT " + WD.format("signup_ts") + " AS weekday, COUNT(*) AS signups FROM mkt_lead GROUP BY weekday ORDER BY signups DESC LIMIT 1"),
    ("time", "Average daily active users for each month of 2024",
     "SELECT strftime('%m', usage_dt) AS month, ROUND(AVG(dau), 1) AS avg_daily_active_users FROM (SELECT usage_dt, SUM(active_users) AS dau FROM usage_dly WHERE usage_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY usage_dt) GROUP BY month ORDER BY month"),
    ("time", "Marketing spend by quarter in 2024",
     "SELECT " + QTR.format("launched_dt") + " AS qtr, ROUND(SUM(spend_cents) / 100.0, 2) AS spend FROM mkt_cmp WHERE launched_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY qtr ORDER BY qtr"),
    ("time", "When did our first Enterprise plan subscription start?",
     "SELECT MIN(s.started_on) FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE p.plan_nm = 'Enterprise'"),
    ("time", "How many customers churned in 2024?",
     "SELECT COUNT(DISTINCT acct_id) FROM subscr WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("time", "Average ticket resolution time in hours for each quarter of 2024",
     "SELECT " + QTR.format("t.opened_at") + " AS qtr, ROUND(AVG(" + RES_H + "), 2) AS avg_hours FROM sup_tkt t WHERE t.closed_at IS NOT NULL AND t.opened_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY qtr ORDER BY qtr"),
    ("time", "How much MRR did we lose to cancellations in each month of 2024?",
     "SELECT strftime('%m', ended_on) AS month, ROUND(SUM(mrr_usd), 2) AS churned_mrr FROM subscr WHERE stat = 'CANC' AND ended_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    ("time", "How many API calls were made in the last 3 months?",
     "SELECT SUM(api_calls) FROM usage_dly WHERE usage_dt > date((SELECT MAX(usage_dt) FROM usage_dly), '-3 months')"),
    # ---- tricky
    ("tricky", "Which customers cancelled and later came back?",
     "SELECT DISTINCT a.acct_nm FROM acct a JOIN subscr s1 ON s1.acct_id = a.acct_id JOIN subscr s2 ON s2.acct_id = a.acct_id WHERE s1.stat = 'CANC' AND s2.started_on >= s1.ended_on ORDER BY a.acct_nm"),
    ("tricky", "How many paying customers have never opened a support ticket?",
     "SELECT COUNT(DISTINCT s.acct_id) FROM subscr s WHERE s.stat = 'ACTV' AND NOT EXISTS (SELECT 1 FROM sup_tkt t WHERE t.acct_id = s.acct_id)"),
    ("tricky", "Which campaigns didn't bring in a single lead?",
     "SELECT c.cmp_nm, ROUND(c.spend_cents / 100.0, 2) AS spend FROM mkt_cmp c WHERE NOT EXISTS (SELECT 1 FROM mkt_lead l WHERE l.cmp_id = c.cmp_id)"),
    ("tricky", "What share of the customers we had at the start of 2024 churned during the year?",
     "SELECT ROUND(100.0 * COUNT(DISTINCT CASE WHEN stat = 'CANC' AND ended_on <= '2024-12-31' THEN acct_id END) / COUNT(DISTINCT acct_id), 2) FROM subscr WHERE started_on < '2024-01-01' AND (ended_on IS NULL OR ended_on >= '2024-01-01')"),
    ("tricky", "How many paying customers made fewer API calls in Q4 2024 than in Q3 2024?",
     "SELECT COUNT(*) FROM (SELECT u.acct_id FROM usage_dly u WHERE u.acct_id IN (SELECT acct_id FROM subscr WHERE stat = 'ACTV') GROUP BY u.acct_id HAVING SUM(CASE WHEN u.usage_dt BETWEEN '2024-10-01' AND '2024-12-31' THEN u.api_calls ELSE 0 END) < SUM(CASE WHEN u.usage_dt BETWEEN '2024-07-01' AND '2024-09-30' THEN u.api_calls ELSE 0 END))"),
    ("tricky", "What percentage of the customers we won in 2023 no longer have a live subscription?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM subscr s WHERE s.acct_id = a.acct_id AND s.stat IN ('ACTV', 'PAUS')) THEN 1 ELSE 0 END) / COUNT(*), 2) FROM acct a WHERE a.created_ts BETWEEN '2023-01-01' AND '2023-12-31 23:59:59'"),
    ("tricky", "Which channels convert leads into customers better than signups that came from no campaign?",
     "SELECT ch.channel_nm, ROUND(100.0 * SUM(CASE WHEN l.cnv_acct_id IS NOT NULL THEN 1 ELSE 0 END) / COUNT(*), 2) AS conversion_pct FROM mkt_lead l JOIN mkt_cmp c ON c.cmp_id = l.cmp_id JOIN mkt_chnl ch ON ch.channel_cd = c.channel_cd GROUP BY ch.channel_nm HAVING AVG(CASE WHEN l.cnv_acct_id IS NOT NULL THEN 1.0 ELSE 0 END) > (SELECT AVG(CASE WHEN cnv_acct_id IS NOT NULL THEN 1.0 ELSE 0 END) FROM mkt_lead WHERE cmp_id IS NULL) ORDER BY conversion_pct DESC"),
    ("tricky", "How many active subscriptions pay less than their plan's list price?",
     "SELECT COUNT(*) FROM subscr s JOIN plan_cat p ON p.plan_cd = s.plan_cd WHERE s.stat = 'ACTV' AND (CASE p.billing_intvl WHEN 'Y' THEN s.mrr_usd * 12 ELSE s.mrr_usd END) < p.list_price_cents / 100.0"),
]

if __name__ == "__main__":
    bizlib.main("subs", build, QUESTIONS)
