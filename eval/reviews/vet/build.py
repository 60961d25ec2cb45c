#!/usr/bin/env python3
"""Build vet.sqlite: a legacy-style practice-management extract for a chain of
veterinary clinics.  Deterministic (fixed seed).  Data extract date: 2025-10-15;
only appointments still to come (status SCH) lie after it."""
import os
import random
import sqlite3
from datetime import date, datetime, timedelta

SEED = 20251015
EXTRACT_DT = date(2025, 10, 15)
START_DT = date(2023, 1, 1)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vet.sqlite")

rnd = random.Random(SEED)

DDL = """
PRAGMA foreign_keys = ON;

CREATE TABLE lk_species (
    species_cd    TEXT PRIMARY KEY,          -- CAN, FEL, AVI, LAG, REP, EXO
    species_desc  TEXT NOT NULL
);

CREATE TABLE clinic (
    clin_id       INTEGER PRIMARY KEY,
    clin_nm       TEXT NOT NULL,
    addr_line1    TEXT,
    city          TEXT NOT NULL,
    st_cd         TEXT NOT NULL,             -- two-letter state code
    zip_cd        TEXT,
    opened_on     TEXT NOT NULL,             -- ISO date
    er_24hr_flg   TEXT NOT NULL DEFAULT 'N'  -- 'Y' = 24-hour emergency hospital
);

CREATE TABLE vet (
    vet_no        INTEGER PRIMARY KEY,
    clin_id       INTEGER NOT NULL REFERENCES clinic(clin_id),
    frst_nm       TEXT NOT NULL,
    last_nm       TEXT NOT NULL,
    role_cd       TEXT NOT NULL,             -- DVM veterinarian, LVT technician, CSR front desk
    hire_dt       TEXT NOT NULL,
    term_dt       TEXT                       -- NULL while employed
);

CREATE TABLE client (
    cli_id        INTEGER PRIMARY KEY,
    frst_nm       TEXT NOT NULL,
    last_nm       TEXT NOT NULL,
    email_addr    TEXT,
    phone_no      TEXT,
    city          TEXT,
    st_cd         TEXT,
    home_clin_id  INTEGER REFERENCES clinic(clin_id),
    created_dt    TEXT NOT NULL,
    mktg_optin_yn TEXT NOT NULL DEFAULT 'N'
);

CREATE TABLE patient (
    pt_id         INTEGER PRIMARY KEY,
    cli_id        INTEGER NOT NULL REFERENCES client(cli_id),
    pt_nm         TEXT NOT NULL,
    species_cd    TEXT NOT NULL REFERENCES lk_species(species_cd),
    breed_desc    TEXT,
    sex_cd        TEXT,                      -- M, F, MN (neutered), FS (spayed), U
    birth_dt      TEXT,
    wt_kg         REAL,
    deceased_on   TEXT                       -- NULL while alive
);

CREATE TABLE svc_cat (
    svc_cd            TEXT PRIMARY KEY,
    svc_desc          TEXT NOT NULL,
    svc_cls           TEXT NOT NULL,         -- SVC service, PRD product
    catg_cd           TEXT NOT NULL,         -- EXAM VACC SURG DENT LAB IMG RX FOOD RETL
    list_price_cents  INTEGER NOT NULL,
    taxable_yn        TEXT NOT NULL DEFAULT 'N',
    active_yn         TEXT NOT NULL DEFAULT 'Y'
);

CREATE TABLE appt (
    appt_id       INTEGER PRIMARY KEY,
    clin_id       INTEGER NOT NULL REFERENCES clinic(clin_id),
    pt_id         INTEGER NOT NULL REFERENCES patient(pt_id),
    vet_no        INTEGER REFERENCES vet(vet_no),
    visit_typ_cd  TEXT NOT NULL,             -- WELL SICK VACC SURG DENT EMER RECHK
    booked_ts     TEXT NOT NULL,
    appt_ts       TEXT NOT NULL,             -- scheduled start
    checkin_ts    TEXT,                      -- NULL unless the patient arrived
    checkout_ts   TEXT,
    status_cd     TEXT NOT NULL              -- CMP completed, NS no-show, CX cancelled, SCH still to come
);

CREATE TABLE inv_line (
    inv_line_id       INTEGER PRIMARY KEY,
    appt_id           INTEGER NOT NULL REFERENCES appt(appt_id),
    line_no           INTEGER NOT NULL,
    svc_cd            TEXT NOT NULL REFERENCES svc_cat(svc_cd),
    qty               REAL NOT NULL,
    unit_price_cents  INTEGER NOT NULL,
    disc_cents        INTEGER NOT NULL DEFAULT 0,
    line_amt_cents    INTEGER NOT NULL,      -- qty * unit price - discount
    posted_dt         TEXT NOT NULL,
    void_yn           TEXT NOT NULL DEFAULT 'N'
);

CREATE TABLE vacc (
    vacc_id       INTEGER PRIMARY KEY,
    pt_id         INTEGER NOT NULL REFERENCES patient(pt_id),
    appt_id       INTEGER REFERENCES appt(appt_id),
    svc_cd        TEXT NOT NULL REFERENCES svc_cat(svc_cd),
    vet_no        INTEGER REFERENCES vet(vet_no),
    given_on      TEXT NOT NULL,
    due_on        TEXT,                      -- booster due
    lot_no        TEXT
);

CREATE INDEX ix_appt_pt ON appt(pt_id);
CREATE INDEX ix_appt_clin ON appt(clin_id, appt_ts);
CREATE INDEX ix_inv_appt ON inv_line(appt_id);
CREATE INDEX ix_pt_cli ON patient(cli_id);
"""

SPECIES = [("CAN", "Canine"), ("FEL", "Feline"), ("AVI", "Avian"),
           ("LAG", "Lagomorph (rabbit)"), ("REP", "Reptile"), ("EXO", "Other exotic")]
SPECIES_W = {"CAN": 54, "FEL": 35, "AVI": 3, "LAG": 4, "REP": 3, "EXO": 1}
BREEDS = {
    "CAN": ["Labrador Retriever", "Golden Retriever", "German Shepherd", "French Bulldog",
            "Beagle", "Dachshund", "Poodle (Standard)", "Chihuahua", "Boxer", "Border Collie",
            "Australian Shepherd", "Shih Tzu", "Pit Bull Terrier", "Mixed Breed", "Mixed Breed",
            "Yorkshire Terrier", "Cavalier King Charles"],
    "FEL": ["Domestic Shorthair", "Domestic Shorthair", "Domestic Longhair", "Maine Coon",
            "Siamese", "Ragdoll", "Bengal", "Persian", "British Shorthair", "Sphynx"],
    "AVI": ["Cockatiel", "Budgerigar", "African Grey", "Conure", "Lovebird"],
    "LAG": ["Holland Lop", "Netherland Dwarf", "Mini Rex", "Lionhead"],
    "REP": ["Bearded Dragon", "Leopard Gecko", "Ball Python", "Red-eared Slider"],
    "EXO": ["Ferret", "Guinea Pig", "Chinchilla", "Hedgehog"],
}
WT = {"CAN": (3, 45), "FEL": (2.5, 8), "AVI": (0.03, 0.6), "LAG": (1, 3),
      "REP": (0.05, 2.5), "EXO": (0.4, 1.6)}

CLINICS = [
    # id, name, addr, city, st, zip, opened, 24hr
    (101, "Cedar Park Animal Hospital", "1410 E Whitestone Blvd", "Cedar Park", "TX", "78613", "2011-04-01", "N"),
    (102, "Round Rock Pet Clinic", "201 Sundance Pkwy", "Round Rock", "TX", "78681", "2014-09-15", "N"),
    (103, "Austin Emergency & Specialty", "4434 Frontier Trl", "Austin", "TX", "78745", "2016-02-01", "Y"),
    (104, "Tempe Family Vet", "920 S Mill Ave", "Tempe", "AZ", "85281", "2018-06-01", "N"),
    (105, "Scottsdale Paws", "7301 E Camelback Rd", "Scottsdale", "AZ", "85251", "2019-03-11", "N"),
    (106, "Boulder Creek Veterinary", "2525 Arapahoe Ave", "Boulder", "CO", "80302", "2020-08-03", "N"),
    (107, "Aurora Animal Care", "15200 E 6th Ave", "Aurora", "CO", "80011", "2021-11-01", "N"),
    (108, "Santa Fe Vet Center", "1600 St Michaels Dr", "Santa Fe", "NM", "87505", "2024-03-04", "N"),
]
CLIN_SIZE = {101: 5, 102: 4, 103: 6, 104: 4, 105: 3, 106: 4, 107: 3, 108: 2}   # DVM head-count
CLIN_WEIGHT = {101: 1.2, 102: 1.0, 103: 1.3, 104: 1.0, 105: 0.8, 106: 1.0, 107: 0.7, 108: 0.5}
CITIES = {
    "TX": ["Cedar Park", "Round Rock", "Austin", "Leander", "Pflugerville", "Georgetown"],
    "AZ": ["Tempe", "Scottsdale", "Mesa", "Chandler", "Phoenix"],
    "CO": ["Boulder", "Aurora", "Denver", "Louisville", "Lakewood"],
    "NM": ["Santa Fe", "Los Alamos", "Espanola"],
}
FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
         "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty",
         "Mark", "Sandra", "Luis", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew",
         "Donna", "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda", "Maria", "Melissa",
         "Jose", "Deborah", "Priya", "Stephanie", "Wei", "Rebecca", "Tyler", "Laura", "Aaron",
         "Hannah", "Diego", "Olivia", "Noah", "Emma", "Ethan", "Sofia"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
        "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
        "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
        "Roberts", "Patel", "Chen", "Kowalski", "O'Brien", "Yazzie", "Begay", "Schmidt"]
PET_NM = ["Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo", "Bailey",
          "Rocky", "Sadie", "Buddy", "Molly", "Bear", "Stella", "Tucker", "Zoe", "Duke",
          "Chloe", "Oliver", "Leo", "Nala", "Simba", "Kitty", "Tiger", "Shadow", "Pepper",
          "Gizmo", "Mochi", "Biscuit", "Ziggy", "Rosie", "Penny", "Loki", "Winston", "Maple",
          "Oreo", "Coco", "Ginger", "Jack", "Remy", "Hazel", "Kiwi", "Sunny", "Peanut",
          "Thor", "Willow", "Scout", "Bandit", "Juniper", "Pickles", "Noodle", "Apollo"]

# svc_cd, desc, cls, catg, list cents, taxable
SVCS = [
    ("EXWEL", "Wellness exam", "SVC", "EXAM", 6500, "N"),
    ("EXSIK", "Problem / sick exam", "SVC", "EXAM", 7800, "N"),
    ("EXRCK", "Recheck exam", "SVC", "EXAM", 4200, "N"),
    ("EXEMR", "Emergency exam", "SVC", "EXAM", 15500, "N"),
    ("EXEXO", "Exotic animal exam", "SVC", "EXAM", 8900, "N"),
    ("VRAB1", "Rabies vaccine 1yr", "SVC", "VACC", 2800, "N"),
    ("VRAB3", "Rabies vaccine 3yr", "SVC", "VACC", 3600, "N"),
    ("VDHPP", "DHPP vaccine (canine)", "SVC", "VACC", 3400, "N"),
    ("VBORD", "Bordetella vaccine", "SVC", "VACC", 2900, "N"),
    ("VLEPT", "Leptospirosis vaccine", "SVC", "VACC", 3100, "N"),
    ("VFVRC", "FVRCP vaccine (feline)", "SVC", "VACC", 3200, "N"),
    ("VFELV", "FeLV vaccine (feline)", "SVC", "VACC", 3500, "N"),
    ("SSPAY", "Spay (ovariohysterectomy)", "SVC", "SURG", 42500, "N"),
    ("SNEUT", "Neuter (castration)", "SVC", "SURG", 31000, "N"),
    ("SMASS", "Mass removal", "SVC", "SURG", 68000, "N"),
    ("SFBOD", "Foreign body surgery", "SVC", "SURG", 285000, "N"),
    ("SANES", "General anesthesia", "SVC", "SURG", 18500, "N"),
    ("DCLEN", "Dental cleaning", "SVC", "DENT", 38000, "N"),
    ("DEXTR", "Tooth extraction", "SVC", "DENT", 9500, "N"),
    ("LCBC", "CBC blood panel", "SVC", "LAB", 8800, "N"),
    ("LCHEM", "Chemistry panel", "SVC", "LAB", 12500, "N"),
    ("LHW", "Heartworm test", "SVC", "LAB", 4900, "N"),
    ("LFEC", "Fecal exam", "SVC", "LAB", 3800, "N"),
    ("LUA", "Urinalysis", "SVC", "LAB", 5200, "N"),
    ("IXRAY", "Radiographs (2 views)", "SVC", "IMG", 21000, "N"),
    ("IULTR", "Abdominal ultrasound", "SVC", "IMG", 39500, "N"),
    ("HOSP1", "Hospitalization per day", "SVC", "EXAM", 16500, "N"),
    ("NAIL", "Nail trim", "SVC", "EXAM", 1800, "N"),
    ("MCHIP", "Microchip implant", "SVC", "EXAM", 5500, "N"),
    ("RXAPQ", "Apoquel 16mg tab", "PRD", "RX", 265, "Y"),
    ("RXCAR", "Carprofen 75mg tab", "PRD", "RX", 120, "Y"),
    ("RXAMX", "Amoxicillin 250mg cap", "PRD", "RX", 85, "Y"),
    ("RXGAB", "Gabapentin 100mg cap", "PRD", "RX", 70, "Y"),
    ("RXHGD", "Heartgard Plus 6-pack", "PRD", "RX", 5900, "Y"),
    ("RXNXG", "NexGard 3-pack", "PRD", "RX", 6900, "Y"),
    ("RXREV", "Revolution Plus (feline) 3-pack", "PRD", "RX", 6400, "Y"),
    ("RXCON", "Convenia injection", "PRD", "RX", 7200, "Y"),
    ("FDHIL", "Hill's c/d 8.5lb bag", "PRD", "FOOD", 6200, "Y"),
    ("FDRC", "Royal Canin GI 17.6lb bag", "PRD", "FOOD", 9800, "Y"),
    ("FDPRO", "Purina EN canned 12-pk", "PRD", "FOOD", 4700, "Y"),
    ("RTCOL", "E-collar (cone)", "PRD", "RETL", 1900, "Y"),
    ("RTSHM", "Medicated shampoo", "PRD", "RETL", 2400, "Y"),
    ("RTTOY", "Dental chew toy", "PRD", "RETL", 1200, "Y"),
    ("RTLSH", "Slip leash", "PRD", "RETL", 800, "Y"),
    ("LEGCY", "Legacy misc charge (retired)", "SVC", "EXAM", 2500, "N"),
]
SVC = {s[0]: s for s in SVCS}
VACC_SVCS = {"CAN": ["VRAB1", "VRAB3", "VDHPP", "VBORD", "VLEPT"],
             "FEL": ["VRAB1", "VRAB3", "VFVRC", "VFELV"]}


def dstr(d):
    return d.isoformat()


def tstr(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def rand_date(a, b):
    return a + timedelta(days=rnd.randint(0, (b - a).days))


def price_factor(d):
    # list prices went up 6% in 2024 and another 5% in 2025
    if d.year >= 2025:
        return 1.06 * 1.05
    if d.year == 2024:
        return 1.06
    return 1.0


def season(d):
    return {1: 0.8, 2: 0.85, 3: 1.0, 4: 1.1, 5: 1.15, 6: 1.15, 7: 1.1, 8: 1.05,
            9: 1.0, 10: 0.95, 11: 0.85, 12: 0.8}[d.month]


def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    con = sqlite3.connect(OUT)
    con.executescript(DDL)
    con.executemany("INSERT INTO lk_species VALUES (?,?)", SPECIES)
    con.executemany("INSERT INTO clinic VALUES (?,?,?,?,?,?,?,?)", CLINICS)
    con.executemany("INSERT INTO svc_cat VALUES (?,?,?,?,?,?,?)",
                    [s + ("N" if s[0] == "LEGCY" else "Y",) for s in SVCS])

    clin_open = {c[0]: date.fromisoformat(c[6]) for c in CLINICS}
    clin_st = {c[0]: c[4] for c in CLINICS}

    # ---- staff --------------------------------------------------------------
    vets = []  # (vet_no, clin, first, last, role, hire, term)
    vet_no = 5001
    used_names = set()

    def person():
        while True:
            n = (rnd.choice(FIRST), rnd.choice(LAST))
            if n not in used_names:
                used_names.add(n)
                return n

    for c in CLINICS:
        cid = c[0]
        for i in range(CLIN_SIZE[cid]):
            f, l = person()
            hire = rand_date(max(clin_open[cid], date(2012, 1, 1)), date(2022, 12, 31)) \
                if clin_open[cid] < date(2023, 1, 1) else clin_open[cid]
            vets.append([vet_no, cid, f, l, "DVM", hire, None])
            vet_no += 1
        # turnover: one DVM leaves, a replacement is hired
        if cid in (101, 103, 104, 106):
            leaver = [v for v in vets if v[1] == cid and v[4] == "DVM"][rnd.randint(0, 1)]
            leaver[6] = rand_date(date(2023, 6, 1), date(2024, 12, 31))
            f, l = person()
            vets.append([vet_no, cid, f, l, "DVM", leaver[6] + timedelta(days=rnd.randint(10, 60)), None])
            vet_no += 1
        for i in range(rnd.randint(2, 4)):
            f, l = person()
            hire = rand_date(max(clin_open[cid], date(2015, 1, 1)), date(2025, 6, 30))
            vets.append([vet_no, cid, f, l, "LVT", hire, None])
            vet_no += 1
        for i in range(rnd.randint(1, 2)):
            f, l = person()
            hire = rand_date(max(clin_open[cid], date(2018, 1, 1)), date(2025, 6, 30))
            term = rand_date(hire + timedelta(days=120), EXTRACT_DT) if rnd.random() < 0.3 and hire < date(2025, 1, 1) else None
            vets.append([vet_no, cid, f, l, "CSR", hire, term])
            vet_no += 1
    # a newly hired DVM at Scottsdale who has not seen patients yet
    f, l = person()
    vets.append([vet_no, 105, f, l, "DVM", date(2025, 10, 6), None])
    vet_no += 1
    con.executemany("INSERT INTO vet VALUES (?,?,?,?,?,?,?)",
                    [(v[0], v[1], v[2], v[3], v[4], dstr(v[5]), dstr(v[6]) if v[6] else None) for v in vets])

    def dvms_on(cid, d):
        return [v for v in vets if v[1] == cid and v[4] == "DVM" and v[5] <= d and (v[6] is None or v[6] >= d)]

    # ---- clients & patients ------------------------------------------------
    clients = []
    patients = []
    cli_id = 200001
    pt_id = 900001
    n_clients = 3400
    clin_ids = [c[0] for c in CLINICS]
    wts = [CLIN_WEIGHT[c] for c in clin_ids]
    for _ in range(n_clients):
        home = rnd.choices(clin_ids, wts)[0]
        earliest = max(clin_open[home], date(2012, 1, 1))
        # most clients pre-date 2023; a steady stream of new ones after
        if rnd.random() < 0.55 and earliest < date(2023, 1, 1):
            created = rand_date(earliest, date(2022, 12, 31))
        else:
            created = rand_date(max(earliest, date(2023, 1, 1)), EXTRACT_DT)
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        st = clin_st[home] if rnd.random() < 0.96 else rnd.choice(list(CITIES))
        city = rnd.choice(CITIES[st])
        email = None if rnd.random() < 0.12 else f"{f.lower()}.{l.lower().replace(chr(39), '')}{rnd.randint(1, 999)}@{rnd.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'])}"
        phone = f"({rnd.randint(200, 989)}) {rnd.randint(200, 999)}-{rnd.randint(0, 9999):04d}"
        clients.append((cli_id, f, l, email, phone, city, st, home, dstr(created),
                        "Y" if rnd.random() < 0.4 else "N"))
        npets = rnd.choices([1, 2, 3, 4], [60, 28, 9, 3])[0]
        for _ in range(npets):
            sp = rnd.choices(list(SPECIES_W), list(SPECIES_W.values()))[0]
            birth = rand_date(date(2008, 1, 1), min(created + timedelta(days=365), EXTRACT_DT - timedelta(days=60)))
            if created >= date(2023, 1, 1) and rnd.random() < 0.4:
                birth = rand_date(created - timedelta(days=200), created - timedelta(days=50))
            sex = rnd.choices(["M", "F", "MN", "FS", "U"], [12, 12, 36, 36, 4 if sp in ("CAN", "FEL") else 30])[0]
            lo, hi = WT[sp]
            wt = round(rnd.uniform(lo, hi), 2)
            age_years = (EXTRACT_DT - birth).days / 365.25
            deceased = None
            if age_years > 11 and rnd.random() < 0.35 and created < EXTRACT_DT - timedelta(days=60):
                deceased = rand_date(max(date(2023, 2, 1), created + timedelta(days=30)), EXTRACT_DT)
            patients.append([pt_id, cli_id, rnd.choice(PET_NM), sp, rnd.choice(BREEDS[sp]), sex,
                             birth, wt, deceased, created, home])
            pt_id += 1
        cli_id += 1
    con.executemany("INSERT INTO client VALUES (?,?,?,?,?,?,?,?,?,?)", clients)
    con.executemany("INSERT INTO patient VALUES (?,?,?,?,?,?,?,?,?)",
                    [(p[0], p[1], p[2], p[3], p[4], p[5], dstr(p[6]) if p[6] else None, p[7],
                      dstr(p[8]) if p[8] else None) for p in patients])
    # a few patients with unknown birth date
    con.execute("UPDATE patient SET birth_dt = NULL WHERE pt_id % 97 = 13")

    # ---- appointments -------------------------------------------------------
    appts = []
    lines = []
    vaccs = []
    appt_id = 1000001
    line_id = 1
    vacc_id = 1

    def slot(d, cid, typ):
        if typ == "EMER" and CLINICS[[c[0] for c in CLINICS].index(cid)][7] == "Y":
            h = rnd.randint(0, 23)
            m = rnd.choice([0, 10, 20, 30, 40, 50])
        else:
            h = rnd.randint(8, 17)
            m = rnd.choice([0, 15, 30, 45])
            if typ == "SURG":
                h = rnd.choice([8, 8, 9])
                m = 0
        return datetime(d.year, d.month, d.day, h, m)

    def add_line(aid, svc, qty, when, disc_pct=0.0, void=False):
        nonlocal line_id
        base = SVC[svc][4]
        unit = int(round(base * price_factor(when) * rnd.uniform(0.97, 1.03)))
        gross = int(round(unit * qty))
        disc = int(round(gross * disc_pct))
        lines.append((line_id, aid, len([l for l in cur_lines]) + 1, svc, qty, unit, disc,
                      gross - disc, dstr(when), "Y" if void else "N"))
        cur_lines.append(svc)
        line_id += 1

    typ_w = {"WELL": 30, "VACC": 16, "SICK": 26, "RECHK": 10, "SURG": 6, "DENT": 6, "EMER": 6}
    end_sched = EXTRACT_DT + timedelta(days=30)
    for p in patients:
        pid, cid_owner, _, sp, _, sex, birth, wt, deceased, created, home = p
        start = max(START_DT, created, birth + timedelta(days=49))
        stop = deceased if deceased else end_sched
        if start >= stop:
            continue
        # visit intensity per patient (visits/year)
        rate = rnd.choices([0.6, 1.5, 2.6, 4.5], [20, 40, 28, 12])[0]
        if sp not in ("CAN", "FEL"):
            rate *= 0.6
        d = start + timedelta(days=int(rnd.expovariate(rate / 365.0)))
        while d < stop:
            if rnd.random() > season(d) / 1.15:
                d += timedelta(days=int(rnd.expovariate(rate / 365.0)) + 1)
                continue
            cid = home if rnd.random() < 0.92 else rnd.choice(clin_ids)
            if clin_open[cid] > d:
                cid = home
            if clin_open[cid] > d:
                d += timedelta(days=30)
                continue
            typ = rnd.choices(list(typ_w), list(typ_w.values()))[0]
            if sp not in ("CAN", "FEL") and typ in ("VACC", "DENT"):
                typ = "SICK"
            if typ == "EMER" and rnd.random() < 0.6:
                cid = 103 if clin_st[home] == "TX" else cid
            # Sunday closed except the ER hospital
            if d.weekday() == 6 and cid != 103:
                d += timedelta(days=1)
                if d >= stop:
                    break
            docs = dvms_on(cid, d)
            if not docs:
                d += timedelta(days=7)
                continue
            # some vets carry a heavier book
            doc = rnd.choices(docs, [1.0 + (v[0] % 3) * 0.35 for v in docs])[0]
            ts = slot(d, cid, typ)
            lead = rnd.randint(0, 2) if typ == "EMER" else rnd.randint(1, 40)
            booked = ts - timedelta(days=lead, hours=rnd.randint(0, 8), minutes=rnd.randint(0, 59))
            if typ == "EMER" and lead == 0:
                booked = ts - timedelta(minutes=rnd.randint(5, 90))
            if d > EXTRACT_DT:
                status = "SCH" if booked.date() <= EXTRACT_DT else None
                if status is None:
                    break
            else:
                # no-shows more common earlier in the period, after a reminder system in 2025
                ns_p = 0.075 if d.year == 2023 else (0.065 if d.year == 2024 else 0.05)
                if typ == "EMER":
                    ns_p = 0.01
                if d.weekday() == 0:
                    ns_p += 0.02
                r = rnd.random()
                status = "NS" if r < ns_p else ("CX" if r < ns_p + 0.08 else "CMP")
            checkin = checkout = None
            if status == "CMP":
                checkin = ts + timedelta(minutes=rnd.randint(-12, 28))
                dur = {"WELL": 35, "VACC": 20, "SICK": 45, "RECHK": 20, "SURG": 360,
                       "DENT": 300, "EMER": 150}[typ]
                checkout = checkin + timedelta(minutes=int(dur * rnd.uniform(0.6, 1.6)))
            appts.append((appt_id, cid, pid, doc[0], typ, tstr(booked), tstr(ts),
                          tstr(checkin) if checkin else None,
                          tstr(checkout) if checkout else None, status))
            if status == "CMP":
                cur_lines = []
                when = checkout.date()
                disc = 0.1 if rnd.random() < 0.08 else 0.0
                exo = sp not in ("CAN", "FEL")
                if typ in ("WELL", "VACC"):
                    add_line(appt_id, "EXEXO" if exo else "EXWEL", 1, when, disc)
                    if sp in VACC_SVCS:
                        pool = VACC_SVCS[sp]
                        k = rnd.randint(1, 3) if typ == "VACC" else rnd.randint(0, 2)
                        for v in rnd.sample(pool, k):
                            if v == "VRAB3" and "VRAB1" in cur_lines or v == "VRAB1" and "VRAB3" in cur_lines:
                                continue
                            add_line(appt_id, v, 1, when, disc)
                            due = when + timedelta(days=365 * (3 if v == "VRAB3" else 1))
                            vaccs.append((vacc_id, pid, appt_id, v, doc[0], dstr(when), dstr(due),
                                          f"L{rnd.randint(10000, 99999)}"))
                            vacc_id += 1
                    if sp == "CAN" and rnd.random() < 0.5:
                        add_line(appt_id, "LHW", 1, when, disc)
                    if rnd.random() < 0.25:
                        add_line(appt_id, "LFEC", 1, when, disc)
                    if sp == "CAN" and rnd.random() < 0.35:
                        add_line(appt_id, rnd.choice(["RXHGD", "RXNXG"]), rnd.choice([1, 1, 2]), when, disc)
                    if sp == "FEL" and rnd.random() < 0.25:
                        add_line(appt_id, "RXREV", 1, when, disc)
                    if rnd.random() < 0.15:
                        add_line(appt_id, "NAIL", 1, when)
                    if rnd.random() < 0.04:
                        add_line(appt_id, "MCHIP", 1, when)
                elif typ in ("SICK", "RECHK"):
                    add_line(appt_id, "EXEXO" if exo else ("EXSIK" if typ == "SICK" else "EXRCK"), 1, when, disc)
                    if rnd.random() < 0.35:
                        add_line(appt_id, "LCBC", 1, when, disc)
                        if rnd.random() < 0.7:
                            add_line(appt_id, "LCHEM", 1, when, disc)
                    if rnd.random() < 0.15:
                        add_line(appt_id, "LUA", 1, when, disc)
                    if rnd.random() < 0.15:
                        add_line(appt_id, "IXRAY", 1, when, disc)
                    if rnd.random() < 0.5:
                        add_line(appt_id, rnd.choice(["RXAPQ", "RXCAR", "RXAMX", "RXGAB"]), rnd.choice([10, 14, 20, 30, 60]), when, disc)
                    if rnd.random() < 0.1:
                        add_line(appt_id, "RXCON", 1, when, disc)
                    if rnd.random() < 0.12:
                        add_line(appt_id, rnd.choice(["FDHIL", "FDRC", "FDPRO"]), rnd.choice([1, 1, 2]), when)
                    if rnd.random() < 0.08:
                        add_line(appt_id, "RTSHM", 1, when)
                elif typ == "SURG":
                    add_line(appt_id, "SANES", 1, when, disc)
                    if sex in ("M", "F") and rnd.random() < 0.6:
                        add_line(appt_id, "SSPAY" if sex == "F" else "SNEUT", 1, when, disc)
                    elif rnd.random() < 0.85:
                        add_line(appt_id, "SMASS", 1, when, disc)
                    else:
                        add_line(appt_id, "SFBOD", 1, when, disc)
                        add_line(appt_id, "HOSP1", rnd.randint(1, 3), when, disc)
                    add_line(appt_id, "LCHEM", 1, when, disc)
                    add_line(appt_id, rnd.choice(["RXCAR", "RXGAB"]), rnd.choice([10, 14]), when, disc)
                    if rnd.random() < 0.6:
                        add_line(appt_id, "RTCOL", 1, when)
                elif typ == "DENT":
                    add_line(appt_id, "SANES", 1, when, disc)
                    add_line(appt_id, "DCLEN", 1, when, disc)
                    if rnd.random() < 0.45:
                        add_line(appt_id, "DEXTR", rnd.randint(1, 4), when, disc)
                    if rnd.random() < 0.3:
                        add_line(appt_id, "RTTOY", 1, when)
                elif typ == "EMER":
                    add_line(appt_id, "EXEMR", 1, when)
                    if rnd.random() < 0.6:
                        add_line(appt_id, "LCBC", 1, when)
                        add_line(appt_id, "LCHEM", 1, when)
                    if rnd.random() < 0.45:
                        add_line(appt_id, "IXRAY", 1, when)
                    if rnd.random() < 0.15:
                        add_line(appt_id, "IULTR", 1, when)
                    if rnd.random() < 0.3:
                        add_line(appt_id, "HOSP1", rnd.randint(1, 4), when)
                    if rnd.random() < 0.05:
                        add_line(appt_id, "SFBOD", 1, when)
                    if rnd.random() < 0.4:
                        add_line(appt_id, rnd.choice(["RXAMX", "RXCAR", "RXGAB"]), rnd.choice([7, 10, 14]), when)
                if rnd.random() < 0.05:
                    add_line(appt_id, "RTLSH", 1, when)
                if when.year == 2023 and rnd.random() < 0.01:
                    add_line(appt_id, "LEGCY", 1, when)
                # occasional voided line (billing correction)
                if rnd.random() < 0.02:
                    lid, aid, ln, svc, q, u, dc, amt, pd, _ = lines[-1]
                    lines[-1] = (lid, aid, ln, svc, q, u, dc, amt, pd, "Y")
            appt_id += 1
            gap = int(rnd.expovariate(rate / 365.0)) + 1
            if typ in ("SICK", "SURG", "EMER", "DENT") and rnd.random() < 0.35:
                gap = rnd.randint(7, 21)   # recheck soon after
            if status in ("NS", "CX") and rnd.random() < 0.6:
                gap = rnd.randint(2, 14)   # rebooked
            d += timedelta(days=gap)

    con.executemany("INSERT INTO appt VALUES (?,?,?,?,?,?,?,?,?,?)", appts)
    con.executemany("INSERT INTO inv_line VALUES (?,?,?,?,?,?,?,?,?,?)", lines)
    con.executemany("INSERT INTO vacc VALUES (?,?,?,?,?,?,?,?)", vaccs)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    assert not bad, bad[:5]
    for t in ["lk_species", "clinic", "vet", "client", "patient", "svc_cat", "appt", "inv_line", "vacc"]:
        print(t, con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
    con.close()


if __name__ == "__main__":
    main()
