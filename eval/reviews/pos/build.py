#!/usr/bin/env python3
"""Build pos.sqlite (beside this script): a restaurant chain's POS + back office (legacy naming).

Deterministic: random.Random(20251116).  Data runs 2023-01-01 .. 2025-11-16 (last business date).
"""
import datetime as dt
import math
import os
import random
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "pos.sqlite")
R = random.Random(20251116)

START = dt.date(2023, 1, 1)
END = dt.date(2025, 11, 16)          # last business date ("today" for relative questions)

DDL = """
PRAGMA foreign_keys = ON;

CREATE TABLE ref_chan (
    chan_cd      TEXT PRIMARY KEY,             -- 'DI','TO','DL'
    chan_desc    TEXT NOT NULL,
    agg_fee_bps  INTEGER NOT NULL DEFAULT 0    -- 3rd-party commission, basis points
);

CREATE TABLE menu_cat (
    cat_cd    TEXT PRIMARY KEY,
    cat_desc  TEXT NOT NULL,
    rev_grp   TEXT NOT NULL CHECK (rev_grp IN ('FOOD','BEV','ALC')),
    sort_seq  INTEGER
);

CREATE TABLE loc (
    loc_id    INTEGER PRIMARY KEY,
    loc_abbr  TEXT NOT NULL UNIQUE,
    loc_nm    TEXT NOT NULL,
    city      TEXT NOT NULL,
    st_cd     TEXT NOT NULL,                   -- 2-letter state code
    open_dt   TEXT NOT NULL,
    close_dt  TEXT,                            -- NULL = still trading
    seat_cnt  INTEGER NOT NULL,
    tax_pct   REAL NOT NULL
);

CREATE TABLE emp (
    emp_no           INTEGER PRIMARY KEY,
    loc_id           INTEGER NOT NULL REFERENCES loc(loc_id),
    first_nm         TEXT NOT NULL,
    last_nm          TEXT NOT NULL,
    job_cd           TEXT NOT NULL CHECK (job_cd IN ('SVR','BAR','HST','LC','MGR')),
    hire_dt          TEXT NOT NULL,
    term_dt          TEXT,                     -- NULL = active
    hrly_rate_cents  INTEGER NOT NULL
);

CREATE TABLE menu_itm (
    itm_cd          TEXT PRIMARY KEY,
    itm_desc        TEXT NOT NULL,
    cat_cd          TEXT NOT NULL REFERENCES menu_cat(cat_cd),
    list_prc_cents  INTEGER NOT NULL,          -- current menu price
    std_cost_cents  INTEGER NOT NULL,          -- standard (theoretical) food/bev cost per unit
    intro_dt        TEXT,
    actv_flg        TEXT NOT NULL DEFAULT 'Y' CHECK (actv_flg IN ('Y','N'))
);

CREATE TABLE chk_hdr (
    chk_no       INTEGER PRIMARY KEY,
    loc_id       INTEGER NOT NULL REFERENCES loc(loc_id),
    emp_no       INTEGER NOT NULL REFERENCES emp(emp_no),
    chan_cd      TEXT NOT NULL REFERENCES ref_chan(chan_cd),
    open_ts      TEXT NOT NULL,
    close_ts     TEXT,                         -- NULL while open
    covers       INTEGER,                      -- guests; dine-in only, NULL for TO/DL
    gross_cents  INTEGER NOT NULL DEFAULT 0,   -- sum of non-void lines qty*price
    comp_cents   INTEGER NOT NULL DEFAULT 0,   -- sum of line comps
    disc_cents   INTEGER NOT NULL DEFAULT 0,   -- check-level promo discount
    tax_cents    INTEGER NOT NULL DEFAULT 0,
    tip_cents    INTEGER NOT NULL DEFAULT 0,
    pay_typ      TEXT CHECK (pay_typ IN ('CC','CA','GC','3P')),
    chk_stat     TEXT NOT NULL DEFAULT 'C' CHECK (chk_stat IN ('O','C','V'))
);

CREATE TABLE chk_ln (
    chk_no          INTEGER NOT NULL REFERENCES chk_hdr(chk_no),
    ln_no           INTEGER NOT NULL,
    itm_cd          TEXT NOT NULL REFERENCES menu_itm(itm_cd),
    qty             INTEGER NOT NULL,
    unit_prc_cents  INTEGER NOT NULL,
    comp_cents      INTEGER NOT NULL DEFAULT 0,
    comp_rsn_cd     TEXT,                      -- 'QUAL','MGR','BDAY','WAIT'
    ln_stat         TEXT NOT NULL DEFAULT 'A' CHECK (ln_stat IN ('A','V')),
    PRIMARY KEY (chk_no, ln_no)
);

CREATE TABLE emp_shift (
    shift_id    INTEGER PRIMARY KEY,
    emp_no      INTEGER NOT NULL REFERENCES emp(emp_no),
    loc_id      INTEGER NOT NULL REFERENCES loc(loc_id),
    bus_dt      TEXT NOT NULL,
    clk_in_ts   TEXT NOT NULL,
    clk_out_ts  TEXT NOT NULL,
    brk_min     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE vnd_inv (
    inv_no         TEXT PRIMARY KEY,
    loc_id         INTEGER NOT NULL REFERENCES loc(loc_id),
    vnd_nm         TEXT NOT NULL,
    inv_cat        TEXT NOT NULL CHECK (inv_cat IN ('FOOD','BEV','LIQ','PAPER','CLEAN')),
    inv_dt         TEXT NOT NULL,
    due_dt         TEXT NOT NULL,
    inv_amt_cents  INTEGER NOT NULL,
    paid_dt        TEXT,
    inv_stat       TEXT NOT NULL CHECK (inv_stat IN ('O','P','X'))  -- open, paid, disputed
);

CREATE INDEX ix_chk_hdr_loc_ts ON chk_hdr(loc_id, open_ts);
CREATE INDEX ix_chk_hdr_emp ON chk_hdr(emp_no);
CREATE INDEX ix_chk_ln_itm ON chk_ln(itm_cd);
CREATE INDEX ix_shift_emp ON emp_shift(emp_no, bus_dt);
CREATE INDEX ix_inv_loc_dt ON vnd_inv(loc_id, inv_dt);
"""

CHANNELS = [("DI", "Dine-in", 0), ("TO", "Takeout", 0), ("DL", "Delivery app", 2500)]

CATS = [  # cat_cd, desc, rev_grp, seq
    ("APP", "Appetizers", "FOOD", 1), ("SAL", "Salads & Soups", "FOOD", 2),
    ("BRG", "Burgers & Sandwiches", "FOOD", 3), ("ENT", "Entrees", "FOOD", 4),
    ("SIDE", "Sides", "FOOD", 5), ("KID", "Kids Menu", "FOOD", 6), ("DSRT", "Desserts", "FOOD", 7),
    ("NA", "Non-Alcoholic Beverages", "BEV", 8), ("BEER", "Beer", "ALC", 9),
    ("WINE", "Wine", "ALC", 10), ("CKTL", "Cocktails", "ALC", 11),
]

# itm_cd, desc, cat, 2023 price, cost, intro_dt, actv, weight, season(months or None)
ITEMS = [
    ("A100", "Queso & Chips", "APP", 899, 190, None, "Y", 9, None),
    ("A110", "Buffalo Wings (10)", "APP", 1499, 520, None, "Y", 8, None),
    ("A120", "Fried Calamari", "APP", 1399, 430, None, "Y", 4, None),
    ("A130", "Loaded Nachos", "APP", 1299, 360, None, "Y", 6, None),
    ("A140", "Spinach Artichoke Dip", "APP", 1099, 280, None, "N", 3, None),
    ("A150", "Brisket Egg Rolls", "APP", 1249, 390, "2024-06-01", "Y", 5, None),
    ("S200", "House Salad", "SAL", 899, 210, None, "Y", 4, None),
    ("S210", "Chicken Caesar", "SAL", 1499, 410, None, "Y", 5, None),
    ("S220", "Tortilla Soup (Bowl)", "SAL", 799, 170, None, "Y", 4, None),
    ("S230", "Cobb Salad", "SAL", 1599, 470, None, "N", 2, None),
    ("B300", "Classic Cheeseburger", "BRG", 1449, 430, None, "Y", 10, None),
    ("B310", "Bacon Jalapeno Burger", "BRG", 1649, 500, None, "Y", 7, None),
    ("B320", "Smoked Brisket Sandwich", "BRG", 1599, 560, None, "Y", 6, None),
    ("B330", "Crispy Chicken Sandwich", "BRG", 1399, 380, None, "Y", 7, None),
    ("B340", "Veggie Burger", "BRG", 1399, 410, None, "Y", 3, None),
    ("B350", "Patty Melt", "BRG", 1349, 400, None, "N", 2, None),
    ("E400", "Chicken Fried Steak", "ENT", 1899, 520, None, "Y", 6, None),
    ("E410", "Ribeye 12oz", "ENT", 3499, 1350, None, "Y", 4, None),
    ("E420", "Grilled Salmon", "ENT", 2599, 890, None, "Y", 5, None),
    ("E430", "Fish Tacos", "ENT", 1699, 480, None, "Y", 6, None),
    ("E440", "Brisket Plate", "ENT", 2299, 790, None, "Y", 6, None),
    ("E450", "Shrimp & Grits", "ENT", 2199, 690, "2024-03-01", "Y", 4, None),
    ("E460", "Chicken Enchiladas", "ENT", 1799, 450, None, "N", 3, None),
    ("E470", "Smoked Half Chicken", "ENT", 2099, 640, "2025-04-15", "Y", 4, None),
    ("D500", "Chocolate Lava Cake", "DSRT", 999, 240, None, "Y", 5, None),
    ("D510", "Pecan Pie", "DSRT", 899, 210, None, "Y", 4, None),
    ("D520", "Pumpkin Cheesecake", "DSRT", 949, 260, None, "Y", 4, (10, 11, 12)),
    ("D530", "Banana Pudding", "DSRT", 799, 170, None, "Y", 3, None),
    ("K600", "Kids Chicken Tenders", "KID", 799, 220, None, "Y", 4, None),
    ("K610", "Kids Mac & Cheese", "KID", 699, 150, None, "Y", 3, None),
    ("K620", "Kids Slider", "KID", 749, 230, None, "Y", 2, None),
    ("X700", "French Fries", "SIDE", 499, 90, None, "Y", 6, None),
    ("X710", "Sweet Potato Fries", "SIDE", 599, 120, None, "Y", 4, None),
    ("X720", "Mac & Cheese", "SIDE", 599, 140, None, "Y", 4, None),
    ("X730", "Onion Rings", "SIDE", 649, 130, None, "Y", 3, None),
    ("N800", "Iced Tea", "NA", 349, 25, None, "Y", 10, None),
    ("N810", "Fountain Soda", "NA", 349, 30, None, "Y", 10, None),
    ("N820", "Fresh Lemonade", "NA", 449, 60, None, "Y", 5, None),
    ("N830", "Cold Brew Coffee", "NA", 499, 70, "2024-01-15", "Y", 3, None),
    ("R900", "Draft Lager", "BEER", 599, 140, None, "Y", 8, None),
    ("R910", "Local IPA", "BEER", 799, 200, None, "Y", 7, None),
    ("R920", "Seasonal Draft", "BEER", 749, 190, None, "Y", 3, None),
    ("W950", "House Red (Glass)", "WINE", 999, 260, None, "Y", 4, None),
    ("W960", "House White (Glass)", "WINE", 999, 250, None, "Y", 4, None),
    ("W970", "Cabernet (Bottle)", "WINE", 4800, 1500, None, "Y", 1, None),
    ("C980", "House Margarita", "CKTL", 1099, 240, None, "Y", 8, None),
    ("C985", "Frozen Margarita", "CKTL", 1199, 260, None, "Y", 5, (5, 6, 7, 8, 9)),
    ("C990", "Old Fashioned", "CKTL", 1299, 310, None, "Y", 4, None),
    ("C995", "Ranch Water", "CKTL", 1099, 220, None, "Y", 4, None),
]
DISCONTINUED = {"A140": dt.date(2024, 5, 31), "S230": dt.date(2023, 12, 31),
                "B350": dt.date(2024, 9, 30), "E460": dt.date(2025, 4, 14)}

LOCS = [  # id, abbr, name, city, st, open, close, seats, tax, base checks/day, delivery?
    (101, "AUS1", "Austin Downtown", "Austin", "TX", "2015-05-01", None, 140, 8.25, 3.2, True),
    (102, "AUS2", "Austin Domain", "Austin", "TX", "2019-09-12", None, 120, 8.25, 2.8, True),
    (103, "HOU1", "Houston Heights", "Houston", "TX", "2017-03-20", None, 160, 8.25, 3.0, True),
    (104, "DAL1", "Dallas Uptown", "Dallas", "TX", "2018-11-02", None, 150, 8.25, 2.9, True),
    (105, "TMP1", "Tempe Mill Ave", "Tempe", "AZ", "2016-06-15", "2024-09-30", 110, 8.1, 1.8, True),
    (106, "SCT1", "Scottsdale Old Town", "Scottsdale", "AZ", "2020-02-28", None, 130, 8.05, 2.6, True),
    (107, "DEN1", "Denver LoHi", "Denver", "CO", "2024-04-15", None, 125, 8.81, 2.4, True),
    (108, "BLD1", "Boulder Pearl St", "Boulder", "CO", "2025-02-03", None, 90, 8.85, 1.9, False),
]

FIRST = ["James", "Maria", "Tyler", "Ashley", "Jose", "Brittany", "Kevin", "Jessica", "Marcus",
         "Emily", "Luis", "Hannah", "Andre", "Megan", "Carlos", "Kayla", "Derek", "Sofia",
         "Brandon", "Alyssa", "Diego", "Lauren", "Trevor", "Priya", "Nathan", "Destiny", "Omar",
         "Rachel", "Caleb", "Vanessa", "Ethan", "Jasmine", "Wyatt", "Gabriela", "Cody", "Chloe",
         "Isaiah", "Morgan", "Javier", "Taylor", "Logan", "Bianca", "Austin", "Natalie", "Hector",
         "Shelby", "Devin", "Kiara", "Colton", "Paige"]
LAST = ["Garcia", "Nguyen", "Smith", "Johnson", "Martinez", "Brown", "Lopez", "Davis", "Hernandez",
        "Wilson", "Anderson", "Thomas", "Moore", "Jackson", "Lee", "Perez", "Thompson", "White",
        "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
        "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Reyes", "Cruz", "Patel", "Kim",
        "Ortiz", "Morales", "Reed", "Cook"]

VENDORS = [  # name, cat, cadence days, base amount dollars (purchases run ~30% of sales)
    ("Sysco Central", "FOOD", 7, 90), ("US Foods", "FOOD", 14, 70),
    ("Hill Country Meats", "FOOD", 7, 55), ("Farmhouse Produce Co", "FOOD", 7, 30),
    ("Republic National Dist", "LIQ", 14, 60), ("Ben E. Keith Beverages", "BEV", 14, 35),
    ("Coca-Cola Bottling", "BEV", 28, 30), ("Imperial Dade", "PAPER", 28, 30),
    ("Ecolab", "CLEAN", 28, 25),
]

RATE = {  # job -> state -> (lo, hi) hourly cents
    "SVR": {"TX": (213, 300), "AZ": (1100, 1250), "CO": (1100, 1250)},
    "BAR": {"TX": (300, 500), "AZ": (1150, 1350), "CO": (1150, 1350)},
    "HST": {"TX": (1200, 1500), "AZ": (1450, 1650), "CO": (1450, 1700)},
    "LC": {"TX": (1600, 2100), "AZ": (1700, 2200), "CO": (1800, 2300)},
    "MGR": {"TX": (2600, 3400), "AZ": (2700, 3500), "CO": (2800, 3600)},
}
SLOTS = {"SVR": 5, "BAR": 2, "HST": 2, "LC": 3, "MGR": 2}
TENURE = {"SVR": (150, 800), "BAR": (250, 1100), "HST": (90, 500), "LC": (200, 1000),
          "MGR": (600, 2000)}


def d(s):
    return dt.date.fromisoformat(s)


def ts(day, minutes):
    return (dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)).strftime(
        "%Y-%m-%d %H:%M:%S")


def thanksgiving(y):
    nov1 = dt.date(y, 11, 1)
    first_thu = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7)
    return first_thu + dt.timedelta(days=21)


def price_factor(day):
    if day >= dt.date(2025, 3, 1):
        return 1.07
    if day >= dt.date(2024, 3, 1):
        return 1.04
    return 1.0


def x9(cents):
    """round to a menu-ish price ending in 9 (or 49/99 for bigger items)."""
    c = int(round(cents / 10.0)) * 10 - 1
    return max(c, 99)


def poisson(lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= R.random()
        if p <= L:
            return k
        k += 1


def main():
    if os.path.exists(DB):
        os.remove(DB)
    con = sqlite3.connect(DB)
    con.executescript(DDL)
    cur = con.cursor()
    cur.executemany("INSERT INTO ref_chan VALUES (?,?,?)", CHANNELS)
    cur.executemany("INSERT INTO menu_cat VALUES (?,?,?,?)", CATS)
    cur.executemany("INSERT INTO loc VALUES (?,?,?,?,?,?,?,?,?)", [l[:9] for l in LOCS])
    final_price = {}
    for it in ITEMS:
        final_price[it[0]] = x9(it[3] * 1.07)
    cur.executemany("INSERT INTO menu_itm VALUES (?,?,?,?,?,?,?)",
                    [(i[0], i[1], i[2], final_price[i[0]], i[4], i[5], i[6]) for i in ITEMS])

    # ---- staff -------------------------------------------------------------------------------
    emps = []  # dicts
    emp_no = 1001
    used_names = set()
    for l in LOCS:
        lid, st, lopen, lclose = l[0], l[4], d(l[5]), (d(l[6]) if l[6] else None)
        first_day = max(lopen, dt.date(2021, 6, 1))
        for job, nslots in SLOTS.items():
            for _ in range(nslots):
                hire = first_day - dt.timedelta(days=R.randint(0, 400)) if lopen < dt.date(2022, 1, 1) \
                    else lopen - dt.timedelta(days=R.randint(7, 30))
                while True:
                    lo, hi = TENURE[job]
                    term = hire + dt.timedelta(days=R.randint(lo, hi))
                    if lclose and term >= lclose:
                        term = lclose
                    if term > END:
                        term = None
                    while True:
                        fn, ln = R.choice(FIRST), R.choice(LAST)
                        if (fn, ln) not in used_names:
                            used_names.add((fn, ln))
                            break
                    lo_r, hi_r = RATE[job][st]
                    rate = R.randint(lo_r, hi_r)
                    if job in ("SVR", "BAR") and st == "TX":
                        rate = 213 if R.random() < 0.7 else rate
                    emps.append(dict(emp_no=emp_no, loc_id=lid, first_nm=fn, last_nm=ln, job_cd=job,
                                     hire=hire, term=term, rate=rate))
                    emp_no += 1
                    if term is None or (lclose and term >= lclose):
                        break
                    hire = term + dt.timedelta(days=R.randint(5, 35))
                    if hire > END:
                        break
    cur.executemany("INSERT INTO emp VALUES (?,?,?,?,?,?,?,?)",
                    [(e["emp_no"], e["loc_id"], e["first_nm"], e["last_nm"], e["job_cd"],
                      e["hire"].isoformat(), e["term"].isoformat() if e["term"] else None, e["rate"])
                     for e in emps])
    by_loc_job = {}
    for e in emps:
        by_loc_job.setdefault((e["loc_id"], e["job_cd"]), []).append(e)

    def active(lid, job, day):
        return [e for e in by_loc_job.get((lid, job), [])
                if e["hire"] <= day and (e["term"] is None or e["term"] > day)]

    # ---- menu sampling -----------------------------------------------------------------------
    itm = {i[0]: i for i in ITEMS}

    def sellable(code, day):
        i = itm[code]
        if i[5] and day < d(i[5]):
            return False
        if code in DISCONTINUED and day > DISCONTINUED[code]:
            return False
        if i[8] and day.month not in i[8]:
            return False
        return True

    def pick(cats, day):
        pool = [i for i in ITEMS if i[2] in cats and sellable(i[0], day)]
        w = [i[7] for i in pool]
        return R.choices(pool, weights=w)[0]

    def unit_price(code, day):
        i = itm[code]
        return x9(i[3] * price_factor(day)) if price_factor(day) != 1.0 else i[3]

    # ---- checks, lines, shifts -------------------------------------------------------------
    chk_no = 500001
    hdrs, lines, shifts = [], [], []
    shift_id = 1
    dow_f = [0.85, 0.8, 0.9, 1.0, 1.35, 1.5, 1.2]   # Mon..Sun
    mon_f = {1: 0.85, 2: 0.9, 3: 1.0, 4: 1.0, 5: 1.05, 6: 1.1, 7: 1.05, 8: 1.0, 9: 0.95,
             10: 1.0, 11: 1.05, 12: 1.2}
    day = START
    while day <= END:
        closed_day = day == thanksgiving(day.year) or (day.month == 12 and day.day == 25)
        yrs = (day - START).days / 365.0
        for l in LOCS:
            lid, st, lopen, lclose, base, has_dl = l[0], l[4], d(l[5]), (d(l[6]) if l[6] else None), l[9], l[10]
            if closed_day or day < lopen or (lclose and day > lclose):
                continue
            ramp = 1.0
            if (day - lopen).days < 90:
                ramp = 0.7
            trend = 1.0 + 0.05 * yrs
            if lid == 105:
                trend = 1.0 - 0.12 * yrs     # Tempe declining before closure
            lam = 0.6 * base * dow_f[day.weekday()] * mon_f[day.month] * trend * ramp
            n = max(1, poisson(lam))
            servers = active(lid, "SVR", day) + active(lid, "BAR", day)
            if not servers:
                continue
            n_on = min(len(servers), 1 + (n > 3) + (n > 6))
            on_duty = R.sample(servers, n_on)
            day_chks = {e["emp_no"]: [] for e in on_duty}
            for _ in range(n):
                # channel
                dl_ok = has_dl and day >= dt.date(2023, 4, 1)
                r = R.random()
                dl_share = 0.06 + 0.04 * yrs if dl_ok else 0.0
                if r < dl_share:
                    chan = "DL"
                elif r < dl_share + 0.17:
                    chan = "TO"
                else:
                    chan = "DI"
                # time of day
                if R.random() < 0.42:
                    om = R.randint(11 * 60, 15 * 60 + 59)
                else:
                    om = R.randint(16 * 60, 22 * 60 + 30)
                if chan == "DI":
                    dur = R.randint(30, 105)
                else:
                    dur = R.randint(8, 30)
                server = R.choice(on_duty)
                # bartender checks skew to the bar (no kids, more alcohol)
                covers = None
                if chan == "DI":
                    covers = R.choices([1, 2, 3, 4, 5, 6, 7, 8, 10, 12],
                                       weights=[14, 38, 14, 18, 6, 5, 2, 1.5, 0.8, 0.4])[0]
                    if server["job_cd"] == "BAR":
                        covers = min(covers, 3)
                # lines
                ls = []
                if chan == "DI":
                    n_food = covers + (1 if R.random() < 0.45 else 0) + (1 if R.random() < 0.2 else 0)
                    food_cats = ["BRG", "ENT", "SAL", "APP", "KID", "SIDE"]
                    for _c in range(n_food):
                        cats = R.choices([["APP"], ["BRG"], ["ENT"], ["SAL"], ["KID"], ["SIDE"]],
                                         weights=[18, 30, 28, 10, 5, 9])[0]
                        ls.append(pick(cats, day))
                    for _c in range(covers):
                        if om >= 16 * 60 or R.random() < 0.4:
                            bc = R.choices([["NA"], ["BEER"], ["WINE"], ["CKTL"]],
                                           weights=[40, 25, 15, 20] if server["job_cd"] != "BAR" else [15, 35, 15, 35])[0]
                        else:
                            bc = ["NA"]
                        if R.random() < 0.85:
                            ls.append(pick(bc, day))
                    if R.random() < (0.3 if om >= 16 * 60 else 0.15):
                        ls.append(pick(["DSRT"], day))
                else:
                    k = R.choices([1, 2, 3, 4, 5], weights=[20, 35, 25, 12, 8])[0]
                    for _c in range(k):
                        cats = R.choices([["APP"], ["BRG"], ["ENT"], ["SAL"], ["KID"], ["SIDE"], ["NA"], ["DSRT"]],
                                         weights=[12, 30, 24, 8, 6, 10, 8, 4])[0]
                        ls.append(pick(cats, day))
                if not ls:
                    ls.append(pick(["BRG"], day))
                # merge duplicates into qty
                agg = {}
                for i in ls:
                    agg[i[0]] = agg.get(i[0], 0) + 1
                gross = comp = 0
                ln_rows = []
                for ln_no, (code, q) in enumerate(agg.items(), start=1):
                    up = unit_price(code, day)
                    stat = "V" if R.random() < 0.025 else "A"
                    cc, rsn = 0, None
                    if stat == "A" and R.random() < 0.018:
                        rsn = R.choices(["QUAL", "MGR", "BDAY", "WAIT"], weights=[40, 25, 20, 15])[0]
                        cc = up * q if rsn != "BDAY" or itm[code][2] == "DSRT" else up
                        if rsn == "BDAY" and itm[code][2] != "DSRT":
                            cc = up
                    if stat == "A":
                        gross += up * q
                        comp += cc
                    ln_rows.append((chk_no, ln_no, code, q, up, cc, rsn, stat))
                if gross - comp <= 0 and all(r_[7] == "V" for r_ in ln_rows):
                    # make sure at least one live line
                    r0 = ln_rows[0]
                    ln_rows[0] = r0[:7] + ("A",)
                    gross += r0[3] * r0[4]
                    comp += r0[5]
                disc = 0
                if R.random() < 0.05:
                    disc = int(round((gross - comp) * R.choice([0.1, 0.15, 0.2])))
                net = gross - comp - disc
                # status
                stat = "C"
                if R.random() < 0.012:
                    stat = "V"
                if day == END and om > 21 * 60 + 30 and R.random() < 0.9:
                    stat = "O"
                tax = int(round(net * l[8] / 100.0))
                # payment and tip
                if chan == "DL":
                    pay, tip = "3P", 0
                else:
                    pay = R.choices(["CC", "CA", "GC"], weights=[78, 17, 5])[0]
                    if pay == "CC":
                        pct = R.uniform(0.14, 0.24) if chan == "DI" else (R.uniform(0.0, 0.12) if R.random() < 0.45 else 0)
                        if chan == "DI" and R.random() < 0.03:
                            pct = 0
                        tip = int(round(net * pct))
                    elif pay == "GC":
                        tip = int(round(net * R.uniform(0.12, 0.2))) if chan == "DI" else 0
                    else:
                        tip = 0
                open_ts = ts(day, om)
                close_ts = ts(day, om + dur)
                if stat == "O":
                    close_ts, tip, pay = None, 0, None
                if stat == "V":
                    tip = 0
                hdrs.append((chk_no, lid, server["emp_no"], chan, open_ts, close_ts, covers,
                             gross, comp, disc, tax, tip, pay, stat))
                lines.extend(ln_rows)
                day_chks[server["emp_no"]].append((om, om + dur))
                chk_no += 1
            # shifts: the time clock holds front-of-house (server/bartender) shifts
            for e in on_duty:
                spans = day_chks[e["emp_no"]]
                if spans:
                    cin = min(s[0] for s in spans) - R.randint(20, 60)
                    cout = max(s[1] for s in spans) + R.randint(15, 45)
                else:
                    cin = R.choice([10 * 60 + 30, 16 * 60])
                    cout = cin + R.randint(300, 420)
                shifts.append((e["emp_no"], lid, day.isoformat(), ts(day, cin), ts(day, cout),
                               30 if cout - cin > 360 else 0))
        day += dt.timedelta(days=1)

    cur.executemany("INSERT INTO chk_hdr VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", hdrs)
    cur.executemany("INSERT INTO chk_ln VALUES (?,?,?,?,?,?,?,?)", lines)
    cur.executemany("INSERT INTO emp_shift (emp_no, loc_id, bus_dt, clk_in_ts, clk_out_ts, brk_min)"
                    " VALUES (?,?,?,?,?,?)", shifts)

    # ---- supplier invoices ------------------------------------------------------------------
    invs = []
    seq = 10001
    for l in LOCS:
        lid, lopen, lclose = l[0], d(l[5]), (d(l[6]) if l[6] else None)
        scale = l[9] / 2.8
        for vn, cat, cad, base in VENDORS:
            if lid == 108 and vn == "US Foods":
                continue
            day = max(START, lopen - dt.timedelta(days=10)) + dt.timedelta(days=R.randint(0, cad - 1))
            while day <= END and (lclose is None or day <= lclose):
                amt = int(base * scale * R.uniform(0.7, 1.3) * (1 + 0.04 * (day.year - 2023)) * 100)
                terms = 30 if cat in ("FOOD", "PAPER", "CLEAN") else 15
                due = day + dt.timedelta(days=terms)
                if R.random() < 0.01:
                    stat, paid = "X", None
                elif due > END - dt.timedelta(days=R.randint(0, 20)):
                    stat, paid = "O", None
                else:
                    stat, paid = "P", (due - dt.timedelta(days=R.randint(-6, 10))).isoformat()
                invs.append((f"{l[1]}-{seq}", lid, vn, cat, day.isoformat(), due.isoformat(), amt,
                             paid, stat))
                seq += 1
                day += dt.timedelta(days=cad + R.choice([-1, 0, 0, 0, 1]))
    cur.executemany("INSERT INTO vnd_inv VALUES (?,?,?,?,?,?,?,?,?)", invs)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad[:5]
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        print(t, con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
    con.close()


if __name__ == "__main__":
    main()
