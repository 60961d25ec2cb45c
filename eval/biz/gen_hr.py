#!/usr/bin/env python3
"""hr: a mid-size company's people data, 2022-01-01 .. 2024-12-31 (plus earlier hires).

Usage: python3 eval/biz/gen_hr.py OUT_DIR [--write-json]
Deterministic (random.Random(20221)); stdlib only.
"""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bizlib  # noqa: E402

SEED = 20221
D0, D1 = dt.date(2022, 1, 1), dt.date(2024, 12, 31)

LOCS = [  # loc_cd, city_nm, st_cd, ctry_iso2, pay factor
    ("NYC", "New York", "NY", "US", 1.15), ("AUS", "Austin", "TX", "US", 1.0),
    ("SFO", "San Francisco", "CA", "US", 1.22), ("TOR", "Toronto", "ON", "CA", 0.86),
    ("LON", "London", None, "GB", 0.92), ("BER", "Berlin", None, "DE", 0.84),
    ("BLR", "Bengaluru", "KA", "IN", 0.36),
]
DEPTS = [  # dept_cd, dept_nm, cost_ctr, home loc, weight of hiring, yearly attrition prob
    ("ENG", "Engineering", "CC100", "SFO", 30, 0.09), ("PRD", "Product", "CC110", "SFO", 6, 0.08),
    ("SLS", "Sales", "CC200", "NYC", 16, 0.17), ("MKT", "Marketing", "CC210", "NYC", 7, 0.12),
    ("CS", "Customer Support", "CC300", "AUS", 18, 0.26), ("OPS", "Operations", "CC310", "AUS", 6, 0.10),
    ("FIN", "Finance", "CC400", "NYC", 5, 0.07), ("HR", "People Operations", "CC410", "AUS", 4, 0.09),
    ("LGL", "Legal", "CC420", "NYC", 2, 0.05), ("IT", "IT Services", "CC430", "TOR", 4, 0.08),
]
JOBS = [  # job_cd, title, family, grade, exempt, dept
    ("SWE1", "Software Engineer I", "Engineering", 3, 1, "ENG"),
    ("SWE2", "Software Engineer II", "Engineering", 4, 1, "ENG"),
    ("SWE3", "Senior Software Engineer", "Engineering", 5, 1, "ENG"),
    ("EMGR", "Engineering Manager", "Engineering", 6, 1, "ENG"),
    ("PM", "Product Manager", "Product", 5, 1, "PRD"),
    ("DSGN", "Product Designer", "Product", 4, 1, "PRD"),
    ("SDR", "Sales Development Rep", "Sales", 2, 0, "SLS"),
    ("AE", "Account Executive", "Sales", 4, 1, "SLS"),
    ("SLMG", "Sales Manager", "Sales", 6, 1, "SLS"),
    ("MKTS", "Marketing Specialist", "Marketing", 3, 1, "MKT"),
    ("MKTM", "Marketing Manager", "Marketing", 5, 1, "MKT"),
    ("CSR", "Support Representative", "Support", 2, 0, "CS"),
    ("CSL", "Support Team Lead", "Support", 4, 0, "CS"),
    ("OPSA", "Operations Analyst", "Operations", 3, 1, "OPS"),
    ("OPSM", "Operations Manager", "Operations", 5, 1, "OPS"),
    ("ACCT", "Accountant", "Finance", 3, 1, "FIN"),
    ("FINA", "Financial Analyst", "Finance", 4, 1, "FIN"),
    ("CTRL", "Controller", "Finance", 6, 1, "FIN"),
    ("HRGN", "HR Generalist", "People", 3, 1, "HR"),
    ("RCTR", "Recruiter", "People", 3, 1, "HR"),
    ("CNSL", "Corporate Counsel", "Legal", 6, 1, "LGL"),
    ("PARA", "Paralegal", "Legal", 3, 0, "LGL"),
    ("SYSA", "Systems Administrator", "IT", 3, 1, "IT"),
    ("ITMG", "IT Manager", "IT", 5, 1, "IT"),
    ("DIR", "Director", "Leadership", 7, 1, None),
]
GRADE_PAY = {2: 50000, 3: 68000, 4: 88000, 5: 116000, 6: 142000, 7: 178000}
TERM_RSN = [("RES", "Resignation", 1), ("RET", "Retirement", 1), ("REL", "Relocation", 1),
            ("LAY", "Layoff / reduction in force", 0), ("PRF", "Performance", 0),
            ("MIS", "Misconduct", 0)]
STATS = [("ACT", "Active"), ("LOA", "On leave of absence"), ("TRM", "Terminated")]
PTO_TYPES = [("VAC", "Vacation", 1), ("SICK", "Sick leave", 1), ("PERS", "Personal day", 1),
             ("PRNT", "Parental leave", 1), ("UNP", "Unpaid leave", 0)]
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard "
         "Susan Joseph Jessica Thomas Sarah Charles Karen Chris Lisa Daniel Nancy Matthew Betty Anthony "
         "Sandra Mark Ashley Paul Emily Steven Donna Andrew Michelle Joshua Carol Kevin Amanda Brian Melissa "
         "Priya Arjun Ananya Rahul Deepa Wei Mei Hiroshi Yuki Lukas Anna Sofia Mateo Lucia Olivia Noah "
         "Liam Emma Ava Ethan Mia Lena Jonas Fatima Omar Amara Kwame Chloe Zoe Ravi Sunita Ines Felix").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
        "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
        "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel Sharma Iyer Reddy Chen Wang Li "
        "Tanaka Sato Muller Schmidt Fischer Weber Rossi Silva Okafor Mensah Dubois Novak Kowalski Berg "
        "Larsen Murphy Kelly OBrien Singh Khan Ali Costa Moreau").split()
HIRE_MONTH_W = [14, 11, 12, 9, 8, 8, 7, 7, 12, 9, 6, 3]   # Jan heavy, Dec light
VAC_MONTH_W = [4, 4, 7, 6, 7, 11, 16, 15, 6, 5, 8, 14]
SICK_MONTH_W = [16, 15, 10, 7, 5, 4, 4, 4, 6, 8, 10, 13]


def rdate(r, a, b):
    return a + dt.timedelta(days=r.randrange((b - a).days + 1))


def month_date(r, year, weights, lo=None, hi=None):
    while True:
        m = r.choices(range(1, 13), weights)[0]
        d = dt.date(year, m, r.randint(1, 28))
        if (lo is None or d >= lo) and (hi is None or d <= hi):
            return d


def workday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def build(con):
    r = random.Random(SEED)
    con.executescript("""
    CREATE TABLE work_loc (loc_cd TEXT PRIMARY KEY, city_nm TEXT NOT NULL, st_cd TEXT, ctry_iso2 TEXT NOT NULL);
    CREATE TABLE org_unit (dept_cd TEXT PRIMARY KEY, dept_nm TEXT NOT NULL, cost_ctr TEXT, loc_cd TEXT,
        head_emp_id INTEGER);
    CREATE TABLE job_ttl (job_cd TEXT PRIMARY KEY, job_ttl_nm TEXT NOT NULL, job_family TEXT,
        grade_lvl INTEGER, exempt_flg INTEGER);
    CREATE TABLE emp_stat (stat_cd TEXT PRIMARY KEY, stat_desc TEXT);
    CREATE TABLE term_rsn (term_rsn_cd TEXT PRIMARY KEY, term_rsn_desc TEXT, vol_flg INTEGER);
    CREATE TABLE pto_type (pto_type_cd TEXT PRIMARY KEY, pto_type_desc TEXT, paid_flg INTEGER);
    CREATE TABLE emp (
        emp_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, gender_cd TEXT, birth_dt TEXT,
        email_addr TEXT, hire_on TEXT NOT NULL, term_on TEXT, term_rsn_cd TEXT,
        emp_stat_cd TEXT NOT NULL REFERENCES emp_stat(stat_cd), emp_type_cd TEXT,
        dept_cd TEXT REFERENCES org_unit(dept_cd), job_cd TEXT REFERENCES job_ttl(job_cd),
        loc_cd TEXT REFERENCES work_loc(loc_cd), mgr_emp_id INTEGER, remote_flg INTEGER);
    CREATE TABLE comp_hist (comp_id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL REFERENCES emp(emp_id),
        eff_dt TEXT NOT NULL, base_sal_usd INTEGER NOT NULL, bonus_tgt_pct REAL, chg_rsn_cd TEXT);
    CREATE TABLE pto_req (req_id INTEGER PRIMARY KEY, emp_id INTEGER NOT NULL, pto_type_cd TEXT,
        start_dt TEXT, end_dt TEXT, days_cnt REAL, req_stat TEXT, submitted_at TEXT, apprvd_by INTEGER);
    CREATE TABLE perf_rvw (rvw_id INTEGER PRIMARY KEY, emp_id INTEGER REFERENCES emp(emp_id),
        rvw_cycle TEXT, rvw_dt TEXT, rating_num INTEGER, rvwr_emp_id INTEGER, promo_rec_flg INTEGER);
    """)
    con.executemany("INSERT INTO work_loc VALUES (?,?,?,?)", [l[:4] for l in LOCS])
    con.executemany("INSERT INTO job_ttl VALUES (?,?,?,?,?)", [j[:5] for j in JOBS])
    con.executemany("INSERT INTO emp_stat VALUES (?,?)", STATS)
    con.executemany("INSERT INTO term_rsn VALUES (?,?,?)", TERM_RSN)
    con.executemany("INSERT INTO pto_type VALUES (?,?,?)", PTO_TYPES)
    locf = {l[0]: l[4] for l in LOCS}
    jobs_by_dept = {}
    for j in JOBS:
        if j[5]:
            jobs_by_dept.setdefault(j[5], []).append(j)
    grade = {j[0]: j[3] for j in JOBS}

    used = set()
    emps = []   # dicts

    def new_emp(dept, job, hire, loc):
        while True:
            fn, ln = r.choice(FIRST), r.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        e = dict(emp_id=1000 + len(emps) + 1, first_nm=fn, last_nm=ln,
                 gender_cd=r.choices(["F", "M", "X"], [46, 52, 2])[0],
                 birth_dt=str(rdate(r, dt.date(1962, 1, 1), dt.date(2001, 12, 31))),
                 hire_on=hire, term_on=None, term_rsn_cd=None, dept_cd=dept, job_cd=job, loc_cd=loc,
                 emp_type_cd="PT" if r.random() < (0.22 if dept == "CS" else 0.04) else "FT",
                 remote_flg=1 if r.random() < 0.18 else 0)
        e["email_addr"] = "%s.%s@northwind-hq.com" % (fn.lower(), ln.lower())
        emps.append(e)
        return e

    def pick_loc(dept):
        home = [d for d in DEPTS if d[0] == dept][0][3]
        if dept == "ENG":
            return r.choices(["SFO", "BLR", "AUS", "TOR", "BER", "LON"], [34, 26, 14, 10, 9, 7])[0]
        if dept == "CS":
            return r.choices(["AUS", "BLR", "LON"], [60, 30, 10])[0]
        if dept == "SLS":
            return r.choices(["NYC", "LON", "AUS", "BER"], [50, 20, 20, 10])[0]
        return home if r.random() < 0.8 else r.choice(["NYC", "AUS", "TOR", "LON"])

    def pick_job(dept):
        js = jobs_by_dept[dept]
        w = [{2: 30, 3: 30, 4: 22, 5: 12, 6: 5}[j[3]] for j in js]
        return r.choices(js, w)[0][0]

    # directors (heads), hired long ago, never leave
    heads = {}
    for d in DEPTS:
        e = new_emp(d[0], "DIR", str(rdate(r, dt.date(2012, 1, 1), dt.date(2019, 6, 30))), d[3])
        e["emp_type_cd"] = "FT"
        e["remote_flg"] = 0
        heads[d[0]] = e
    dweights = [d[4] for d in DEPTS]
    # existing staff, hired 2013..2021
    for _ in range(620):
        dept = r.choices(DEPTS, dweights)[0][0]
        y = r.choices(range(2013, 2022), [1, 2, 3, 4, 5, 6, 6, 8, 10])[0]
        new_emp(dept, pick_job(dept), str(month_date(r, y, HIRE_MONTH_W)), pick_loc(dept))
    # hires 2022..2024: growth in 2022, freeze mid-2023, recovery 2024
    for y, n in ((2022, 330), (2023, 170), (2024, 260)):
        for _ in range(n):
            dept = r.choices(DEPTS, dweights)[0][0]
            hd = month_date(r, y, HIRE_MONTH_W)
            if y == 2023 and 4 <= hd.month <= 8 and r.random() < 0.8:
                hd = month_date(r, y, HIRE_MONTH_W, lo=dt.date(2023, 9, 1))
            new_emp(dept, pick_job(dept), str(workday(hd)), pick_loc(dept))

    # terminations
    attr = {d[0]: d[5] for d in DEPTS}
    layoff = dt.date(2023, 3, 15)
    for e in emps:
        if e["job_cd"] == "DIR":
            continue
        hire = dt.date.fromisoformat(e["hire_on"])
        # layoff of March 2023 in Sales and Marketing, Customer Support
        if e["dept_cd"] in ("SLS", "MKT", "CS") and hire < dt.date(2023, 1, 1) and r.random() < 0.12:
            e["term_on"], e["term_rsn_cd"] = str(layoff), "LAY"
            continue
        start = max(hire + dt.timedelta(days=45), D0)
        d = start
        while d <= D1:
            p = attr[e["dept_cd"]] / 12.0
            if (d - hire).days < 365:
                p *= 1.6
            if d.month in (1, 2, 7):
                p *= 1.4
            if r.random() < p:
                td = dt.date(d.year, d.month, r.randint(1, 28))
                if td > hire and td <= D1:
                    e["term_on"] = str(workday(td) if workday(td) <= D1 else td)
                    age = (td - dt.date.fromisoformat(e["birth_dt"])).days / 365.25
                    e["term_rsn_cd"] = ("RET" if age > 58 and r.random() < 0.7 else
                                        r.choices(["RES", "REL", "PRF", "MIS"], [78, 9, 11, 2])[0])
                break
            d = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    for e in emps:
        if e["term_on"]:
            e["emp_stat_cd"] = "TRM"
        else:
            e["emp_stat_cd"] = "LOA" if r.random() < 0.035 else "ACT"
    # managers: heads for managers/leads, otherwise a manager of the dept
    mgrs = {}
    for e in emps:
        if grade[e["job_cd"]] >= 5 and e["job_cd"] != "DIR" and not e["term_on"]:
            mgrs.setdefault(e["dept_cd"], []).append(e["emp_id"])
    for e in emps:
        if e["job_cd"] == "DIR":
            e["mgr_emp_id"] = None
        elif grade[e["job_cd"]] >= 5 or not mgrs.get(e["dept_cd"]):
            e["mgr_emp_id"] = heads[e["dept_cd"]]["emp_id"]
        else:
            e["mgr_emp_id"] = r.choice(mgrs[e["dept_cd"]])
    cols = ["emp_id", "first_nm", "last_nm", "gender_cd", "birth_dt", "email_addr", "hire_on", "term_on",
            "term_rsn_cd", "emp_stat_cd", "emp_type_cd", "dept_cd", "job_cd", "loc_cd", "mgr_emp_id",
            "remote_flg"]
    con.executemany("INSERT INTO emp (%s) VALUES (%s)" % (",".join(cols), ",".join("?" * len(cols))),
                    [[e[c] for c in cols] for e in emps])
    con.executemany("INSERT INTO org_unit VALUES (?,?,?,?,?)",
                    [(d[0], d[1], d[2], d[3], heads[d[0]]["emp_id"]) for d in DEPTS])

    # compensation history
    comp = []
    for e in emps:
        hire = dt.date.fromisoformat(e["hire_on"])
        end = dt.date.fromisoformat(e["term_on"]) if e["term_on"] else D1
        g = grade[e["job_cd"]]
        sal = GRADE_PAY[g] * locf[e["loc_cd"]] * r.uniform(0.88, 1.12)
        if e["emp_type_cd"] == "PT":
            sal *= 0.55
        sal *= 0.97 ** max(0, 2022 - hire.year)   # older hires started lower
        bonus = {2: 0, 3: 5, 4: 8, 5: 10, 6: 15, 7: 20}[g] if e["dept_cd"] != "SLS" else 25
        comp.append([e["emp_id"], str(hire), round(sal, -2), bonus, "HIRE"])
        for y in range(max(hire.year + 1, 2017), 2025):
            ed = dt.date(y, 4, 1)
            if ed > end or ed <= hire + dt.timedelta(days=90):
                continue
            if y < 2022:
                sal *= r.uniform(1.02, 1.04)
                continue   # history before 2022 is not kept, only its effect
            if r.random() < 0.07:
                continue   # no raise this year (low rating, frozen band)
            if r.random() < 0.09:
                sal *= r.uniform(1.08, 1.15)
                comp.append([e["emp_id"], str(ed), round(sal, -2), bonus, "PROMO"])
            else:
                sal *= r.uniform(1.015, 1.06) if y != 2023 else r.uniform(1.0, 1.035)
                comp.append([e["emp_id"], str(ed), round(sal, -2), bonus, "MERIT"])
        if r.random() < 0.05 and hire < dt.date(2023, 6, 1) and end > dt.date(2023, 10, 1):
            ed = workday(rdate(r, dt.date(2023, 10, 1), min(end, dt.date(2024, 3, 1))))
            sal *= 1.05
            comp.append([e["emp_id"], str(ed), round(sal, -2), bonus, "ADJ"])
    comp.sort(key=lambda c: (c[1], c[0]))
    con.executemany("INSERT INTO comp_hist (emp_id, eff_dt, base_sal_usd, bonus_tgt_pct, chg_rsn_cd) "
                    "VALUES (?,?,?,?,?)", [(c[0], c[1], int(c[2]), c[3], c[4]) for c in comp])

    # time off
    pto = []
    for e in emps:
        hire = dt.date.fromisoformat(e["hire_on"])
        end = dt.date.fromisoformat(e["term_on"]) if e["term_on"] else D1
        for y in (2022, 2023, 2024):
            lo, hi = max(hire, dt.date(y, 1, 1)), min(end, dt.date(y, 12, 31))
            if lo > hi:
                continue
            frac = ((hi - lo).days + 1) / 365.0
            for typ, n, w in (("VAC", 2.6, VAC_MONTH_W), ("SICK", 1.3, SICK_MONTH_W),
                              ("PERS", 0.7, None), ("PRNT", 0.025, None), ("UNP", 0.04, None)):
                k = sum(1 for _ in range(6) if r.random() < n * frac / 6)
                for _ in range(k):
                    sd = month_date(r, y, w or [1] * 12, lo, hi)
                    sd = workday(sd)
                    days = {"VAC": r.choice([1, 2, 3, 5, 5, 5, 10]), "SICK": r.choice([0.5, 1, 1, 1, 2, 3]),
                            "PERS": r.choice([0.5, 1]), "PRNT": r.choice([40, 60, 60, 80]),
                            "UNP": r.choice([3, 5, 10])}[typ]
                    ed = sd + dt.timedelta(days=max(0, int(days * 7 / 5 + 0.5) - 1))
                    lead = {"VAC": r.randint(7, 60), "SICK": 0, "PERS": r.randint(1, 10),
                            "PRNT": r.randint(30, 90), "UNP": r.randint(5, 30)}[typ]
                    sub = dt.datetime.combine(sd - dt.timedelta(days=lead), dt.time(r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)))
                    st = r.choices(["APPR", "DENY", "CNCL"], [90, 5, 5])[0]
                    if sd > dt.date(2024, 12, 10) and r.random() < 0.6:
                        st = "PEND"
                    if typ == "SICK":
                        st = "APPR"
                    pto.append((e["emp_id"], typ, str(sd), str(ed), days, st, sub.strftime("%Y-%m-%d %H:%M:%S"),
                                e["mgr_emp_id"] if st in ("APPR", "DENY") else None))
    pto.sort(key=lambda p: (p[6], p[0]))
    con.executemany("INSERT INTO pto_req (emp_id, pto_type_cd, start_dt, end_dt, days_cnt, req_stat, submitted_at, "
                    "apprvd_by) VALUES (?,?,?,?,?,?,?,?)", pto)

    # reviews: annual cycle in December
    rv = []
    for y in (2022, 2023, 2024):
        for e in emps:
            hire = dt.date.fromisoformat(e["hire_on"])
            rd = workday(rdate(r, dt.date(y, 12, 1), dt.date(y, 12, 18)))
            if hire > dt.date(y, 9, 30) or (e["term_on"] and dt.date.fromisoformat(e["term_on"]) <= rd):
                continue
            if e["job_cd"] == "DIR":
                continue
            base = {"ENG": 3.3, "PRD": 3.4, "SLS": 3.0, "MKT": 3.2, "CS": 2.9, "OPS": 3.3, "FIN": 3.5,
                    "HR": 3.4, "LGL": 3.6, "IT": 3.1}[e["dept_cd"]]
            rt = int(min(5, max(1, round(r.gauss(base, 0.8)))))
            rv.append((e["emp_id"], "FY%d" % y, str(rd), rt, e["mgr_emp_id"], 1 if rt >= 4 and r.random() < 0.3 else 0))
    rv.sort(key=lambda x: (x[2], x[0]))
    con.executemany("INSERT INTO perf_rvw (emp_id, rvw_cycle, rvw_dt, rating_num, rvwr_emp_id, promo_rec_flg) "
                    "VALUES (?,?,?,?,?,?)", rv)


CUR = "WITH cur AS (SELECT c.emp_id, c.base_sal_usd, c.bonus_tgt_pct FROM comp_hist c WHERE c.eff_dt = (SELECT MAX(c2.eff_dt) FROM comp_hist c2 WHERE c2.emp_id = c.emp_id)) "
HC = "e.emp_stat_cd IN ('ACT', 'LOA')"
WD = "CASE strftime('%w', {0}) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END"

QUESTIONS = [
    # ---- simple
    ("simple", "How many employees do we have?",
     "SELECT COUNT(*) FROM emp WHERE emp_stat_cd IN ('ACT', 'LOA')"),
    ("simple", "List all our departments.",
     "SELECT dept_nm FROM org_unit ORDER BY dept_nm"),
    ("simple", "How many people are currently on leave of absence?",
     "SELECT COUNT(*) FROM emp WHERE emp_stat_cd = 'LOA'"),
    ("simple", "Which job titles are in the engineering job family?",
     "SELECT job_ttl_nm FROM job_ttl WHERE job_family = 'Engineering' ORDER BY grade_lvl"),
    # ---- measures
    ("measures", "What is our total annual payroll (base salaries) for current staff?",
     CUR + "SELECT SUM(cur.base_sal_usd) FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE " + HC),
    ("measures", "What's the average base salary of our current employees?",
     CUR + "SELECT ROUND(AVG(cur.base_sal_usd), 2) FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE " + HC),
    ("measures", "Average salary in Engineering right now",
     CUR + "SELECT ROUND(AVG(cur.base_sal_usd), 2) FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE o.dept_nm = 'Engineering' AND " + HC),
    ("measures", "What percentage of our workforce is part-time?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN emp_type_cd = 'PT' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM emp WHERE emp_stat_cd IN ('ACT', 'LOA')"),
    ("measures", "What share of total headcount sits in Engineering?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN o.dept_nm = 'Engineering' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE " + HC),
    ("measures", "What was our employee turnover rate in 2023? (leavers over headcount at the start of the year)",
     "SELECT ROUND(100.0 * (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31') / (SELECT COUNT(*) FROM emp WHERE hire_on < '2023-01-01' AND (term_on IS NULL OR term_on >= '2023-01-01')), 2)"),
    ("measures", "What fraction of the people who left in 2024 left voluntarily?",
     "SELECT ROUND(100.0 * SUM(t.vol_flg) / COUNT(*), 2) FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE e.term_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "average performance rating in the FY2024 review cycle",
     "SELECT ROUND(AVG(rating_num), 3) FROM perf_rvw WHERE rvw_cycle = 'FY2024'"),
    ("measures", "How many vacation days did employees take in 2024?",
     "SELECT SUM(days_cnt) FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR' AND start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("measures", "On average how many days is an approved time off request?",
     "SELECT ROUND(AVG(days_cnt), 2) FROM pto_req WHERE req_stat = 'APPR'"),
    ("measures", "What's the total bonus target in dollars for the current Sales team?",
     CUR + "SELECT ROUND(SUM(cur.base_sal_usd * cur.bonus_tgt_pct / 100.0), 2) FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE o.dept_nm = 'Sales' AND " + HC),
    ("measures", "What share of time-off requests were denied?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN req_stat = 'DENY' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM pto_req"),
    ("measures", "What was the average merit increase percentage in the April 2024 merit cycle?",
     "WITH c AS (SELECT emp_id, eff_dt, chg_rsn_cd, base_sal_usd, LAG(base_sal_usd) OVER (PARTITION BY emp_id ORDER BY eff_dt) AS prev FROM comp_hist) SELECT ROUND(AVG((base_sal_usd - prev) * 100.0 / prev), 2) FROM c WHERE chg_rsn_cd = 'MERIT' AND eff_dt = '2024-04-01'"),
    ("measures", "What percent of our people managers (grade 6 and up) are women?",
     "SELECT ROUND(100.0 * SUM(CASE WHEN e.gender_cd = 'F' THEN 1 ELSE 0 END) / COUNT(*), 2) FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd WHERE j.grade_lvl >= 6 AND " + HC),
    # ---- filters
    ("filters", "Which employees earn over $150,000?",
     CUR + "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, cur.base_sal_usd FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE cur.base_sal_usd > 150000 AND " + HC + " ORDER BY cur.base_sal_usd DESC"),
    ("filters", "How many current employees make less than $60,000 a year?",
     CUR + "SELECT COUNT(*) FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE cur.base_sal_usd < 60000 AND " + HC),
    ("filters", "Show me the people in Austin we hired in 2024",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, e.hire_on FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE l.city_nm = 'Austin' AND e.hire_on BETWEEN '2024-01-01' AND '2024-12-31' ORDER BY e.hire_on"),
    ("filters", "Which London employees are part time?",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE l.city_nm = 'London' AND e.emp_type_cd = 'PT' AND " + HC),
    ("filters", "How many people did we lay off?",
     "SELECT COUNT(*) FROM emp WHERE term_rsn_cd = 'LAY'"),
    ("filters", "How many current staff have a salary between $100,000 and $120,000?",
     CUR + "SELECT COUNT(*) FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE cur.base_sal_usd BETWEEN 100000 AND 120000 AND " + HC),
    ("filters", "list the remote workers in Legal",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE o.dept_nm = 'Legal' AND e.remote_flg = 1 AND " + HC),
    ("filters", "Who got a rating of 1 in the FY2023 reviews?",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm FROM perf_rvw p JOIN emp e ON e.emp_id = p.emp_id WHERE p.rvw_cycle = 'FY2023' AND p.rating_num = 1"),
    ("filters", "Vacation requests of more than 5 days that are still pending",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, p.start_dt, p.days_cnt FROM pto_req p JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'VAC' AND p.req_stat = 'PEND' AND p.days_cnt > 5"),
    ("filters", "What's our headcount in Canada?",
     "SELECT COUNT(*) FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE l.ctry_iso2 = 'CA' AND " + HC),
    ("filters", "part-time support reps in Bengaluru",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm FROM emp e JOIN job_ttl j ON j.job_cd = e.job_cd JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE j.job_ttl_nm = 'Support Representative' AND l.city_nm = 'Bengaluru' AND e.emp_type_cd = 'PT' AND " + HC),
    ("filters", "How many employees with an annual base pay of at least $175,000 are in San Francisco?",
     CUR + "SELECT COUNT(*) FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE l.city_nm = 'San Francisco' AND cur.base_sal_usd >= 175000 AND " + HC),
    # ---- topn
    ("topn", "Who are our 5 highest paid employees?",
     CUR + "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, cur.base_sal_usd FROM emp e JOIN cur ON cur.emp_id = e.emp_id WHERE " + HC + " ORDER BY cur.base_sal_usd DESC LIMIT 5"),
    ("topn", "Which department has the largest headcount?",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE " + HC + " GROUP BY o.dept_nm ORDER BY headcount DESC LIMIT 1"),
    ("topn", "Which department had the most resignations in 2024?",
     "SELECT o.dept_nm, COUNT(*) AS n FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE e.term_rsn_cd = 'RES' AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY o.dept_nm ORDER BY n DESC LIMIT 1"),
    ("topn", "top 3 office locations by headcount",
     "SELECT l.city_nm, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE " + HC + " GROUP BY l.city_nm ORDER BY headcount DESC LIMIT 3"),
    ("topn", "Which manager has the most direct reports?",
     "SELECT m.first_nm || ' ' || m.last_nm AS mgr_nm, COUNT(*) AS reports FROM emp e JOIN emp m ON m.emp_id = e.mgr_emp_id WHERE " + HC + " GROUP BY m.emp_id ORDER BY reports DESC LIMIT 1"),
    ("topn", "What are the top 3 job titles by average salary, not counting directors?",
     CUR + "SELECT j.job_ttl_nm, ROUND(AVG(cur.base_sal_usd), 2) AS avg_sal FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN job_ttl j ON j.job_cd = e.job_cd WHERE j.job_cd <> 'DIR' AND " + HC + " GROUP BY j.job_ttl_nm ORDER BY avg_sal DESC LIMIT 3"),
    ("topn", "Who took the most vacation days in 2024?",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, SUM(p.days_cnt) AS days FROM pto_req p JOIN emp e ON e.emp_id = p.emp_id WHERE p.pto_type_cd = 'VAC' AND p.req_stat = 'APPR' AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY e.emp_id ORDER BY days DESC LIMIT 1"),
    ("topn", "Which 3 departments had the best average review rating in FY2024?",
     "SELECT o.dept_nm, ROUND(AVG(p.rating_num), 3) AS avg_rating FROM perf_rvw p JOIN emp e ON e.emp_id = p.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE p.rvw_cycle = 'FY2024' GROUP BY o.dept_nm ORDER BY avg_rating DESC LIMIT 3"),
    ("topn", "Which department pays the least on average?",
     CUR + "SELECT o.dept_nm, ROUND(AVG(cur.base_sal_usd), 2) AS avg_sal FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE " + HC + " GROUP BY o.dept_nm ORDER BY avg_sal ASC LIMIT 1"),
    # ---- breakdowns
    ("breakdowns", "Headcount by department",
     "SELECT o.dept_nm, COUNT(*) AS headcount FROM emp e JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE " + HC + " GROUP BY o.dept_nm ORDER BY headcount DESC"),
    ("breakdowns", "average salary by office",
     CUR + "SELECT l.city_nm, ROUND(AVG(cur.base_sal_usd), 2) AS avg_sal FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE " + HC + " GROUP BY l.city_nm ORDER BY avg_sal DESC"),
    ("breakdowns", "Break down 2023 terminations by reason",
     "SELECT t.term_rsn_desc, COUNT(*) AS n FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE e.term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY t.term_rsn_desc ORDER BY n DESC"),
    ("breakdowns", "What is the gender split of our current workforce?",
     "SELECT gender_cd, COUNT(*) AS headcount FROM emp WHERE emp_stat_cd IN ('ACT', 'LOA') GROUP BY gender_cd ORDER BY headcount DESC"),
    ("breakdowns", "Distribution of ratings in the FY2024 reviews",
     "SELECT rating_num, COUNT(*) AS n FROM perf_rvw WHERE rvw_cycle = 'FY2024' GROUP BY rating_num ORDER BY rating_num"),
    ("breakdowns", "Time off days taken in 2024 by type of leave",
     "SELECT t.pto_type_desc, SUM(p.days_cnt) AS days FROM pto_req p JOIN pto_type t ON t.pto_type_cd = p.pto_type_cd WHERE p.req_stat = 'APPR' AND p.start_dt BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY t.pto_type_desc ORDER BY days DESC"),
    ("breakdowns", "headcount per country, split full-time vs part-time",
     "SELECT l.ctry_iso2, e.emp_type_cd, COUNT(*) AS headcount FROM emp e JOIN work_loc l ON l.loc_cd = e.loc_cd WHERE " + HC + " GROUP BY l.ctry_iso2, e.emp_type_cd ORDER BY l.ctry_iso2, e.emp_type_cd"),
    # ---- time
    ("time", "How many people did we hire in Q3 2024?",
     "SELECT COUNT(*) FROM emp WHERE hire_on BETWEEN '2024-07-01' AND '2024-09-30'"),
    ("time", "New hires per month in 2023",
     "SELECT strftime('%m', hire_on) AS month, COUNT(*) AS hires FROM emp WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month"),
    ("time", "How many employees left the company in March 2023?",
     "SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2023-03-01' AND '2023-03-31'"),
    ("time", "Which month of 2024 had the most hires?",
     "SELECT strftime('%m', hire_on) AS month, COUNT(*) AS hires FROM emp WHERE hire_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY month ORDER BY hires DESC LIMIT 1"),
    ("time", "How many people have we hired in the last 6 months?",
     "SELECT COUNT(*) FROM emp WHERE hire_on > date((SELECT MAX(hire_on) FROM emp), '-6 months')"),
    ("time", "How many terminations in the last 3 months?",
     "SELECT COUNT(*) FROM emp WHERE term_on > date((SELECT MAX(term_on) FROM emp), '-3 months')"),
    ("time", "On which day of the week do people submit the most time off requests?",
     "SELECT " + WD.format("submitted_at") + " AS weekday, COUNT(*) AS n FROM pto_req GROUP BY weekday ORDER BY n DESC LIMIT 1"),
    ("time", "By how much did hiring grow in 2024 compared to 2023, in percent?",
     "SELECT ROUND(100.0 * (SUM(CASE WHEN hire_on LIKE '2024%' THEN 1 ELSE 0 END) - SUM(CASE WHEN hire_on LIKE '2023%' THEN 1 ELSE 0 END)) / SUM(CASE WHEN hire_on LIKE '2023%' THEN 1 ELSE 0 END), 2) FROM emp"),
    ("time", "For people who left in 2024, how many days on average were they with us?",
     "SELECT ROUND(AVG(julianday(term_on) - julianday(hire_on)), 1) FROM emp WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    ("time", "Of the people we hired in 2022, how many are still here?",
     "SELECT COUNT(*) FROM emp WHERE hire_on BETWEEN '2022-01-01' AND '2022-12-31' AND emp_stat_cd IN ('ACT', 'LOA')"),
    ("time", "retention rate of the 2023 hiring cohort",
     "SELECT ROUND(100.0 * SUM(CASE WHEN emp_stat_cd IN ('ACT', 'LOA') THEN 1 ELSE 0 END) / COUNT(*), 2) FROM emp WHERE hire_on BETWEEN '2023-01-01' AND '2023-12-31'"),
    ("time", "Sick days taken each month in 2023",
     "SELECT strftime('%m', start_dt) AS month, SUM(days_cnt) AS sick_days FROM pto_req WHERE pto_type_cd = 'SICK' AND req_stat = 'APPR' AND start_dt BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY month ORDER BY month"),
    ("time", "In which quarter of 2023 did we lose the most people?",
     "SELECT 'Q' || ((CAST(strftime('%m', term_on) AS INTEGER) + 2) / 3) AS qtr, COUNT(*) AS leavers FROM emp WHERE term_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY qtr ORDER BY leavers DESC LIMIT 1"),
    ("time", "How many vacation days were taken in December 2024?",
     "SELECT SUM(days_cnt) FROM pto_req WHERE pto_type_cd = 'VAC' AND req_stat = 'APPR' AND start_dt BETWEEN '2024-12-01' AND '2024-12-31'"),
    ("time", "What was our headcount at the end of 2023?",
     "SELECT COUNT(*) FROM emp WHERE hire_on <= '2023-12-31' AND (term_on IS NULL OR term_on > '2023-12-31')"),
    ("time", "How far ahead do people book their vacation, on average (days between request and start)?",
     "SELECT ROUND(AVG(julianday(start_dt) - julianday(date(submitted_at))), 1) FROM pto_req WHERE pto_type_cd = 'VAC'"),
    ("time", "Monthly terminations over the last 12 months",
     "SELECT strftime('%Y-%m', term_on) AS month, COUNT(*) AS leavers FROM emp WHERE term_on > date((SELECT MAX(term_on) FROM emp), '-12 months') GROUP BY month ORDER BY month"),
    ("time", "What was the net change in headcount during 2024 (hires minus leavers)?",
     "SELECT (SELECT COUNT(*) FROM emp WHERE hire_on BETWEEN '2024-01-01' AND '2024-12-31') - (SELECT COUNT(*) FROM emp WHERE term_on BETWEEN '2024-01-01' AND '2024-12-31')"),
    # ---- tricky
    ("tricky", "Which departments pay above the company average salary?",
     CUR + "SELECT o.dept_nm, ROUND(AVG(cur.base_sal_usd), 2) AS avg_sal FROM emp e JOIN cur ON cur.emp_id = e.emp_id JOIN org_unit o ON o.dept_cd = e.dept_cd WHERE " + HC + " GROUP BY o.dept_nm HAVING AVG(cur.base_sal_usd) > (SELECT AVG(c2.base_sal_usd) FROM emp e2 JOIN cur c2 ON c2.emp_id = e2.emp_id WHERE e2.emp_stat_cd IN ('ACT', 'LOA')) ORDER BY avg_sal DESC"),
    ("tricky", "Which current employees have never taken any time off?",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, e.hire_on FROM emp e WHERE " + HC + " AND NOT EXISTS (SELECT 1 FROM pto_req p WHERE p.emp_id = e.emp_id AND p.req_stat = 'APPR') ORDER BY e.hire_on"),
    ("tricky", "Which departments had no involuntary terminations in 2024?",
     "SELECT o.dept_nm FROM org_unit o WHERE o.dept_cd NOT IN (SELECT e.dept_cd FROM emp e JOIN term_rsn t ON t.term_rsn_cd = e.term_rsn_cd WHERE t.vol_flg = 0 AND e.term_on BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY o.dept_nm"),
    ("tricky", "Employees who got a 5 in FY2023 but not in FY2024",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm FROM emp e JOIN perf_rvw a ON a.emp_id = e.emp_id AND a.rvw_cycle = 'FY2023' AND a.rating_num = 5 JOIN perf_rvw b ON b.emp_id = e.emp_id AND b.rvw_cycle = 'FY2024' AND b.rating_num < 5"),
    ("tricky", "Which current employees hired before 2024 did not get any pay raise in 2024?",
     "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, e.hire_on FROM emp e WHERE " + HC + " AND e.hire_on < '2024-01-01' AND NOT EXISTS (SELECT 1 FROM comp_hist c WHERE c.emp_id = e.emp_id AND c.chg_rsn_cd <> 'HIRE' AND c.eff_dt BETWEEN '2024-01-01' AND '2024-12-31') ORDER BY e.hire_on"),
    ("tricky", "Which managers' teams averaged below the company-wide rating in FY2024?",
     "SELECT m.first_nm || ' ' || m.last_nm AS mgr_nm, ROUND(AVG(p.rating_num), 3) AS team_avg FROM perf_rvw p JOIN emp m ON m.emp_id = p.rvwr_emp_id WHERE p.rvw_cycle = 'FY2024' GROUP BY m.emp_id HAVING AVG(p.rating_num) < (SELECT AVG(rating_num) FROM perf_rvw WHERE rvw_cycle = 'FY2024') ORDER BY team_avg"),
    ("tricky", "How many people who quit were strong performers (4 or better in their last review)?",
     "SELECT COUNT(*) FROM emp e JOIN perf_rvw p ON p.emp_id = e.emp_id WHERE e.term_rsn_cd = 'RES' AND p.rvw_dt = (SELECT MAX(p2.rvw_dt) FROM perf_rvw p2 WHERE p2.emp_id = e.emp_id) AND p.rating_num >= 4"),
    ("tricky", "Which employees earn more than their manager?",
     CUR + "SELECT e.first_nm || ' ' || e.last_nm AS emp_nm, ce.base_sal_usd, m.first_nm || ' ' || m.last_nm AS mgr_nm, cm.base_sal_usd AS mgr_sal FROM emp e JOIN cur ce ON ce.emp_id = e.emp_id JOIN emp m ON m.emp_id = e.mgr_emp_id JOIN cur cm ON cm.emp_id = m.emp_id WHERE " + HC + " AND m.emp_stat_cd IN ('ACT', 'LOA') AND ce.base_sal_usd > cm.base_sal_usd"),
]

if __name__ == "__main__":
    bizlib.main("hr", build, QUESTIONS)
