#!/usr/bin/env python3
"""logistics: a 3PL's outbound shipments from its warehouses, 2023-01-01 .. 2025-06-30.

Usage: python3 eval/biz/gen_logistics.py OUT_DIR [--write-json]
Deterministic (random.Random(7331)); stdlib only.
"""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bizlib  # noqa: E402

SEED = 7331
D0, D1 = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
END = dt.datetime(2025, 6, 30, 23, 59, 59)

WHSE = [  # id, name, city, st, ctry, sq_ft, opened_on, volume weight
    ("DAL1", "Dallas Hub", "Dallas", "TX", "US", 420000, "2016-05-01", 26),
    ("ATL2", "Atlanta South", "Atlanta", "GA", "US", 310000, "2018-09-15", 18),
    ("RNO1", "Reno West", "Reno", "NV", "US", 280000, "2019-03-01", 15),
    ("CMH1", "Columbus Midwest", "Columbus", "OH", "US", 350000, "2017-11-01", 21),
    ("NJ03", "Edison Northeast", "Edison", "NJ", "US", 240000, "2020-06-01", 14),
    ("TOR1", "Mississauga DC", "Mississauga", "ON", "CA", 190000, "2024-03-01", 6),
]
WLOC = {"DAL1": (32.8, -96.8), "ATL2": (33.7, -84.4), "RNO1": (39.5, -119.8), "CMH1": (40.0, -83.0),
        "NJ03": (40.5, -74.4), "TOR1": (43.6, -79.6)}
DEST = [  # st, ctry, lat, lon, weight, sample city
    ("CA", "US", 36.7, -119.7, 14, "Los Angeles"), ("TX", "US", 31.0, -97.5, 10, "Houston"),
    ("FL", "US", 28.5, -81.7, 8, "Orlando"), ("NY", "US", 42.9, -75.5, 8, "Brooklyn"),
    ("IL", "US", 40.0, -89.2, 6, "Chicago"), ("PA", "US", 40.9, -77.8, 5, "Philadelphia"),
    ("OH", "US", 40.3, -82.8, 5, "Cleveland"), ("GA", "US", 32.7, -83.4, 5, "Savannah"),
    ("NC", "US", 35.6, -79.4, 4, "Charlotte"), ("WA", "US", 47.4, -120.5, 4, "Seattle"),
    ("AZ", "US", 34.3, -111.7, 3, "Phoenix"), ("CO", "US", 39.0, -105.5, 3, "Denver"),
    ("MA", "US", 42.3, -71.8, 3, "Boston"), ("NJ", "US", 40.2, -74.6, 3, "Newark"),
    ("MI", "US", 44.3, -85.4, 3, "Detroit"), ("TN", "US", 35.9, -86.4, 2, "Nashville"),
    ("MN", "US", 46.3, -94.3, 2, "Minneapolis"), ("NV", "US", 39.3, -116.6, 1, "Las Vegas"),
    ("OR", "US", 44.0, -120.5, 2, "Portland"), ("UT", "US", 39.3, -111.7, 1, "Salt Lake City"),
    ("ON", "CA", 44.0, -79.5, 3, "Ottawa"), ("QC", "CA", 46.8, -71.2, 2, "Montreal"),
    ("BC", "CA", 49.3, -123.1, 1, "Vancouver"),
]
CARRIERS = [  # cd, name, scac, mode, base on-time prob, cost factor
    ("UPSN", "United Parcel Service", "UPSN", "PCL", 0.93, 1.06),
    ("FDEG", "FedEx Ground", "FDEG", "PCL", 0.91, 1.00),
    ("USPS", "US Postal Service", "USPS", "PCL", 0.84, 0.82),
    ("CNPR", "Canpar Express", "CNPR", "PCL", 0.88, 0.95),
    ("ODFL", "Old Dominion Freight Line", "ODFL", "LTL", 0.95, 1.10),
    ("XPOL", "XPO Logistics", "XPOL", "LTL", 0.86, 0.94),
    ("JBHT", "J.B. Hunt Transport", "JBHT", "FTL", 0.92, 1.00),
]
SVC = [("GRD", "Ground", 5, "PCL"), ("2DA", "2-Day Air", 2, "PCL"), ("NDA", "Next Day Air", 1, "PCL"),
       ("LTL", "Less-than-truckload freight", 4, "LTL"), ("FTL", "Full truckload", 3, "FTL")]
STAT = [("CRT", "Label created"), ("INT", "In transit"), ("DLV", "Delivered"), ("EXC", "Exception - lost or damaged"),
        ("RTS", "Returned to sender"), ("CNL", "Cancelled")]
EVT = [("PU", "Picked up"), ("AR", "Arrived at facility"), ("DP", "Departed facility"), ("OFD", "Out for delivery"),
       ("DL", "Delivered"), ("EX", "Exception"), ("RT", "Return initiated")]
MODES = [("PCL", "Small parcel"), ("LTL", "Less-than-truckload"), ("FTL", "Full truckload")]
TIERS = [("GLD", "Gold", 0.12), ("SLV", "Silver", 0.18), ("STD", "Standard", 0.26)]
MONTH_W = [0.78, 0.74, 0.88, 0.9, 0.95, 0.92, 0.9, 0.97, 1.0, 1.08, 1.42, 1.55]
A1 = "Northern Summit Blue Iron Coastal Prairie Golden Silver Redwood Granite Harbor Maple Cedar Atlas Pioneer Liberty Evergreen Union Canyon Lakeside".split()
A2 = "Outdoor Home Pet Kitchen Apparel Beauty Tools Toys Garden Auto Electronics Fitness Office Baby Sports Wellness Books Lighting Audio Crafts".split()
A3 = ["Co", "Supply", "Goods", "Brands", "Outfitters", "Direct", "Labs", "Depot", "Trading", "Inc"]
CITIES = {"TX": ["Dallas", "Fort Worth", "Waco"], "GA": ["Atlanta", "Macon"], "NV": ["Reno", "Sparks"],
          "OH": ["Columbus", "Dayton", "Toledo"], "NJ": ["Edison", "Newark"], "ON": ["Mississauga", "Toronto"],
          "TN": ["Memphis", "Nashville"], "IN": ["Indianapolis"], "PA": ["Harrisburg", "Allentown"]}


def dist(a, b):
    return int(((a[0] - b[0]) ** 2 + ((a[1] - b[1]) * 0.8) ** 2) ** 0.5 * 69) + 40


def add_bdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def build(con):
    r = random.Random(SEED)
    con.executescript("""
    CREATE TABLE xport_mode (mode_cd TEXT PRIMARY KEY, mode_desc TEXT);
    CREATE TABLE carrier (carrier_cd TEXT PRIMARY KEY, carrier_nm TEXT NOT NULL, scac_cd TEXT,
        mode_cd TEXT REFERENCES xport_mode(mode_cd), active_flg INTEGER);
    CREATE TABLE whse (whse_id TEXT PRIMARY KEY, whse_nm TEXT NOT NULL, city_nm TEXT, st_cd TEXT, ctry_iso2 TEXT,
        sq_ft INTEGER, opened_on TEXT);
    CREATE TABLE cust_tier (tier_cd TEXT PRIMARY KEY, tier_desc TEXT);
    CREATE TABLE cust (cust_no INTEGER PRIMARY KEY, cust_nm TEXT NOT NULL, tier_cd TEXT, hq_city TEXT, hq_st_cd TEXT,
        ctry_iso2 TEXT, onboarded_on TEXT, acct_mgr TEXT);
    CREATE TABLE svc_lvl (svc_cd TEXT PRIMARY KEY, svc_desc TEXT, tgt_transit_days INTEGER, mode_cd TEXT);
    CREATE TABLE shpmt_stat (stat_cd TEXT PRIMARY KEY, stat_desc TEXT);
    CREATE TABLE route (route_id INTEGER PRIMARY KEY, orig_whse_id TEXT REFERENCES whse(whse_id), dest_st_cd TEXT,
        dest_ctry_iso2 TEXT, zone_no INTEGER, dist_mi INTEGER);
    CREATE TABLE shpmt (
        shpmt_id INTEGER PRIMARY KEY, ref_no TEXT, cust_no INTEGER REFERENCES cust(cust_no),
        orig_whse_id TEXT REFERENCES whse(whse_id), route_id INTEGER, carrier_cd TEXT REFERENCES carrier(carrier_cd),
        svc_cd TEXT, created_at TEXT NOT NULL, shipped_at TEXT, promised_dt TEXT, delivered_at TEXT,
        stat_cd TEXT NOT NULL, pkg_cnt INTEGER, tot_wt_lb REAL, decl_val_usd REAL, dest_city TEXT, dest_st_cd TEXT,
        resi_flg INTEGER);
    CREATE TABLE pcl (pcl_id INTEGER PRIMARY KEY, shpmt_id INTEGER REFERENCES shpmt(shpmt_id), trk_no TEXT,
        wt_lb REAL, len_in INTEGER, wid_in INTEGER, hgt_in INTEGER);
    CREATE TABLE evt_type (evt_cd TEXT PRIMARY KEY, evt_desc TEXT);
    CREATE TABLE trk_evt (evt_id INTEGER PRIMARY KEY, shpmt_id INTEGER, evt_cd TEXT, evt_at TEXT, evt_city TEXT,
        evt_st_cd TEXT);
    CREATE TABLE frt_cost (cost_id INTEGER PRIMARY KEY, shpmt_id INTEGER REFERENCES shpmt(shpmt_id),
        cost_type_cd TEXT, cost_cents INTEGER);
    CREATE TABLE cust_chg (chg_id INTEGER PRIMARY KEY, shpmt_id INTEGER, billed_on TEXT, chg_cents INTEGER,
        paid_on TEXT);
    CREATE TABLE claim (claim_id INTEGER PRIMARY KEY, shpmt_id INTEGER, filed_on TEXT, claim_type_cd TEXT,
        claim_amt_usd REAL, claim_stat TEXT, settled_usd REAL, closed_on TEXT);
    """)
    con.executemany("INSERT INTO xport_mode VALUES (?,?)", MODES)
    con.executemany("INSERT INTO carrier VALUES (?,?,?,?,1)", [c[:4] for c in CARRIERS])
    con.executemany("INSERT INTO whse VALUES (?,?,?,?,?,?,?)", [w[:7] for w in WHSE])
    con.executemany("INSERT INTO cust_tier VALUES (?,?)", [t[:2] for t in TIERS])
    con.executemany("INSERT INTO svc_lvl VALUES (?,?,?,?)", SVC)
    con.executemany("INSERT INTO shpmt_stat VALUES (?,?)", STAT)
    con.executemany("INSERT INTO evt_type VALUES (?,?)", EVT)

    # customers: Pareto volume weights
    custs, names = [], set()
    for i in range(140):
        while True:
            nm = "%s %s %s" % (r.choice(A1), r.choice(A2), r.choice(A3))
            if nm not in names:
                names.add(nm)
                break
        tier = r.choices(["GLD", "SLV", "STD"], [15, 30, 55])[0]
        st = r.choice(["TX", "GA", "NV", "OH", "NJ", "ON", "TN", "IN", "PA"])
        ctry = "CA" if st == "ON" else "US"
        onb = dt.date(2021, 1, 1) + dt.timedelta(days=r.randrange(0, 1600))
        w = (1.0 / (i + 1)) ** 0.9 * (2.0 if tier == "GLD" else 1.0)
        custs.append(dict(cust_no=50001 + i, nm=nm, tier=tier, st=st, ctry=ctry, onb=onb, w=w))
    con.executemany("INSERT INTO cust VALUES (?,?,?,?,?,?,?,?)",
                    [(c["cust_no"], c["nm"], c["tier"], r.choice(CITIES[c["st"]]), c["st"], c["ctry"], str(c["onb"]),
                      r.choice(["K. Alvarez", "J. Brennan", "S. Okoye", "M. Larsson", None])) for c in custs])
    margin = {t[0]: t[2] for t in TIERS}

    routes = {}

    def route_for(wid, d):
        key = (wid, d[0])
        if key not in routes:
            mi = dist(WLOC[wid], (d[2], d[3]))
            zone = min(8, 2 + mi // 350)
            routes[key] = (len(routes) + 1, wid, d[0], d[1], zone, mi)
        return routes[key]

    carr = {c[0]: c for c in CARRIERS}
    ships, pcls, evts, costs, chgs, claims = [], [], [], [], [], []
    day = D0
    sid = 900000
    while day <= D1:
        months = (day.year - 2023) * 12 + day.month - 1
        trend = 1.0 + 0.018 * months
        base = 6.6 * trend * MONTH_W[day.month - 1] * (0.35 if day.weekday() >= 5 else 1.12)
        if day.month == 11 and 20 <= day.day <= 30:
            base *= 1.5   # Black Friday / Cyber Monday week
        n = int(base + r.random())
        for _ in range(n):
            sid += 1
            c = r.choices(custs, [x["w"] if x["onb"] <= day else 0 for x in custs])[0]
            wopts = [w for w in WHSE if dt.date.fromisoformat(w[6]) <= day]
            if c["ctry"] == "CA" and day >= dt.date(2024, 3, 1):
                w = r.choices(wopts, [60 if x[0] == "TOR1" else 1 for x in wopts])[0]
            else:
                w = r.choices(wopts, [x[7] for x in wopts])[0]
            if w[4] == "CA":
                d = r.choices(DEST, [x[4] * (8 if x[1] == "CA" else 1) for x in DEST])[0]
            else:
                d = r.choices(DEST, [x[4] if x[1] == "US" else 0.3 for x in DEST])[0]
            rt = route_for(w[0], d)
            svc = r.choices(SVC, [62, 12, 6, 15, 5])[0]
            if svc[3] == "PCL":
                if d[1] == "CA" or w[4] == "CA":
                    cc = r.choices(["CNPR", "UPSN", "FDEG"], [60, 25, 15])[0]
                else:
                    cc = r.choices(["UPSN", "FDEG", "USPS"], [40, 38, 22] if svc[0] == "GRD" else [55, 45, 0])[0]
            elif svc[3] == "LTL":
                cc = r.choices(["ODFL", "XPOL"], [45, 55])[0]
            else:
                cc = "JBHT"
            created = dt.datetime.combine(day, dt.time(r.choices(range(24), [1] * 7 + [4] * 10 + [2] * 7)[0], r.randint(0, 59), r.randint(0, 59)))
            stat = None
            shipped = delivered = None
            if r.random() < 0.025:
                stat = "CNL"
            else:
                sd = day + dt.timedelta(days=r.choice([0, 0, 1, 1, 1, 2]))
                while sd.weekday() >= 5:
                    sd += dt.timedelta(days=1)
                shipped = dt.datetime.combine(sd, dt.time(r.randint(14, 21), r.randint(0, 59), r.randint(0, 59)))
                if shipped > END:
                    shipped, stat = None, "CRT"
            tgt = svc[2] + (1 if svc[3] != "PCL" and rt[4] >= 6 else 0) + (1 if svc[0] == "GRD" and rt[4] <= 3 and False else 0)
            if svc[0] == "GRD":
                tgt = min(5, max(1, rt[4] - 2))
            promised = add_bdays((shipped or created).date(), tgt)
            if shipped:
                p_on = carr[cc][4]
                if day.month == 12 or (day.month == 11 and day.day >= 20):
                    p_on -= 0.12
                if day.month in (1, 2) and d[0] in ("NY", "MA", "MI", "MN", "IL", "ON", "QC", "OH", "PA"):
                    p_on -= 0.08
                if cc == "XPOL" and day >= dt.date(2024, 7, 1):
                    p_on += 0.06   # XPO improved after a network change
                if r.random() < p_on:
                    dd = add_bdays(shipped.date(), max(1, tgt - (1 if r.random() < 0.25 and tgt > 1 else 0)))
                else:
                    dd = add_bdays(promised, r.choices([1, 2, 3, 5], [55, 25, 12, 8])[0])
                delivered = dt.datetime.combine(dd, dt.time(r.randint(8, 19), r.randint(0, 59), r.randint(0, 59)))
                u = r.random()
                if u < 0.012:
                    stat, delivered = "EXC", None
                elif u < 0.022:
                    stat, delivered = "RTS", None
                elif delivered > END:
                    stat, delivered = "INT", None
                else:
                    stat = "DLV"
            # packages and weight
            if svc[3] == "PCL":
                k = r.choices([1, 2, 3, 4, 6], [62, 20, 10, 5, 3])[0]
                wts = [round(min(70, r.lognormvariate(1.6, 0.8)), 1) for _ in range(k)]
            elif svc[3] == "LTL":
                k = r.choice([1, 1, 2, 3, 4])
                wts = [round(r.uniform(250, 1400), 0) for _ in range(k)]
            else:
                k = r.randint(12, 26)
                wts = [round(r.uniform(600, 1500), 0) for _ in range(k)]
            tw = round(sum(wts), 1)
            resi = 1 if svc[3] == "PCL" and r.random() < 0.55 else 0
            decl = None if r.random() < 0.3 else round(tw * r.uniform(4, 40), 2)
            ref = "PO-%06d" % r.randint(0, 999999)
            ships.append((sid, ref, c["cust_no"], w[0], rt[0], cc, svc[0], created.strftime("%Y-%m-%d %H:%M:%S"),
                          shipped.strftime("%Y-%m-%d %H:%M:%S") if shipped else None, str(promised),
                          delivered.strftime("%Y-%m-%d %H:%M:%S") if delivered else None, stat, k, tw, decl,
                          d[5] if r.random() < 0.5 else "%s area" % d[0], d[0], resi))
            for j, wt in enumerate(wts):
                dims = (r.randint(8, 30), r.randint(6, 24), r.randint(4, 20)) if svc[3] == "PCL" else (48, 40, r.randint(30, 72))
                pcls.append((sid, "%s%010d" % (cc[:2], r.randrange(10 ** 10)), wt) + dims)
            if not shipped:
                continue
            # events
            evts.append((sid, "PU", shipped, w[2], w[3]))
            t = shipped + dt.timedelta(hours=r.randint(3, 9))
            evts.append((sid, "AR", t, w[2], w[3]))
            evts.append((sid, "DP", t + dt.timedelta(hours=r.randint(2, 8)), w[2], w[3]))
            if delivered:
                evts.append((sid, "OFD", delivered.replace(hour=7, minute=r.randint(0, 59)), d[5], d[0]))
                evts.append((sid, "DL", delivered, d[5], d[0]))
            elif stat in ("EXC", "RTS"):
                evts.append((sid, "EX", t + dt.timedelta(days=r.randint(1, 4)), None, None))
                if stat == "RTS":
                    evts.append((sid, "RT", t + dt.timedelta(days=r.randint(5, 8)), None, None))
            # carrier cost
            cf = carr[cc][5]
            if svc[3] == "PCL":
                lh = sum(7.5 + 0.55 * x * (0.6 + 0.15 * rt[4]) for x in wts) * {"GRD": 1, "2DA": 2.1, "NDA": 3.4}[svc[0]]
            elif svc[3] == "LTL":
                lh = 95 + tw * rt[5] * 0.00032 * 1.0
            else:
                lh = 350 + rt[5] * 2.35
            lh *= cf * r.uniform(0.95, 1.05)
            fuel_pct = {2023: 0.165, 2024: 0.142, 2025: 0.151}[day.year] + (0.01 if day.month in (6, 7, 8) else 0)
            costs.append((sid, "LINEHAUL", int(round(lh * 100))))
            costs.append((sid, "FUEL", int(round(lh * fuel_pct * 100))))
            if resi:
                costs.append((sid, "RESI", int(round(5.15 * 100))))
            if r.random() < 0.07:
                costs.append((sid, "ACCESS", int(round(r.choice([15, 25, 45, 75]) * 100))))
            total = lh * (1 + fuel_pct) + (5.15 if resi else 0)
            chg = total * (1 + margin[c["tier"]]) * r.uniform(0.96, 1.06)
            bdate = shipped.date()
            paid = bdate + dt.timedelta(days=r.choice([15, 20, 28, 30, 30, 34, 45, 60]))
            paid_on = None if paid > D1 or r.random() < 0.02 else str(paid)
            chgs.append((sid, str(bdate), int(round(chg * 100)), paid_on))
            # claims
            late = delivered and delivered.date() > promised
            if stat == "EXC" or (delivered and r.random() < 0.012) or (late and svc[0] == "NDA" and r.random() < 0.3):
                typ = "LOST" if stat == "EXC" and r.random() < 0.6 else ("DMG" if not late or stat == "EXC" else "LATE")
                fd = (delivered or t).date() + dt.timedelta(days=r.randint(1, 20))
                if fd > D1:
                    continue
                # carrier liability caps what can be claimed: declared value up to $2,500 (parcel) / $8,000 (freight)
                cap = 2500 if svc[3] == "PCL" else 8000
                amt = round(min(decl if decl else 100.0 * k, cap) * r.uniform(0.5, 1.0), 2) if typ != "LATE" else round(chg, 2)
                cs = r.choices(["PAID", "DENIED", "OPEN"], [60, 25, 15])[0]
                closed = fd + dt.timedelta(days=r.randint(10, 60))
                if closed > D1:
                    cs = "OPEN"
                claims.append((sid, str(fd), typ, amt, cs, round(amt * r.uniform(0.6, 1.0), 2) if cs == "PAID" else None,
                               str(closed) if cs != "OPEN" else None))
        day += dt.timedelta(days=1)

    con.executemany("INSERT INTO route VALUES (?,?,?,?,?,?)", sorted(routes.values()))
    con.executemany("INSERT INTO shpmt VALUES (%s)" % ",".join("?" * 18), ships)
    con.executemany("INSERT INTO pcl (shpmt_id, trk_no, wt_lb, len_in, wid_in, hgt_in) VALUES (?,?,?,?,?,?)", pcls)
    evts.sort(key=lambda e: (e[2], e[0]))
    con.executemany("INSERT INTO trk_evt (shpmt_id, evt_cd, evt_at, evt_city, evt_st_cd) VALUES (?,?,?,?,?)",
                    [(e[0], e[1], e[2].strftime("%Y-%m-%d %H:%M:%S"), e[3], e[4]) for e in evts])
    con.executemany("INSERT INTO frt_cost (shpmt_id, cost_type_cd, cost_cents) VALUES (?,?,?)", costs)
    con.executemany("INSERT INTO cust_chg (shpmt_id, billed_on, chg_cents, paid_on) VALUES (?,?,?,?)", chgs)
    con.executemany("INSERT INTO claim (shpmt_id, filed_on, claim_type_cd, claim_amt_usd, claim_stat, settled_usd, "
                    "closed_on) VALUES (?,?,?,?,?,?,?)", claims)


COST = "(SELECT shpmt_id, SUM(cost_cents) AS cost_cents FROM frt_cost GROUP BY shpmt_id)"
ONTIME = "ROUND(100.0 * SUM(CASE WHEN date(s.delivered_at) <= s.promised_dt THEN 1 ELSE 0 END) / COUNT(*), 2)"
WD = "CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END"

QUESTIONS = [
    # ---- simple
    ("simple", "How many warehouses do we operate?", "SELECT COUNT(*) FROM whse"),
    ("simple", "list our carriers", "SELECT carrier_nm FROM carrier ORDER BY carrier_nm"),
    ("simple", "How many shipments were cancelled?", "SELECT COUNT(*) FROM shpmt WHERE stat_cd = 'CNL'"),
    ("simple", "How many claims are still open?", "SELECT COUNT(*) FROM claim WHERE claim_stat = 'OPEN'"),
    # ---- measures
    ("measures", "What is our total revenue?", "SELECT ROUND(SUM(chg_cents) / 100.0, 2) FROM cust_chg"),
    ("measures", "How much did we spend on carriers for shipments that went out in 2024?",
     "SELECT ROUND(SUM(f.cost_cents) / 100.0, 2) FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    ("measures", "What's our overall gross margin percentage?",
     "SELECT ROUND(100.0 * ((SELECT SUM(chg_cents) FROM cust_chg) - (SELECT SUM(cost_cents) FROM frt_cost)) / (SELECT SUM(chg_cents) FROM cust_chg), 2)"),
    ("measures", "What is our on-time delivery rate?",
     "SELECT " + ONTIME + " FROM shpmt s WHERE s.stat_cd = 'DLV'"),
    ("measures", "Average transit time in days for delivered Ground shipments",
     "SELECT ROUND(AVG(julianday(delivered_at) - julianday(shipped_at)), 2) FROM shpmt WHERE svc_cd = 'GRD' AND stat_cd = 'DLV'"),
    ("measures", "What was the average revenue per shipment in 2024?",
     "SELECT ROUND(SUM(chg_cents) / 100.0 / COUNT(*), 2) FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "What do we pay carriers per pound shipped, on average?",
     "SELECT ROUND((SELECT SUM(cost_cents) FROM frt_cost) / 100.0 / (SELECT SUM(tot_wt_lb) FROM shpmt WHERE shipped_at IS NOT NULL), 4)"),
    ("measures", "What share of our carrier spend is fuel surcharge?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN cost_type_cd = 'FUEL' THEN cost_cents ELSE 0 END) / SUM(cost_cents), 2) FROM frt_cost"),
    ("measures", "What percentage of our shipments go to Canada?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN r.dest_ctry_iso2 = 'CA' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM shpmt s JOIN route r ON r.route_id = s.route_id WHERE s.shipped_at IS NOT NULL"),
    ("measures", "what's the cancellation rate",
     "SELECT ROUND(100.0 * SUM(CASE WHEN stat_cd = 'CNL' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM shpmt"),
    ("measures", "How much have we paid out on claims so far?",
     "SELECT ROUND(SUM(settled_usd), 2) FROM claim WHERE claim_stat = 'PAID'"),
    ("measures", "Average number of packages per shipment",
     "SELECT ROUND(AVG(pkg_cnt), 3) FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("measures", "How much money are customers still owing us?",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) FROM cust_chg WHERE paid_on IS NULL"),
    ("measures", "What margin did we make on Atlas Outdoor Outfitters in 2024, in dollars?",
     "SELECT ROUND((SUM(ch.chg_cents) - SUM(co.cost_cents)) / 100.0, 2) FROM shpmt s JOIN cust c ON c.cust_no = s.cust_no JOIN cust_chg ch ON ch.shpmt_id = s.shpmt_id JOIN " + COST + " co ON co.shpmt_id = s.shpmt_id WHERE c.cust_nm = 'Atlas Outdoor Outfitters' AND ch.billed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- filters
    ("filters", "How many shipments had a declared value over $5,000?",
     "SELECT COUNT(*) FROM shpmt WHERE decl_val_usd > 5000"),
    ("filters", "Show claims above $1,000 with the customer",
     "SELECT cl.claim_id, c.cust_nm, cl.claim_type_cd, cl.claim_amt_usd FROM claim cl JOIN shpmt s ON s.shpmt_id = cl.shpmt_id JOIN cust c ON c.cust_no = s.cust_no WHERE cl.claim_amt_usd > 1000 ORDER BY cl.claim_amt_usd DESC"),
    ("filters", "How many FedEx Ground shipments were delivered late?",
     "SELECT COUNT(*) FROM shpmt s JOIN carrier ca ON ca.carrier_cd = s.carrier_cd WHERE ca.carrier_nm = 'FedEx Ground' AND s.stat_cd = 'DLV' AND date(s.delivered_at) > s.promised_dt"),
    ("filters", "Next day air shipments out of Reno West in 2024",
     "SELECT COUNT(*) FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id WHERE w.whse_nm = 'Reno West' AND s.svc_cd = 'NDA' AND s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    ("filters", "Which customers are based in Ohio?",
     "SELECT cust_nm FROM cust WHERE hq_st_cd = 'OH' ORDER BY cust_nm"),
    ("filters", "How many shipments weighed more than 10,000 lbs?",
     "SELECT COUNT(*) FROM shpmt WHERE tot_wt_lb > 10000"),
    ("filters", "list our gold tier customers",
     "SELECT c.cust_nm FROM cust c JOIN cust_tier t ON t.tier_cd = c.tier_cd WHERE t.tier_desc = 'Gold' ORDER BY c.cust_nm"),
    ("filters", "How many residential deliveries did we make to California in Q4 2024?",
     "SELECT COUNT(*) FROM shpmt WHERE dest_st_cd = 'CA' AND resi_flg = 1 AND stat_cd = 'DLV' AND delivered_at BETWEEN '2024-10-01' AND '2024-12-31 23:59:59'"),
    ("filters", "Which shipments are still in transit?",
     "SELECT shpmt_id, ref_no, shipped_at, promised_dt FROM shpmt WHERE stat_cd = 'INT' ORDER BY shipped_at"),
    ("filters", "How many customer invoices over $500 are unpaid?",
     "SELECT COUNT(*) FROM cust_chg WHERE chg_cents > 50000 AND paid_on IS NULL"),
    ("filters", "How many lost-package claims were filed in 2024?",
     "SELECT COUNT(*) FROM claim WHERE claim_type_cd = 'LOST' AND filed_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    # ---- topn
    ("topn", "Top 5 customers by revenue in 2024",
     "SELECT c.cust_nm, ROUND(SUM(ch.chg_cents) / 100.0, 2) AS revenue FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id JOIN cust c ON c.cust_no = s.cust_no WHERE ch.billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.cust_nm ORDER BY revenue DESC LIMIT 5"),
    ("topn", "Which carrier has the worst on-time rate?",
     "SELECT ca.carrier_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN carrier ca ON ca.carrier_cd = s.carrier_cd WHERE s.stat_cd = 'DLV' GROUP BY ca.carrier_nm ORDER BY on_time_pct ASC LIMIT 1"),
    ("topn", "Which warehouse shipped the most in 2024?",
     "SELECT w.whse_nm, COUNT(*) AS shipments FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id WHERE s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY w.whse_nm ORDER BY shipments DESC LIMIT 1"),
    ("topn", "top 3 destination states by number of shipments",
     "SELECT dest_st_cd, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY dest_st_cd ORDER BY shipments DESC LIMIT 3"),
    ("topn", "Which customer has filed the most claims?",
     "SELECT c.cust_nm, COUNT(*) AS claims FROM claim cl JOIN shpmt s ON s.shpmt_id = cl.shpmt_id JOIN cust c ON c.cust_no = s.cust_no GROUP BY c.cust_nm ORDER BY claims DESC LIMIT 1"),
    ("topn", "Who is our most profitable customer?",
     "SELECT c.cust_nm, ROUND((SUM(ch.chg_cents) - SUM(co.cost_cents)) / 100.0, 2) AS margin FROM shpmt s JOIN cust c ON c.cust_no = s.cust_no JOIN cust_chg ch ON ch.shpmt_id = s.shpmt_id JOIN " + COST + " co ON co.shpmt_id = s.shpmt_id GROUP BY c.cust_nm ORDER BY margin DESC LIMIT 1"),
    ("topn", "What were our 3 biggest carriers by spend in 2024?",
     "SELECT ca.carrier_nm, ROUND(SUM(f.cost_cents) / 100.0, 2) AS spend FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id JOIN carrier ca ON ca.carrier_cd = s.carrier_cd WHERE s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY ca.carrier_nm ORDER BY spend DESC LIMIT 3"),
    ("topn", "Which lane (warehouse to destination state) has the slowest average transit, among lanes with at least 20 deliveries?",
     "SELECT w.whse_nm, r.dest_st_cd, ROUND(AVG(julianday(s.delivered_at) - julianday(s.shipped_at)), 3) AS avg_days FROM shpmt s JOIN route r ON r.route_id = s.route_id JOIN whse w ON w.whse_id = r.orig_whse_id WHERE s.stat_cd = 'DLV' GROUP BY r.route_id HAVING COUNT(*) >= 20 ORDER BY avg_days DESC LIMIT 1"),
    ("topn", "Which service level has the best on time performance?",
     "SELECT v.svc_desc, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd WHERE s.stat_cd = 'DLV' GROUP BY v.svc_desc ORDER BY on_time_pct DESC LIMIT 1"),
    # ---- breakdowns
    ("breakdowns", "Number of shipments by carrier",
     "SELECT ca.carrier_nm, COUNT(*) AS shipments FROM shpmt s JOIN carrier ca ON ca.carrier_cd = s.carrier_cd WHERE s.shipped_at IS NOT NULL GROUP BY ca.carrier_nm ORDER BY shipments DESC"),
    ("breakdowns", "revenue by customer tier",
     "SELECT t.tier_desc, ROUND(SUM(ch.chg_cents) / 100.0, 2) AS revenue FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id JOIN cust c ON c.cust_no = s.cust_no JOIN cust_tier t ON t.tier_cd = c.tier_cd GROUP BY t.tier_desc ORDER BY revenue DESC"),
    ("breakdowns", "On-time rate for each warehouse",
     "SELECT w.whse_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id WHERE s.stat_cd = 'DLV' GROUP BY w.whse_nm ORDER BY on_time_pct DESC"),
    ("breakdowns", "Break down carrier spend by type of charge",
     "SELECT cost_type_cd, ROUND(SUM(cost_cents) / 100.0, 2) AS spend FROM frt_cost GROUP BY cost_type_cd ORDER BY spend DESC"),
    ("breakdowns", "Shipments per service level in 2024",
     "SELECT v.svc_desc, COUNT(*) AS shipments FROM shpmt s JOIN svc_lvl v ON v.svc_cd = s.svc_cd WHERE s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY v.svc_desc ORDER BY shipments DESC"),
    ("breakdowns", "claims by type and status",
     "SELECT claim_type_cd, claim_stat, COUNT(*) AS claims FROM claim GROUP BY claim_type_cd, claim_stat ORDER BY claim_type_cd, claim_stat"),
    ("breakdowns", "Average shipment weight by transport mode",
     "SELECT m.mode_desc, ROUND(AVG(s.tot_wt_lb), 1) AS avg_lb FROM shpmt s JOIN carrier ca ON ca.carrier_cd = s.carrier_cd JOIN xport_mode m ON m.mode_cd = ca.mode_cd WHERE s.shipped_at IS NOT NULL GROUP BY m.mode_desc ORDER BY avg_lb DESC"),
    # ---- time
    ("time", "How many shipments went out in Q4 2024?",
     "SELECT COUNT(*) FROM shpmt WHERE shipped_at BETWEEN '2024-10-01' AND '2024-12-31 23:59:59'"),
    ("time", "Monthly revenue for 2024",
     "SELECT strftime('%m', billed_on) AS month, ROUND(SUM(chg_cents) / 100.0, 2) AS revenue FROM cust_chg WHERE billed_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY month"),
    ("time", "How many shipments did we send in November 2023?",
     "SELECT COUNT(*) FROM shpmt WHERE shipped_at BETWEEN '2023-11-01' AND '2023-11-30 23:59:59'"),
    ("time", "Which month had our highest shipping volume ever?",
     "SELECT strftime('%Y-%m', shipped_at) AS month, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY month ORDER BY shipments DESC LIMIT 1"),
    ("time", "How many shipments in the last 3 months?",
     "SELECT COUNT(*) FROM shpmt WHERE date(shipped_at) > date((SELECT MAX(shipped_at) FROM shpmt), '-3 months')"),
    ("time", "revenue over the last six months",
     "SELECT ROUND(SUM(chg_cents) / 100.0, 2) FROM cust_chg WHERE billed_on > date((SELECT MAX(billed_on) FROM cust_chg), '-6 months')"),
    ("time", "On which weekday do we ship the most?",
     "SELECT " + WD.format("shipped_at") + " AS weekday, COUNT(*) AS shipments FROM shpmt WHERE shipped_at IS NOT NULL GROUP BY weekday ORDER BY shipments DESC LIMIT 1"),
    ("time", "How much did shipment volume grow in the first half of 2025 versus the first half of 2024, in percent?",
     "SELECT ROUND(100.0 * (SUM(CASE WHEN shipped_at BETWEEN '2025-01-01' AND '2025-06-30 23:59:59' THEN 1 ELSE 0 END) - SUM(CASE WHEN shipped_at BETWEEN '2024-01-01' AND '2024-06-30 23:59:59' THEN 1 ELSE 0 END)) / SUM(CASE WHEN shipped_at BETWEEN '2024-01-01' AND '2024-06-30 23:59:59' THEN 1 ELSE 0 END), 2) FROM shpmt"),
    ("time", "Revenue growth 2024 over 2023 (%)",
     "SELECT ROUND(100.0 * (SUM(CASE WHEN billed_on LIKE '2024%' THEN chg_cents ELSE 0 END) - SUM(CASE WHEN billed_on LIKE '2023%' THEN chg_cents ELSE 0 END)) / SUM(CASE WHEN billed_on LIKE '2023%' THEN chg_cents ELSE 0 END), 2) FROM cust_chg"),
    ("time", "On average, how many days pass between an order being created and it shipping?",
     "SELECT ROUND(AVG(julianday(shipped_at) - julianday(created_at)), 2) FROM shpmt WHERE shipped_at IS NOT NULL"),
    ("time", "How long does it take customers to pay us, in days on average?",
     "SELECT ROUND(AVG(julianday(paid_on) - julianday(billed_on)), 1) FROM cust_chg WHERE paid_on IS NOT NULL"),
    ("time", "When did the Mississauga DC send out its first shipment?",
     "SELECT MIN(s.shipped_at) FROM shpmt s JOIN whse w ON w.whse_id = s.orig_whse_id WHERE w.whse_nm = 'Mississauga DC'"),
    ("time", "What was the on-time rate in December 2024?",
     "SELECT " + ONTIME + " FROM shpmt s WHERE s.stat_cd = 'DLV' AND s.delivered_at BETWEEN '2024-12-01' AND '2024-12-31 23:59:59'"),
    ("time", "on time rate by quarter in 2024",
     "SELECT 'Q' || ((CAST(strftime('%m', s.delivered_at) AS INTEGER) + 2) / 3) AS qtr, " + ONTIME + " AS on_time_pct FROM shpmt s WHERE s.stat_cd = 'DLV' AND s.delivered_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY qtr ORDER BY qtr"),
    ("time", "For customers onboarded in 2024, how many shipments did they send in their first 90 days?",
     "SELECT c.cust_nm, COUNT(s.shpmt_id) AS shipments FROM cust c LEFT JOIN shpmt s ON s.cust_no = c.cust_no AND date(s.created_at) < date(c.onboarded_on, '+90 days') WHERE c.onboarded_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY c.cust_nm ORDER BY shipments DESC"),
    ("time", "Which quarter of 2024 had the highest carrier spend?",
     "SELECT 'Q' || ((CAST(strftime('%m', s.shipped_at) AS INTEGER) + 2) / 3) AS qtr, ROUND(SUM(f.cost_cents) / 100.0, 2) AS spend FROM frt_cost f JOIN shpmt s ON s.shpmt_id = f.shpmt_id WHERE s.shipped_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY qtr ORDER BY spend DESC LIMIT 1"),
    ("time", "How many days does it take on average to close a claim?",
     "SELECT ROUND(AVG(julianday(closed_on) - julianday(filed_on)), 1) FROM claim WHERE closed_on IS NOT NULL"),
    ("time", "late deliveries per month over the last 12 months",
     "SELECT strftime('%Y-%m', delivered_at) AS month, COUNT(*) AS late FROM shpmt WHERE stat_cd = 'DLV' AND date(delivered_at) > promised_dt AND date(delivered_at) > date((SELECT MAX(delivered_at) FROM shpmt), '-12 months') GROUP BY month ORDER BY month"),
    # ---- tricky
    ("tricky", "Which customers have an average revenue per shipment above the overall average?",
     "SELECT c.cust_nm, ROUND(AVG(ch.chg_cents) / 100.0, 2) AS avg_rev FROM cust_chg ch JOIN shpmt s ON s.shpmt_id = ch.shpmt_id JOIN cust c ON c.cust_no = s.cust_no GROUP BY c.cust_nm HAVING AVG(ch.chg_cents) > (SELECT AVG(chg_cents) FROM cust_chg) ORDER BY avg_rev DESC"),
    ("tricky", "Which customers shipped with us in 2023 but haven't shipped anything in 2025?",
     "SELECT c.cust_nm FROM cust c WHERE EXISTS (SELECT 1 FROM shpmt s WHERE s.cust_no = c.cust_no AND s.shipped_at BETWEEN '2023-01-01' AND '2023-12-31 23:59:59') AND NOT EXISTS (SELECT 1 FROM shpmt s WHERE s.cust_no = c.cust_no AND s.shipped_at >= '2025-01-01') ORDER BY c.cust_nm"),
    ("tricky", "Which warehouses have never used the Postal Service?",
     "SELECT w.whse_nm FROM whse w WHERE NOT EXISTS (SELECT 1 FROM shpmt s WHERE s.orig_whse_id = w.whse_id AND s.carrier_cd = 'USPS')"),
    ("tricky", "How many late deliveries had no claim filed?",
     "SELECT COUNT(*) FROM shpmt s WHERE s.stat_cd = 'DLV' AND date(s.delivered_at) > s.promised_dt AND NOT EXISTS (SELECT 1 FROM claim cl WHERE cl.shpmt_id = s.shpmt_id)"),
    ("tricky", "How many delivered shipments took longer than the average transit time for their service level?",
     "SELECT COUNT(*) FROM shpmt s WHERE s.stat_cd = 'DLV' AND julianday(s.delivered_at) - julianday(s.shipped_at) > (SELECT AVG(julianday(s2.delivered_at) - julianday(s2.shipped_at)) FROM shpmt s2 WHERE s2.stat_cd = 'DLV' AND s2.svc_cd = s.svc_cd)"),
    ("tricky", "How many shipments lost money, i.e. the carrier cost more than we billed?",
     "SELECT COUNT(*) FROM cust_chg ch JOIN " + COST + " co ON co.shpmt_id = ch.shpmt_id WHERE co.cost_cents > ch.chg_cents"),
    ("tricky", "Which carriers had an on-time rate below the overall rate in 2024?",
     "SELECT ca.carrier_nm, " + ONTIME + " AS on_time_pct FROM shpmt s JOIN carrier ca ON ca.carrier_cd = s.carrier_cd WHERE s.stat_cd = 'DLV' AND s.delivered_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59' GROUP BY ca.carrier_nm HAVING AVG(CASE WHEN date(s.delivered_at) <= s.promised_dt THEN 1.0 ELSE 0 END) < (SELECT AVG(CASE WHEN date(delivered_at) <= promised_dt THEN 1.0 ELSE 0 END) FROM shpmt WHERE stat_cd = 'DLV' AND delivered_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59') ORDER BY on_time_pct"),
]

if __name__ == "__main__":
    bizlib.main("logistics", build, QUESTIONS)
