#!/usr/bin/env python3
"""Build edu.sqlite (beside this script): a legacy-style online course marketplace."""
import os, random, sqlite3
from datetime import date, datetime, timedelta

random.seed(3417)
DB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "edu.sqlite")
if os.path.exists(DB):
    os.remove(DB)
con = sqlite3.connect(DB)
con.execute("PRAGMA foreign_keys = ON")
con.executescript("""
CREATE TABLE ref_ctry (
  ctry_cd   TEXT PRIMARY KEY,          -- ISO-2
  ctry_nm   TEXT NOT NULL,
  rgn_nm    TEXT NOT NULL,
  curr_cd   TEXT
);
CREATE TABLE ref_lvl (
  lvl_cd    TEXT PRIMARY KEY,          -- BEG/INT/ADV/ALL
  lvl_nm    TEXT NOT NULL,
  sort_ord  INTEGER NOT NULL
);
CREATE TABLE crs_cat (
  cat_id    INTEGER PRIMARY KEY,
  cat_nm    TEXT NOT NULL,
  cat_slug  TEXT NOT NULL UNIQUE,
  actv_flg  TEXT NOT NULL DEFAULT 'Y'
);
CREATE TABLE instr (
  instr_id     INTEGER PRIMARY KEY,
  instr_nm     TEXT NOT NULL,
  email_addr   TEXT,
  ctry_cd      TEXT REFERENCES ref_ctry(ctry_cd),
  joined_on    TEXT NOT NULL,          -- ISO date
  rev_shr_pct  INTEGER NOT NULL,       -- instructor share of net revenue, percent
  stat_cd      TEXT NOT NULL           -- A active, S suspended, X closed
);
CREATE TABLE crs (
  crs_cd       TEXT PRIMARY KEY,       -- e.g. C10023
  crs_ttl      TEXT NOT NULL,
  instr_id     INTEGER NOT NULL REFERENCES instr(instr_id),
  cat_id       INTEGER NOT NULL REFERENCES crs_cat(cat_id),
  lvl_cd       TEXT NOT NULL REFERENCES ref_lvl(lvl_cd),
  list_prc_usd REAL NOT NULL,
  pub_dt       TEXT,                   -- NULL while draft
  crs_stat     TEXT NOT NULL,          -- PUB, DRFT, RETD
  lsn_cnt      INTEGER,
  dur_min      INTEGER,
  lang_cd      TEXT
);
CREATE TABLE lrnr (
  lrnr_id      INTEGER PRIMARY KEY,
  lrnr_nm      TEXT NOT NULL,
  email_addr   TEXT,
  ctry_cd      TEXT REFERENCES ref_ctry(ctry_cd),   -- NULL = unknown
  signup_dt    TEXT NOT NULL,
  actv_flg     TEXT NOT NULL,          -- Y/N account open
  mktg_optin   INTEGER NOT NULL        -- 0/1
);
CREATE TABLE enrl (
  enrl_id        INTEGER PRIMARY KEY,
  lrnr_id        INTEGER NOT NULL REFERENCES lrnr(lrnr_id),
  crs_cd         TEXT NOT NULL REFERENCES crs(crs_cd),
  enrl_ts        TEXT NOT NULL,        -- ISO 'YYYY-MM-DD HH:MM:SS' UTC
  lst_prc_cents  INTEGER NOT NULL,     -- list price at time of enrolment
  paid_cents     INTEGER NOT NULL,     -- price actually paid
  cpn_cd         TEXT,                 -- coupon code, NULL = none
  enrl_stat      TEXT NOT NULL,        -- ACTV, CMPL, RFND
  cmpl_on        TEXT,                 -- completion date
  prog_pct       INTEGER NOT NULL
);
CREATE TABLE pay_txn (
  txn_id       INTEGER PRIMARY KEY,
  enrl_id      INTEGER NOT NULL REFERENCES enrl(enrl_id),
  txn_ts       TEXT NOT NULL,
  txn_typ      TEXT NOT NULL,          -- CHRG, RFND
  amt_cents    INTEGER NOT NULL,       -- always positive
  pay_mthd     TEXT NOT NULL,          -- CARD, PYPL, APPL, GPAY
  rfnd_rsn_cd  TEXT                    -- only for RFND
);
CREATE TABLE crs_rvw (
  rvw_id     INTEGER PRIMARY KEY,
  enrl_id    INTEGER NOT NULL REFERENCES enrl(enrl_id),
  crs_cd     TEXT NOT NULL REFERENCES crs(crs_cd),
  lrnr_id    INTEGER NOT NULL REFERENCES lrnr(lrnr_id),
  rtg        INTEGER NOT NULL CHECK (rtg BETWEEN 1 AND 5),
  rvw_ts     TEXT NOT NULL,
  rvw_txt    TEXT
);
CREATE INDEX ix_enrl_crs ON enrl(crs_cd);
CREATE INDEX ix_enrl_lrnr ON enrl(lrnr_id);
CREATE INDEX ix_enrl_ts ON enrl(enrl_ts);
CREATE INDEX ix_txn_enrl ON pay_txn(enrl_id);
CREATE INDEX ix_rvw_crs ON crs_rvw(crs_cd);
""")

START = date(2023, 1, 1)
END = date(2025, 11, 30)

def rand_date(a, b):
    return a + timedelta(days=random.randint(0, (b - a).days))

def ts(d):
    return datetime(d.year, d.month, d.day, random.randint(0, 23), random.randint(0, 59),
                    random.randint(0, 59)).strftime("%Y-%m-%d %H:%M:%S")

# ---- lookups
ctry = [("US", "United States", "North America", "USD", 30), ("CA", "Canada", "North America", "CAD", 6),
        ("GB", "United Kingdom", "Europe", "GBP", 9), ("DE", "Germany", "Europe", "EUR", 7),
        ("FR", "France", "Europe", "EUR", 5), ("ES", "Spain", "Europe", "EUR", 4),
        ("NL", "Netherlands", "Europe", "EUR", 2), ("PL", "Poland", "Europe", "PLN", 2),
        ("IN", "India", "Asia Pacific", "INR", 14), ("AU", "Australia", "Asia Pacific", "AUD", 4),
        ("JP", "Japan", "Asia Pacific", "JPY", 3), ("SG", "Singapore", "Asia Pacific", "SGD", 1),
        ("BR", "Brazil", "Latin America", "BRL", 6), ("MX", "Mexico", "Latin America", "MXN", 3),
        ("NG", "Nigeria", "Middle East & Africa", "NGN", 2), ("ZA", "South Africa", "Middle East & Africa", "ZAR", 1),
        ("AE", "United Arab Emirates", "Middle East & Africa", "AED", 1), ("NZ", "New Zealand", "Asia Pacific", "NZD", 0)]
con.executemany("INSERT INTO ref_ctry VALUES (?,?,?,?)", [c[:4] for c in ctry])
ctry_codes = [c[0] for c in ctry if c[4] > 0]
ctry_w = [c[4] for c in ctry if c[4] > 0]

lvls = [("BEG", "Beginner", 1), ("INT", "Intermediate", 2), ("ADV", "Advanced", 3), ("ALL", "All Levels", 4)]
con.executemany("INSERT INTO ref_lvl VALUES (?,?,?)", lvls)

cats = [(1, "Web Development", "web-dev", "Y"), (2, "Data Science", "data-sci", "Y"),
        (3, "Business", "business", "Y"), (4, "Design", "design", "Y"),
        (5, "Marketing", "marketing", "Y"), (6, "Photography", "photo", "Y"),
        (7, "Music", "music", "Y"), (8, "Personal Development", "personal-dev", "Y"),
        (9, "IT & Cloud", "it-cloud", "Y"), (10, "Finance & Accounting", "finance", "Y"),
        (11, "Lifestyle", "lifestyle", "N")]
con.executemany("INSERT INTO crs_cat VALUES (?,?,?,?)", cats)
cat_pop = {1: 10, 2: 9, 3: 6, 4: 5, 5: 5, 6: 3, 7: 3, 8: 4, 9: 7, 10: 4, 11: 1}
cat_refund = {1: .05, 2: .05, 3: .07, 4: .06, 5: .09, 6: .08, 7: .07, 8: .11, 9: .04, 10: .06, 11: .12}

topics = {
    1: ["React", "JavaScript", "Node.js", "CSS Grid", "TypeScript", "Vue", "Django", "HTML5", "Next.js", "Svelte"],
    2: ["Python for Data Analysis", "Machine Learning", "Pandas", "Deep Learning", "SQL for Analysts", "Statistics", "Tableau", "R Programming", "NLP", "Power BI"],
    3: ["Project Management", "Product Management", "Negotiation", "Business Strategy", "Startup Fundamentals", "Agile & Scrum", "Excel for Business", "Sales"],
    4: ["Figma", "UX Research", "Illustrator", "Photoshop", "Logo Design", "UI Design", "Blender 3D", "Typography"],
    5: ["SEO", "Google Ads", "Social Media Marketing", "Email Marketing", "Content Writing", "Copywriting", "Facebook Ads", "Growth Hacking"],
    6: ["Lightroom", "Portrait Photography", "Street Photography", "Drone Photography", "Smartphone Photography"],
    7: ["Guitar", "Piano", "Music Production", "Ableton Live", "Music Theory", "Singing"],
    8: ["Productivity", "Public Speaking", "Mindfulness", "Leadership", "Time Management", "Memory Techniques"],
    9: ["AWS Solutions Architect", "Docker", "Kubernetes", "Linux Administration", "Azure Fundamentals", "CompTIA Security+", "Terraform", "Networking"],
    10: ["Accounting Basics", "Financial Modeling", "Investing", "Crypto Trading", "Personal Finance", "QuickBooks"],
    11: ["Cooking", "Yoga", "Home Gardening", "Travel Hacking"],
}
forms = ["{t} Bootcamp", "The Complete {t} Course", "{t} for Beginners", "Mastering {t}", "{t} Masterclass",
         "Practical {t}", "{t}: Zero to Hero", "{t} in 30 Days", "Advanced {t}", "{t} Essentials"]

first = ["James", "Mary", "Wei", "Priya", "Carlos", "Sofia", "Ahmed", "Olga", "Liam", "Emma", "Noah", "Ava",
         "Yuki", "Hans", "Chloe", "Raj", "Ana", "Lucas", "Fatima", "Kenji", "Mateo", "Isla", "Omar", "Grace",
         "Ivan", "Nora", "Ethan", "Zara", "Leo", "Mia", "Arjun", "Elena", "Tom", "Sara", "Diego", "Hannah",
         "Kwame", "Aisha", "Pierre", "Julia", "Daniel", "Lena", "Marco", "Ines", "Sam", "Rosa", "Felix", "Amara"]
last = ["Smith", "Garcia", "Chen", "Patel", "Muller", "Rossi", "Kim", "Nowak", "Silva", "Brown", "Tanaka",
        "Dubois", "Singh", "Lopez", "Wilson", "Okafor", "Johnson", "Schmidt", "Kowalski", "Nguyen", "Martin",
        "Ali", "Costa", "Taylor", "Sato", "Fischer", "Moreau", "Reyes", "Clarke", "Hughes", "Novak", "Das",
        "Jensen", "Ortiz", "Byrne", "Adeyemi", "Larsen", "Romero", "Walsh", "Kaur"]

def person():
    return f"{random.choice(first)} {random.choice(last)}"

# ---- instructors
N_INSTR = 70
instr_rows, used = [], set()
for i in range(1, N_INSTR + 1):
    nm = person()
    while nm in used:
        nm = person()
    used.add(nm)
    st = random.choices(["A", "S", "X"], [90, 5, 5])[0]
    instr_rows.append((i, nm, nm.lower().replace(" ", ".") + "@instr.example.com",
                       random.choices(ctry_codes, ctry_w)[0],
                       rand_date(date(2021, 3, 1), date(2025, 6, 30)).isoformat(),
                       random.choice([50, 50, 50, 60, 70, 37]), st))
con.executemany("INSERT INTO instr VALUES (?,?,?,?,?,?,?)", instr_rows)
instr_join = {r[0]: date.fromisoformat(r[4]) for r in instr_rows}
instr_quality = {r[0]: random.gauss(0, 0.45) for r in instr_rows}
instr_fame = {r[0]: random.lognormvariate(0, 0.8) for r in instr_rows}
# each instructor focuses on 1-2 categories
instr_cats = {r[0]: random.sample(range(1, 12), random.choice([1, 1, 2])) for r in instr_rows}

# ---- courses
prices = [19.99, 24.99, 29.99, 49.99, 59.99, 79.99, 89.99, 99.99, 129.99, 149.99, 199.99]
lvl_price = {"BEG": [19.99, 24.99, 29.99, 49.99, 59.99], "INT": [49.99, 59.99, 79.99, 89.99, 99.99],
             "ADV": [89.99, 99.99, 129.99, 149.99, 199.99], "ALL": [29.99, 49.99, 79.99, 99.99, 129.99]}
crs_rows, titles = [], set()
N_CRS = 260
for k in range(N_CRS):
    iid = random.randint(1, N_INSTR)
    cat = random.choice(instr_cats[iid])
    lvl = random.choices(["BEG", "INT", "ADV", "ALL"], [35, 30, 15, 20])[0]
    t = random.choice(topics[cat])
    ttl = random.choice(forms).format(t=t)
    tries = 0
    while ttl in titles:
        t = random.choice(topics[cat]); ttl = random.choice(forms).format(t=t); tries += 1
        if tries > 30:
            ttl = ttl + f" ({random.choice(['2024', '2025', 'Updated', 'Hands-On', 'Part 2'])})"
    titles.add(ttl)
    stat = random.choices(["PUB", "DRFT", "RETD"], [85, 7, 8])[0]
    if cat == 11:
        stat = random.choice(["PUB", "RETD"])
    lo = max(instr_join[iid], date(2022, 6, 1))
    pub = None if stat == "DRFT" else rand_date(lo, date(2025, 9, 30))
    lsn = random.randint(12, 180)
    crs_rows.append((f"C{10001 + k}", ttl, iid, cat, lvl, random.choice(lvl_price[lvl]),
                     pub.isoformat() if pub else None, stat, lsn, lsn * random.randint(6, 14),
                     random.choices(["en", "es", "de", "pt", "fr"], [80, 8, 5, 4, 3])[0]))
con.executemany("INSERT INTO crs VALUES (?,?,?,?,?,?,?,?,?,?,?)", crs_rows)
crs = {r[0]: r for r in crs_rows}
crs_weight = {}
crs_quality = {}
crs_retire = {}
for r in crs_rows:
    if r[7] == "DRFT":
        continue
    crs_weight[r[0]] = cat_pop[r[3]] * instr_fame[r[2]] * random.lognormvariate(0, 0.7)
    crs_quality[r[0]] = instr_quality[r[2]] + random.gauss(0, 0.3)
    if r[7] == "RETD":
        p = date.fromisoformat(r[6])
        crs_retire[r[0]] = p + timedelta(days=random.randint(60, 500))

# ---- learners (growth over time)
N_LRNR = 4200
days_total = (END - START).days
lrnr_rows = []
for i in range(1, N_LRNR + 1):
    # skew signups toward later dates (growth)
    x = random.random() ** 0.9
    sd = START + timedelta(days=int(x * days_total))
    nm = person()
    cc = random.choices(ctry_codes, ctry_w)[0] if random.random() > 0.03 else None
    lrnr_rows.append((i, nm, f"{nm.lower().replace(' ', '.')}{i}@mail.example.com", cc, sd.isoformat(),
                      "Y" if random.random() > 0.06 else "N", 1 if random.random() < 0.42 else 0))
con.executemany("INSERT INTO lrnr VALUES (?,?,?,?,?,?,?)", lrnr_rows)

# ---- enrolments
coupons = [(None, 0.0, 58), ("WELCOME10", 0.10, 10), ("SPRING25", 0.25, 6), ("SUMMER20", 0.20, 6),
           ("INSTR50", 0.50, 9), ("FLASH30", 0.30, 6), ("FREE100", 1.00, 2)]

def pick_coupon(d):
    if d.month == 11 and d.day >= 20:
        if random.random() < 0.65:
            return "BLACKFRI", 0.60
    opts = [c for c in coupons if not (c[0] == "SPRING25" and d.month not in (3, 4, 5))
            and not (c[0] == "SUMMER20" and d.month not in (6, 7, 8))]
    c = random.choices(opts, [o[2] for o in opts])[0]
    return c[0], c[1]

enrl_rows, txn_rows, rvw_rows = [], [], []
eid = tid = rid = 0
crs_list = list(crs_weight)
season = {1: 1.35, 2: 1.05, 3: 1.0, 4: 0.95, 5: 0.9, 6: 0.85, 7: 0.85, 8: 0.95, 9: 1.15, 10: 1.05, 11: 1.3, 12: 0.9}
rv_words = {1: ["Waste of money.", "Outdated content.", "Not what was advertised."],
            2: ["Too basic.", "Audio quality is poor.", "Instructor rushes through."],
            3: ["Okay overall.", "Some good parts.", "Decent but long."],
            4: ["Very useful.", "Good examples.", "Clear explanations."],
            5: ["Excellent course!", "Best course I have taken.", "Highly recommended."]}
for l in lrnr_rows:
    lid, sd = l[0], date.fromisoformat(l[4])
    n = random.choices([0, 1, 2, 3, 4, 5, 7, 10], [12, 35, 20, 12, 8, 6, 4, 3])[0]
    taken = set()
    for _ in range(n):
        # enrolment date after signup, first one usually soon
        span = (END - sd).days
        if span < 0:
            continue
        if not taken:
            d = sd + timedelta(days=min(span, int(random.expovariate(1 / 5))))
        else:
            d = sd + timedelta(days=random.randint(0, span))
        if random.random() > season[d.month] / 1.35:
            d = sd + timedelta(days=random.randint(0, span))
        avail = [c for c in crs_list if crs[c][6] <= d.isoformat()
                 and (c not in crs_retire or crs_retire[c] > d) and c not in taken]
        if not avail:
            continue
        c = random.choices(avail, [crs_weight[a] for a in avail])[0]
        taken.add(c)
        eid += 1
        lst = int(round(crs[c][5] * 100))
        code, disc = pick_coupon(d)
        paid = int(round(lst * (1 - disc)))
        # price paid is never an odd cent beyond .99 style
        e_ts = ts(d)
        stat, cmpl, prog = "ACTV", None, random.randint(0, 95)
        refunded = False
        if paid > 0 and random.random() < cat_refund[crs[c][3]] * (1.6 if crs_quality[c] < -0.4 else 1.0):
            rd = d + timedelta(days=random.randint(0, 29))
            if rd <= END:
                refunded = True
        if refunded:
            stat, prog = "RFND", random.randint(0, 30)
        else:
            age = (END - d).days
            if random.random() < min(0.55, age / 365 * 0.6) * (1 + crs_quality[c] * 0.3):
                cd = d + timedelta(days=random.randint(5, max(6, min(age, 300))))
                if cd <= END:
                    stat, cmpl, prog = "CMPL", cd.isoformat(), 100
        enrl_rows.append((eid, lid, c, e_ts, lst, paid, code, stat, cmpl, prog))
        mthd = random.choices(["CARD", "PYPL", "APPL", "GPAY"], [60, 22, 12, 6])[0]
        if paid > 0:
            tid += 1
            txn_rows.append((tid, eid, e_ts, "CHRG", paid, mthd, None))
            if refunded:
                tid += 1
                txn_rows.append((tid, eid, ts(rd), "RFND", paid, mthd,
                                 random.choices(["NOTMATCH", "QUALITY", "ACCIDENTAL", "TECH", "OTHER"],
                                                [35, 25, 15, 10, 15])[0]))
        # reviews
        if not refunded and random.random() < (0.55 if stat == "CMPL" else 0.22):
            base = 4.1 + crs_quality[c] + random.gauss(0, 0.9)
            r = max(1, min(5, int(round(base))))
            rdt = d + timedelta(days=random.randint(1, 120))
            if stat == "CMPL":
                rdt = max(rdt, date.fromisoformat(cmpl))
            if rdt <= END:
                rid += 1
                txt = random.choice(rv_words[r]) if random.random() < 0.7 else None
                rvw_rows.append((rid, eid, c, lid, r, ts(rdt), txt))

# sort enrolments chronologically and renumber ids so ids follow time, like a real system
order = sorted(range(len(enrl_rows)), key=lambda i: enrl_rows[i][3])
remap = {enrl_rows[i][0]: n + 1 for n, i in enumerate(order)}
enrl_rows = [(remap[r[0]],) + r[1:] for r in (enrl_rows[i] for i in order)]
txn_rows = sorted([(0, remap[t[1]]) + t[2:] for t in txn_rows], key=lambda t: (t[2], t[1]))
txn_rows = [(n + 1,) + t[1:] for n, t in enumerate(txn_rows)]
rvw_rows = sorted([(0, remap[r[1]]) + r[2:] for r in rvw_rows], key=lambda r: r[5])
rvw_rows = [(n + 1,) + r[1:] for n, r in enumerate(rvw_rows)]

con.executemany("INSERT INTO enrl VALUES (?,?,?,?,?,?,?,?,?,?)", enrl_rows)
con.executemany("INSERT INTO pay_txn VALUES (?,?,?,?,?,?,?)", txn_rows)
con.executemany("INSERT INTO crs_rvw VALUES (?,?,?,?,?,?,?)", rvw_rows)
con.commit()
bad = con.execute("PRAGMA foreign_key_check").fetchall()
assert not bad, bad
for t in ["ref_ctry", "ref_lvl", "crs_cat", "instr", "crs", "lrnr", "enrl", "pay_txn", "crs_rvw"]:
    print(t, con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
con.close()
