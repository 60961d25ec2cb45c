#!/usr/bin/env python3
"""Learned templates, measured through the model path (docs/templates.md, docs/eval.md).

For each pair of the set (eval/fresh/templates_v1.json: db_id, question, query, paraphrase,
paraphrase_query over the Spider dev databases):
  0. before anything is learned, the question and its paraphrase are asked with no model
     (what tier 0's rules answer on their own: the baseline);
  1. the question is asked through the model path (`--no-rules`, so tier 0 does not answer it)
     with tests/fake_llm.py scripted to answer it with its gold SQL; genbi learns a template;
  2. the paraphrase (other wording, other values) is asked with NO model configured: every
     answer is tier 0's (a template's or the rules'), and the fake model must see no request;
     its rows are compared with paraphrase_query's (a multiset; a list when the gold query
     has ORDER BY; numbers to 1e-6);
  3. retirement: on one database, a column that learned templates filter on is dropped from the
     temporary copy; `genbi templates --check` must retire exactly the templates that use it,
     and their paraphrases are no longer answered from a template.

Every database is copied to a temporary directory and genbi's state (schema cache, templates,
fixes log) lives there too; nothing under the shared data is written.

usage: bench/bench_templates.py [--genbi build/genbi] [--set FILE] [--eval DIR] [--limit N]
                                [--json FILE] [--check] [-v]
--check (used by ctest): exit 1 unless every question was learned, phase 2 made no model call,
no answer from a template and no tier-0 answer at confidence >= 0.97 was wrong, no near miss
(the set's *_nearmiss.json: a question close to a pair's that asks something else) was answered
wrongly from a template, and the schema change retired exactly the templates it touched.
Exit status: 0; 77 when the set or the Spider databases are missing; 1 on --check failure.
"""

import argparse
import collections
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SKIP = 77
HIGH = 0.97
FINAL = 0.8  # LIMIT_CONF_DONE: a tier-0 answer at or above it is final, no model is asked


def skip(msg):
    print("skipped: %s" % msg)
    sys.exit(SKIP)


# ---------------------------------------------------------------------------------------------
# Result comparison
# ---------------------------------------------------------------------------------------------

def norm_cell(v):
    if isinstance(v, bool):
        return ("n", float(v))
    if isinstance(v, (int, float)):
        return ("n", round(float(v), 6))
    if v is None:
        return ("z", "")
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    s = str(v)
    try:
        return ("n", round(float(s), 6)) if re.fullmatch(r"-?\d+(\.\d+)?", s.strip()) else ("s", s)
    except ValueError:
        return ("s", s)


def same_rows(got, want, ordered):
    g = [tuple(norm_cell(c) for c in r) for r in got]
    w = [tuple(norm_cell(c) for c in r) for r in want]
    return g == w if ordered else sorted(g) == sorted(w)


def gold_rows(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return [list(r) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


def has_order_by(sql):
    return re.search(r"\border\s+by\b", sql, re.I) is not None


# ---------------------------------------------------------------------------------------------
# genbi and the fake model
# ---------------------------------------------------------------------------------------------

class Genbi:
    def __init__(self, path, env):
        self.path, self.env = path, env
        self.sanitizer_reports = 0  # a sanitized build's reports (build-asan)

    def run(self, args, timeout=120):
        p = subprocess.run([self.path] + list(args), capture_output=True, text=True,
                           env=self.env, timeout=timeout, stdin=subprocess.DEVNULL)
        if any(m in p.stderr for m in ("AddressSanitizer", "LeakSanitizer", "runtime error:")):
            self.sanitizer_reports += 1
            sys.stderr.write(p.stderr[-4000:])
        return p.returncode, p.stdout, p.stderr

    def ask(self, db, question, llm=None):
        args = ["ask", "--db", db, "--json"]
        if llm:
            args += ["--no-rules", "--llm", llm]
        code, out, err = self.run(args + [question])
        try:
            return json.loads(out)
        except ValueError:
            return {"status": "error", "message": ("exit %d: %s" % (code, err))[-300:],
                    "trace": [], "rows": []}


def outcomes(j):
    return [(s.get("outcome") or "") for s in j.get("trace") or []]


def from_template(j):
    return any(o.startswith("template ") for o in outcomes(j))


def learned_id(j):
    for o in outcomes(j):
        m = re.search(r"learned: template (\w+)", o)
        if m:
            return m.group(1)
    return None


class FakeModel:
    """tests/fake_llm.py answering each scripted question with its SQL (replay file)."""

    def __init__(self, tmp, pairs):
        self.dir = os.path.join(tmp, "fake")
        os.makedirs(self.dir)
        replay = os.path.join(self.dir, "replay.tsv")
        with open(replay, "w", encoding="utf-8") as f:
            for q, sql in pairs:
                f.write("%s\t%s\n" % (" ".join(q.split()), " ".join(sql.split())))
        script = os.path.join(self.dir, "rules.json")
        with open(script, "w") as f:
            json.dump([], f)
        port_file = os.path.join(self.dir, "port")
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(ROOT, "tests", "fake_llm.py"), "--port", "0",
             "--port-file", port_file, "--script", script, "--replay", replay,
             "--max-seconds", "3600"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not os.path.exists(port_file):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the fake model server did not start")
            time.sleep(0.02)
        with open(port_file) as f:
            self.url = "http://127.0.0.1:%d" % int(f.read().strip())

    def tier(self):
        return "ollama,%s,m" % self.url

    def requests(self):
        import urllib.request
        with urllib.request.urlopen(self.url + "/_stats", timeout=5) as r:
            return json.loads(r.read()).get("requests", 0)

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# ---------------------------------------------------------------------------------------------
# Phases
# ---------------------------------------------------------------------------------------------

def tier0_answer(j):
    return j.get("status") == "answered" and j.get("tier") == 0


def baseline(g, items):
    for it in items:
        jo = g.ask(it["db"], it["question"])
        jp = g.ask(it["db"], it["paraphrase"])
        it["orig_tier0"] = tier0_answer(jo)
        it["para_tier0_rules"] = tier0_answer(jp)
        it["para_rules_ok"] = tier0_answer(jp) and same_rows(
            jp.get("rows") or [], it["para_gold"], has_order_by(it["paraphrase_query"]))
        it["para_rules_conf"] = jp.get("confidence") or 0.0


def learn(g, fake, items, verbose):
    for it in items:
        j = g.ask(it["db"], it["question"], fake.tier())
        it["learn_tier"] = j.get("tier")
        it["learn_ok"] = j.get("status") == "answered" and same_rows(
            j.get("rows") or [], it["gold"], has_order_by(it["query"]))
        it["template"] = learned_id(j)
        if verbose and not it["template"]:
            print("  not learned [%s] %s: %s %s" % (it["db_id"], it["question"], j.get("status"),
                                                   (j.get("message") or "")[:120]))


def answer_paraphrases(g, items, verbose):
    for it in items:
        j = g.ask(it["db"], it["paraphrase"])
        it["ans"] = tier0_answer(j)
        it["ans_template"] = it["ans"] and from_template(j)
        it["conf"] = j.get("confidence") or 0.0
        it["sql_got"] = j.get("sql")
        it["ok"] = it["ans"] and same_rows(j.get("rows") or [], it["para_gold"],
                                          has_order_by(it["paraphrase_query"]))
        if verbose:
            tag = ("ok " if it["ok"] else "BAD") if it["ans"] else "-- "
            src = "tmpl" if it["ans_template"] else "rule" if it["ans"] else "none"
            print("  %s %s %.2f [%s] %s\n        %s" % (tag, src, it["conf"], it["db_id"],
                                                      it["paraphrase"], it["sql_got"]))


def probe_spider(g, items, path):
    """Other questions over the same databases (Spider format), asked with no model once the
    templates are learned: the ones a template answers, and how many of those are right (a
    template that answers a question it does not fit lowers precision where the set cannot see
    it)."""
    if not os.path.exists(path):
        return None
    dbs = {it["db_id"]: it["db"] for it in items}
    with open(path, encoding="utf-8") as f:
        dev = [d for d in json.load(f) if d["db_id"] in dbs]
    asked = answered = correct = 0
    wrong = []
    for d in dev:
        db = dbs[d["db_id"]]
        try:
            gold = gold_rows(db, d["query"])
        except sqlite3.Error:
            continue
        asked += 1
        j = g.ask(db, d["question"])
        if not (tier0_answer(j) and from_template(j)):
            continue
        answered += 1
        if same_rows(j.get("rows") or [], gold, has_order_by(d["query"])):
            correct += 1
        else:
            wrong.append((d["db_id"], d["question"], j.get("sql")))
    return {"asked": asked, "answered_from_template": answered, "correct": correct,
            "wrong": wrong[:20]}


def slot_columns(sql):
    """Columns a query compares with a literal (`col = 'x'`, `col > 3`, `TRIM(col) = 'x'`)."""
    cols = re.findall(r"(?:\w+\.)?(\w+)\)?\s*(?:=|<>|!=|>=|<=|>|<|\blike\b)\s*(?:'|-?\d)",
                      sql, re.I)
    return [c for c in cols if c.lower() not in ("and", "or", "where", "not")]


def table_of(db, column, sql):
    """The table of the query that has column (first match), or None."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        used = [t for t in tables if re.search(r"\b%s\b" % re.escape(t), sql, re.I)]
        for t in used:
            cols = [r[1] for r in con.execute("PRAGMA table_info(\"%s\")" % t.replace('"', '""'))]
            if any(c.lower() == column.lower() for c in cols):
                return t, [c for c in cols if c.lower() != column.lower()]
    finally:
        con.close()
    return None, None


def drop_column(db, table, column, keep):
    con = sqlite3.connect(db)
    try:
        q = lambda n: '"%s"' % n.replace('"', '""')
        try:
            con.execute("ALTER TABLE %s DROP COLUMN %s" % (q(table), q(column)))
        except sqlite3.DatabaseError:
            # a column in a key or an index: rebuild the table without it
            con.executescript("PRAGMA foreign_keys=OFF; CREATE TABLE genbi_bench_tmp AS SELECT %s"
                              " FROM %s; DROP TABLE %s; ALTER TABLE genbi_bench_tmp RENAME TO %s;"
                              % (", ".join(q(c) for c in keep), q(table), q(table), q(table)))
        con.commit()
    finally:
        con.close()


def uses_column(sql, table, column):
    return (re.search(r"\b%s\b" % re.escape(table), sql, re.I) is not None and
            re.search(r"\b%s\b" % re.escape(column), sql, re.I) is not None)


def retirement(g, items):
    """Drops the column most learned templates of one database filter on; returns the figures."""
    learned = [it for it in items if it["template"]]
    best = None
    for db_id in sorted({it["db_id"] for it in learned}):
        mine = [it for it in learned if it["db_id"] == db_id]
        count = collections.Counter()
        for it in mine:
            for c in sorted(set(x.lower() for x in slot_columns(it["query"]))):
                count[c] += 1
        for col, n in count.most_common():
            if n < len(mine) and (best is None or (n, len(mine)) > best[0]):
                best = ((n, len(mine)), db_id, col)
            break
    if not best:
        return {"done": False, "why": "no database with a template on a column others lack"}
    _, db_id, col = best
    mine = [it for it in learned if it["db_id"] == db_id]
    db = mine[0]["db"]
    table, keep = None, None
    for it in mine:
        if col in (c.lower() for c in slot_columns(it["query"])):
            table, keep = table_of(db, col, it["query"])
            if table:
                column = next(c for c in slot_columns(it["query"]) if c.lower() == col)
                break
    if not table:
        return {"done": False, "why": "column %s not found" % col}
    drop_column(db, table, column, keep)
    code, out, err = g.run(["templates", "--db", db, "--check", "--json"])
    try:
        report = {r["id"]: r["action"] for r in json.loads(out)}
    except (ValueError, KeyError, TypeError):
        return {"done": False, "why": "templates --check: exit %d %s" % (code, err[-200:])}
    touched = [it for it in mine if uses_column(it["query"], table, column)]
    untouched = [it for it in mine if it not in touched]
    retired = sum(report.get(it["template"]) == "retired" for it in touched)
    kept = sum(report.get(it["template"]) in ("kept", None) for it in untouched)
    still = sum(from_template(g.ask(db, it["paraphrase"])) for it in touched)
    return {"done": True, "db": db_id, "change": "dropped %s.%s" % (table, column),
            "touched": len(touched), "retired": retired, "untouched": len(untouched),
            "kept": kept, "touched_answered_from_template_after": still}


# ---------------------------------------------------------------------------------------------

def load(args, tmp):
    if not os.path.exists(args.set):
        skip("no question set at %s" % args.set)
    spider = os.path.join(args.eval, "spider", "database")
    if not os.path.isdir(spider):
        skip("no Spider databases at %s" % spider)
    with open(args.set, encoding="utf-8") as f:
        data = json.load(f)
    if args.limit:
        data = data[:args.limit]
    items, missing = [], set()
    for d in data:
        src = os.path.join(spider, d["db_id"], d["db_id"] + ".sqlite")
        if not os.path.exists(src):
            missing.add(d["db_id"])
            continue
        dst = os.path.join(tmp, "db", d["db_id"], d["db_id"] + ".sqlite")
        if not os.path.exists(dst):
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
            os.chmod(dst, 0o600)
        it = dict(d, db=dst)
        it["gold"] = gold_rows(dst, d["query"])
        it["para_gold"] = gold_rows(dst, d["paraphrase_query"])
        items.append(it)
    if missing:
        print("databases missing (their pairs skipped): %s" % ", ".join(sorted(missing)))
    if not items:
        skip("none of the set's databases is present")
    return items


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def halves(eval_dir):
    """{db_id: "A"|"B"}: the Spider dev databases in byte order, A the 1st, 3rd, ... (as in
    eval/fresh/README.md)."""
    spider = os.path.join(eval_dir, "spider", "database")
    names = sorted(d for d in os.listdir(spider)
                   if os.path.exists(os.path.join(spider, d, d + ".sqlite")))
    return {d: "AB"[i % 2] for i, d in enumerate(names)}


def figures(items, calls_phase2, retire, half_of):
    n = len(items)
    ans = [it for it in items if it["ans"]]
    high = [it for it in ans if it["conf"] >= HIGH - 1e-9]
    final = [it for it in ans if it["conf"] >= FINAL - 1e-9]
    tmpl = [it for it in ans if it["ans_template"]]
    by_db = collections.OrderedDict()
    by_half = collections.OrderedDict()
    for it in sorted(items, key=lambda x: (half_of.get(x["db_id"], "?"), x["db_id"])):
        h = by_half.setdefault(half_of.get(it["db_id"], "?"), collections.Counter())
        h["pairs"] += 1
        h["answered"] += it["ans"]
        h["correct"] += it["ok"]
        h["from_template"] += it["ans_template"]
        h["correct_from_template"] += it["ans_template"] and it["ok"]
    for it in sorted(items, key=lambda x: x["db_id"]):
        d = by_db.setdefault(it["db_id"], collections.Counter())
        d["pairs"] += 1
        d["learned"] += bool(it["template"])
        d["answered"] += it["ans"]
        d["correct"] += it["ok"]
        d["from_template"] += it["ans_template"]
    return {
        "pairs": n,
        "baseline_originals_tier0": sum(it["orig_tier0"] for it in items),
        "baseline_paraphrases_tier0": sum(it["para_tier0_rules"] for it in items),
        "baseline_paraphrases_correct": sum(it["para_rules_ok"] for it in items),
        "learned": sum(bool(it["template"]) for it in items),
        "learn_answers_correct": sum(it["learn_ok"] for it in items),
        "answered": len(ans),
        "correct": sum(it["ok"] for it in ans),
        "answered_from_template": len(tmpl),
        "correct_from_template": sum(it["ok"] for it in tmpl),
        "answered_final": len(final),
        "correct_final": sum(it["ok"] for it in final),
        "answered_high": len(high),
        "correct_high": sum(it["ok"] for it in high),
        "wrong_at_1": sum(not it["ok"] and it["conf"] >= 0.995 for it in ans),
        "model_calls_phase2": calls_phase2,
        "retirement": retire,
        "by_db": {k: dict(v) for k, v in by_db.items()},
        "by_half": {k: dict(v) for k, v in by_half.items()},
    }


def report(f):
    n = f["pairs"]
    print("pairs: %d" % n)
    print("before learning, tier 0 alone: originals %d/%d, paraphrases %d/%d (%d correct)" % (
        f["baseline_originals_tier0"], n, f["baseline_paraphrases_tier0"], n,
        f["baseline_paraphrases_correct"]))
    print("learned: %d/%d (model answers right: %d)" % (f["learned"], n,
                                                        f["learn_answers_correct"]))
    print("paraphrases answered by tier 0 (no model): %d/%d = %.1f%% coverage; correct %d,"
          " precision %.1f%%" % (f["answered"], n, pct(f["answered"], n), f["correct"],
                                 pct(f["correct"], f["answered"])))
    print("  from a template: %d (%d correct); by the rules: %d (%d correct)" % (
        f["answered_from_template"], f["correct_from_template"],
        f["answered"] - f["answered_from_template"], f["correct"] - f["correct_from_template"]))
    print("  at confidence >= %.2f (final: a configured model would not be asked): %d/%d = %.1f%%,"
          " precision %.1f%% (%d correct)" % (
              FINAL, f["answered_final"], n, pct(f["answered_final"], n),
              pct(f["correct_final"], f["answered_final"]), f["correct_final"]))
    print("  at confidence >= %.2f: %d/%d = %.1f%%, precision %.1f%% (%d correct)" % (
        HIGH, f["answered_high"], n, pct(f["answered_high"], n),
        pct(f["correct_high"], f["answered_high"]), f["correct_high"]))
    print("  wrong at confidence 1.00: %d" % f["wrong_at_1"])
    print("model requests while answering paraphrases: %d" % f["model_calls_phase2"])
    for h, d in f["by_half"].items():
        print("  half %s: %d pairs, answered %d (%.1f%%), correct %d; from a template %d (%.1f%%),"
              " correct %d" % (h, d["pairs"], d["answered"], pct(d["answered"], d["pairs"]),
                              d["correct"], d["from_template"],
                              pct(d["from_template"], d["pairs"]), d["correct_from_template"]))
    for db, d in f["by_db"].items():
        print("  %-26s pairs %d learned %d answered %d (template %d) correct %d" % (
            db, d["pairs"], d["learned"], d["answered"], d["from_template"], d["correct"]))
    for name, p in (f.get("probes") or {}).items():
        if not p:
            continue
        print("%s questions on these databases, after learning: %d asked, %d answered"
              " from a template, %d of them right" % (name, p["asked"],
                                                      p["answered_from_template"], p["correct"]))
        for w in p["wrong"]:
            print("    wrong [%s] %s\n        %s" % w)
    r = f["retirement"]
    if r.get("done"):
        print("schema change on %s (%s): retired %d/%d touched templates, kept %d/%d others;"
              " touched paraphrases answered from a template afterwards: %d" % (
                  r["db"], r["change"], r["retired"], r["touched"], r["kept"], r["untouched"],
                  r["touched_answered_from_template_after"]))
    else:
        print("schema change: not run (%s)" % r.get("why"))


def check(f):
    r = f["retirement"]
    bad = []
    if f["learned"] != f["pairs"]:
        bad.append("learned %d of %d" % (f["learned"], f["pairs"]))
    if f.get("sanitizer_reports"):
        bad.append("%d sanitizer report(s)" % f["sanitizer_reports"])
    if f["model_calls_phase2"]:
        bad.append("the model was called while answering paraphrases")
    if f["answered_high"] != f["correct_high"]:
        bad.append("a wrong answer at confidence >= %.2f" % HIGH)
    if f["answered_from_template"] != f["correct_from_template"]:
        bad.append("a wrong answer from a template")
    near = (f.get("probes") or {}).get("near misses")
    if near and near["answered_from_template"] != near["correct"]:
        bad.append("a near miss answered wrongly from a template")
    if not r.get("done") or r["retired"] != r["touched"] or r["kept"] != r["untouched"] or \
            r["touched_answered_from_template_after"]:
        bad.append("retirement: %s" % r)
    for b in bad:
        print("CHECK FAILED: %s" % b)
    return not bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--genbi", default=os.environ.get("GENBI_BIN") or
                    os.path.join(ROOT, "build", "genbi"))
    ap.add_argument("--set", default=os.path.join(ROOT, "eval", "fresh", "templates_v1.json"))
    ap.add_argument("--eval", default=os.environ.get("GENBI_EVAL_DIR") or
                    os.path.join(ROOT, "..", "shared", "eval"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N pairs")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--no-probe", action="store_true",
                    help="do not ask Spider dev's questions over the same databases")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not os.access(args.genbi, os.X_OK):
        print("genbi not found at %s (build it, or pass --genbi)" % args.genbi)
        return 2
    tmp = tempfile.mkdtemp(prefix="genbi-bench-tmpl-",
                           dir=os.environ.get("GENBI_TEST_TMP") or None)
    fake = None
    try:
        items = load(args, tmp)
        env = dict(os.environ)
        for k in ("GENBI_CONFIG", "GENBI_API_KEY", "GENBI_SNAPSHOT"):
            env.pop(k, None)
        env.update({"GENBI_TEMPLATES": "on", "GENBI_CACHE_DIR": os.path.join(tmp, "cache"),
                    "GENBI_FIXES_LOG": os.path.join(tmp, "fixes.jsonl"),
                    "XDG_CACHE_HOME": os.path.join(tmp, "xdg-cache"),
                    "XDG_DATA_HOME": os.path.join(tmp, "xdg-data"),
                    "HOME": os.path.join(tmp, "home")})
        os.makedirs(env["HOME"])
        g = Genbi(args.genbi, env)
        t0 = time.monotonic()
        baseline(g, items)
        fake = FakeModel(tmp, [(it["question"], it["query"]) for it in items])
        learn(g, fake, items, args.verbose)
        before = fake.requests()
        answer_paraphrases(g, items, args.verbose)
        calls = fake.requests() - before
        probes = {}
        here = os.path.dirname(args.set)
        # the set's near misses (questions close to a pair's that ask something else) always
        probes["near misses"] = probe_spider(g, items,
                                             os.path.splitext(args.set)[0] + "_nearmiss.json")
        if not args.no_probe:
            for name, path in (("spider_dev", os.path.join(args.eval, "spider", "dev.json")),
                               ("spider_v1", os.path.join(here, "spider_v1.json")),
                               ("spider_v2_A", os.path.join(here, "spider_v2_A.json")),
                               ("spider_v2_B", os.path.join(here, "spider_v2_B.json"))):
                probes[name] = probe_spider(g, items, path)
        retire = retirement(g, items)
        f = figures(items, calls, retire, halves(args.eval))
        f["probes"] = probes
        f["sanitizer_reports"] = g.sanitizer_reports
        f["seconds"] = round(time.monotonic() - t0, 1)
        report(f)
        if args.json:
            with open(args.json, "w") as out:
                json.dump(f, out, indent=1)
        if args.check and not check(f):
            return 1
        return 0
    finally:
        if fake:
            fake.close()
        if args.keep:
            print("kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
