#!/usr/bin/env python3
"""Tier 0 and the fixer on defog sql-eval, a domain no rule of genbi was written for. Figures are
printed, never asserted (tests/integration/test_defog_bench.py runs this with --check, which
asserts only structural things: every question answered or handed over, no crash, no write).

The 11 defog PostgreSQL dumps (../shared/eval/defog/defog-data) are loaded into a throwaway
PostgreSQL (tests/integration/srv_postgres.py), one database each, as test_defog_postgres.py does.

1. Tier 0: every question of sql-eval/data/questions_gen_postgres.csv goes to `genbi serve` with
   no model tier (POST /v1/ask). Its rows are compared with the gold query's rows as psql gives
   them. defog writes `{a.x, a.y}` where either column or both is right: every such variant of
   the gold is run, and an answer is right when it matches one of them. Two readings:
     strict  the same multiset of rows, columns in the same order;
     defog   defog's own rule: every column of the gold variant is a column of the answer
             (extra columns allowed, any order) and, projected on those, the rows are the same
             multiset.
   Printed per database, per query_category and overall: asked, answered at confidence >= 0.8,
   right among those, wrong at confidence 1.00, and right at any confidence (tier 0's SQL of a
   handed-over question, the last one that ran, counts when psql gives the gold's rows with it).
2. The fixer: defog ships the same questions' gold SQL for MySQL, T-SQL and SQLite (same row
   order and db_name as the PostgreSQL file). Each such query is run as written against the
   PostgreSQL database (psql); each one that fails goes through genbi's repair path with no model
   call: a fake model tier answers the question with that query and says "I don't know." to the
   repair prompt, so only the deterministic fixer can make it run. Printed: fails as written, made
   to run by the fixer, and among those, with the PostgreSQL gold's rows. Into PostgreSQL the
   fixer has its name repairs (column, table, qualifier) and only a few SQLite -> PostgreSQL
   dialect rules (docs/fixer.md); it has no MySQL or T-SQL -> PostgreSQL rules.

usage: bench/bench_defog.py [--check] [--tier0-only] [--fixer-only] [--misses]
Exit 77 when the defog data, PostgreSQL or the genbi binary is missing.
"""

import argparse
import collections
import itertools
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))

import harness  # noqa: E402
from harness import FakeLLM  # noqa: E402
from test_defog_postgres import (DEFOG, DUMPS, QUESTIONS, ask_all, gold_sql,  # noqa: E402
                                 load_dumps, psql_rows, read_questions, rows_key)
from test_cross_dialect import norm_cell  # noqa: E402
from test_server_load import Server  # noqa: E402

SKIP = 77
DIALECTS = ("mysql", "tsql", "sqlite")
CONFIDENT = 0.8


def gold_variants(query):
    """The gold query with every reading of its first `{a, b}` group: all of it (gold_sql), then
    each alternative alone (`{}` repeats the chosen one). Later groups keep all their columns."""
    first = next(part for part in query.split(";") if part.strip())
    m = re.search(r"\{([^{}]+)\}", first)
    out = [gold_sql(query)]
    if not m:
        return out
    for alt in (a.strip() for a in m.group(1).split(",")):
        q = first[:m.start()] + alt + first[m.end():]
        q = q.replace("{}", alt)
        out.append(gold_sql(q))
    return out


def cols_of(rows, width):
    return [collections.Counter(norm_cell(r[i]) for r in rows) for i in range(width)]


def defog_match(got, want):
    """Every column of want is a distinct column of got, and the rows agree on them."""
    if len(got) != len(want):
        return False
    if not want:
        return True
    gw, ww = len(got[0]), len(want[0])
    if ww > gw:
        return False
    gc, wc = cols_of(got, gw), cols_of(want, ww)
    cands = [[j for j in range(gw) if gc[j] == wc[i]] for i in range(ww)]
    if any(not c for c in cands):
        return False
    target = rows_key(want)
    tried = 0
    for perm in itertools.product(*cands):
        if len(set(perm)) != ww:
            continue
        tried += 1
        if rows_key([[r[j] for j in perm] for r in got]) == target:
            return True
        if tried > 500:
            break
    return False


def score(answer_rows, golds):
    """(strict, defog) for an answer's rows against the gold variants' rows."""
    golds = [g for g in golds if g is not None]
    strict = any(rows_key(answer_rows) == rows_key(g) for g in golds)
    return strict, strict or any(defog_match(answer_rows, g) for g in golds)


def answer_sql(j):
    """The answer's SQL, or the last query that ran when the supervisor handed over."""
    if j.get("sql"):
        return j["sql"]
    ran = [s.get("sql") for s in j.get("trace") or [] if s.get("node") == "analyze" and s.get("sql")]
    return ran[-1] if ran else None


def repairs_of(j):
    return [s.get("outcome", "").split(":")[0][len("repair "):]
            for s in j.get("trace") or []
            if s.get("node") == "fix_sql" and (s.get("outcome") or "").startswith("repair ")]


def first_error(j):
    """The first execution error of the trace, its names and numbers kept, arguments masked."""
    for s in j.get("trace") or []:
        out = s.get("outcome") or ""
        if s.get("node") == "analyze" and out.startswith("error "):
            return re.sub(r"\((?:[a-z ]+(?:, )?)*\)", "(…)", out)[:100]
    return "(no error in the trace)"


def dump_schema(db):
    """The schema a dump creates its tables in (ewallet's consumer_div), else None."""
    with open(os.path.join(DUMPS, db, db + ".sql")) as f:
        m = re.search(r"CREATE SCHEMA (?:IF NOT EXISTS )?(\w+)", f.read(), re.I)
    return m.group(1) if m else None


def server_args(pg, dbs):
    """One --db per database; a dump with its own schema is connected with schema= (as a user
    would: genbi reads one schema, docs/databases.md)."""
    args = ["--no-cache"]
    for db in dbs:
        schema = dump_schema(db)
        args += ["--db", "%s=%s" % (db, pg.dsn(db, "?schema=" + schema if schema else ""))]
    return args


def table_counts(pg, dbs):
    """Every table's exact row count, per database: a write anywhere shows."""
    sql = ("SELECT string_agg(table_name || '=' || (xpath('/row/c/text()', query_to_xml("
           "format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, "
           "'')))[1]::text, ',' ORDER BY table_name) FROM information_schema.tables "
           "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
    return {db: pg.psql(sql, db=db).stdout.strip() for db in dbs}


def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "    -"


# --------------------------------------------------------------------------------------------
# Tier 0
# --------------------------------------------------------------------------------------------

def run_tier0(pg, items, golds, dbs, problems, show_misses):
    with Server(server_args(pg, dbs)) as srv:
        got = ask_all(srv, items)
        code = srv.stop()
    if code != 0:
        problems.append("tier 0: genbi serve exited %d" % code)
    rows = []  # (item, status word, confidence, strict, defog)
    reasons = collections.Counter()
    attempts = 0
    for it, g, (st, j) in zip(items, golds, got):
        if st != 200 or not j or j.get("status") not in ("answered", "unanswered", "refused"):
            problems.append("tier 0 %s/%s: HTTP %s %s" % (it["db_name"], it["question"][:60], st,
                                                         j and j.get("status")))
            rows.append((it, "error", 0.0, False, False))
            continue
        conf = j.get("confidence") or 0.0
        if j["status"] != "answered" or j.get("truncated"):
            reasons[re.sub(r"'[^']*'|\d+(\.\d+)?", "…", j.get("message") or "")[:90]] += 1
            # Handed over: was tier 0's own attempt (if any) right all the same?
            sql = answer_sql(j)
            got_rows = psql_rows(pg, it["db_name"], sql) if sql else None
            attempts += got_rows is not None
            right = got_rows is not None and score(got_rows, g)[1]
            rows.append((it, j["status"], conf, False, right))
            if show_misses and sql:
                print("  BELOW %s [%s] %.2f %s\n    q: %s\n    sql: %s" % (
                    it["db_name"], it["query_category"], conf, "right" if right else "wrong",
                    it["question"], sql))
            continue
        strict, defog = score(j.get("rows") or [], g)
        rows.append((it, "answered", conf, strict, defog))
        if show_misses and conf >= CONFIDENT and not defog:
            print("  MISS %s [%s] %.2f\n    q: %s\n    sql: %s" % (
                it["db_name"], it["query_category"], conf, it["question"], j.get("sql")))
    print("\nTier 0 (no model), %d questions; answered = status answered at confidence >= %.1f;"
          "\nright = defog's rule (strict: same columns in the same order)" % (len(items), CONFIDENT))
    hdr = "%-16s %5s %9s %14s %7s %9s %12s" % ("", "asked", "answered", "right (prec.)",
                                                  "strict", "wrong@1.0", "right@any")
    for key, title in (("db_name", "by database"), ("query_category", "by category")):
        print("\n" + title + "\n" + hdr)
        groups = collections.OrderedDict()
        for r in sorted(rows, key=lambda r: r[0][key]):
            groups.setdefault(r[0][key], []).append(r)
        groups["all"] = rows
        for name, rs in groups.items():
            ans = [r for r in rs if r[1] == "answered" and r[2] >= CONFIDENT]
            right = sum(r[4] for r in ans)
            print("%-16s %5d %4d %s %4d %s %7d %9d %5d %s" % (
                name[:16], len(rs), len(ans), pct(len(ans), len(rs)), right, pct(right, len(ans)),
                sum(r[3] for r in ans), sum(1 for r in ans if r[2] >= 0.995 and not r[4]),
                sum(r[4] for r in rs), pct(sum(r[4] for r in rs), len(rs))))
    print("handed over with a tier-0 query that ran: %d, of which right %d" % (
        attempts, sum(r[4] for r in rows if r[1] != "answered")))
    by_status = collections.Counter(r[1] for r in rows)
    print("status: %s" % ", ".join("%s %d" % kv for kv in sorted(by_status.items())))
    print("why tier 0 handed over (message, quoted words and numbers masked):")
    for msg, n in reasons.most_common(12):
        print("  %4d  %s" % (n, msg))


# --------------------------------------------------------------------------------------------
# The fixer
# --------------------------------------------------------------------------------------------

def fixer_cases(pg, items, golds):
    """(dialect, index, item, sql) for each other-dialect gold query PostgreSQL refuses as
    written; also prints how the others fare."""
    data = os.path.join(DEFOG, "sql-eval", "data")
    cases = []
    print("\nThe fixer: other dialects' gold SQL run against the PostgreSQL databases")
    for d in DIALECTS:
        path = os.path.join(data, "questions_gen_%s.csv" % d)
        if not os.path.exists(path):
            print("  %s: no %s" % (d, path))
            continue
        other = read_questions(path)
        paired = same = ran_same = ran_diff = 0
        for i, (it, o) in enumerate(zip(items, other)):
            if o["db_name"] != it["db_name"] or golds[i][0] is None:
                continue
            paired += 1
            sql = gold_sql(o["query"])
            if sql == gold_sql(it["query"]):
                same += 1
                continue
            rows = psql_rows(pg, it["db_name"], sql)
            if rows is None:
                cases.append((d, i, it, sql))
            elif score(rows, golds[i])[1]:
                ran_same += 1
            else:
                ran_diff += 1
        print("  %-6s paired %d; identical to the PostgreSQL gold %d; differ but run as written "
              "%d (%d with the gold's rows); fail as written %d" % (
                  d, paired, same, ran_same + ran_diff, ran_same,
                  sum(1 for c in cases if c[0] == d)))
    return cases


def run_fixer(pg, cases, golds, dbs, problems, show_misses):
    if not cases:
        return
    replay = "".join("defog fix %s %d\t%s\n" % (d, i, sql) for d, i, _, sql in cases)
    rules = [{"prompt": "Failed SQL:", "response": "I don't know."}]
    with FakeLLM(rules, replay=replay) as llm:
        args = server_args(pg, dbs) + ["--no-rules", "--llm", llm.tier()]
        with Server(args, env={"GENBI_FIXES_LOG": "off"}) as srv:
            got = ask_all(srv, [{"question": "defog fix %s %d" % (d, i), "db_name": it["db_name"]}
                                for d, i, it, _ in cases])
            code = srv.stop()
    if code != 0:
        problems.append("fixer: genbi serve exited %d" % code)
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # failed, ran, right, answered
    classes, errors = collections.Counter(), collections.Counter()
    tried, tried_classes = collections.Counter(), collections.Counter()
    for (d, i, it, sql), (st, j) in zip(cases, got):
        if st != 200 or not j or j.get("status") not in ("answered", "unanswered", "refused"):
            problems.append("fixer %s %d: HTTP %s %s" % (d, i, st, j and j.get("status")))
            continue
        s = stats[d]
        s[0] += 1
        errors[first_error(j)] += 1
        tried[d] += bool(repairs_of(j))
        tried_classes.update(set(repairs_of(j)))
        final = answer_sql(j)
        rows = psql_rows(pg, it["db_name"], final) if final and final != sql else None
        if rows is None:
            if show_misses:
                print("  NOT RUN %s %s: %s\n    %s" % (d, it["db_name"], sql[:300],
                                                     (j.get("message") or "")[:200]))
                for step in j.get("trace") or []:
                    if (step.get("outcome") or "").startswith("repair "):
                        print("    %s" % step["outcome"][:200])
            continue
        s[1] += 1
        classes.update(set(repairs_of(j)))
        ok = score(rows, golds[i])[1]
        s[2] += ok
        s[3] += j["status"] == "answered"
        if show_misses and not ok:
            print("  WRONG %s %s:\n    was: %s\n    now: %s" % (d, it["db_name"], sql[:300], final[:300]))
    print("\n%-8s %15s %10s %16s %18s %9s" % ("dialect", "fail as written", "repaired",
                                               "fixer makes run", "gold's rows", "answered"))
    tot = [0, 0, 0, 0]
    tried["all"] = sum(tried.values())
    for d in sorted(stats) + ["all"]:
        s = stats[d] if d != "all" else tot
        if d != "all":
            tot = [a + b for a, b in zip(tot, s)]
        print("%-8s %15d %10d %9d %s %11d %s %9d" % (d, s[0], tried[d], s[1], pct(s[1], s[0]),
                                                     s[2], pct(s[2], s[1]), s[3]))
    print("(repaired: the fixer rewrote the query at least once, whether or not it then ran)")
    print("repairs tried: %s" %
          (", ".join("%s %d" % kv for kv in tried_classes.most_common()) or "none"))
    print("repairs used by the queries made to run: %s" %
          (", ".join("%s %d" % kv for kv in classes.most_common()) or "none"))
    print("first error as written, all dialects:")
    for msg, n in errors.most_common(25):
        print("  %4d  %s" % (n, msg))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 on a structural problem (crash, HTTP error, a write)")
    ap.add_argument("--tier0-only", action="store_true")
    ap.add_argument("--fixer-only", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print each miss")
    a = ap.parse_args()
    if not os.path.exists(QUESTIONS) or not os.path.isdir(DUMPS):
        print("skipped: defog sql-eval data not found at %s" % DEFOG)
        return SKIP
    if not os.path.exists(harness.GENBI):
        print("skipped: no genbi binary at %s" % harness.GENBI)
        return SKIP
    try:
        import srv_postgres
        pg = srv_postgres.Postgres()
    except Exception as e:  # noqa: BLE001 - no PostgreSQL here: skipped, not failed
        print("skipped: no PostgreSQL (%s)" % e)
        return SKIP
    r = harness.run(["--version"])
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print("%s, source commit %s" % (r.out.strip() or r.err.strip(), commit or "unknown"))
    items = read_questions()
    dbs = sorted({it["db_name"] for it in items})
    problems = []
    t0 = time.monotonic()
    with pg:
        load_dumps(pg, dbs)
        for db in dbs:
            if dump_schema(db):  # psql resolves unqualified names where genbi's schema= does
                pg.psql("ALTER DATABASE %s SET search_path TO %s, public" % (db, dump_schema(db)))
        before = table_counts(pg, dbs)
        golds = [[psql_rows(pg, it["db_name"], v) for v in gold_variants(it["query"])]
                 for it in items]
        print("loaded %d databases, %d questions (psql runs %d gold queries) in %.0f s" % (
            len(dbs), len(items), sum(g[0] is not None for g in golds), time.monotonic() - t0))
        if not a.fixer_only:
            run_tier0(pg, items, golds, dbs, problems, a.misses)
        if not a.tier0_only:
            run_fixer(pg, fixer_cases(pg, items, golds), golds, dbs, problems, a.misses)
        if table_counts(pg, dbs) != before:
            problems.append("a table's row count changed")
    print("\ntotal %.0f s" % (time.monotonic() - t0))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if a.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
