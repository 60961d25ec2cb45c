"""The cost/accuracy simulation of issue 5 on Spider dev (when ../shared/eval exists): tier 0 and
recorded SQL of published systems replayed as model tiers, the supervisor escalating on live
signals only. Asserts the acceptance point against the "always the strongest tier" baseline
that the same run computes (its EX and cost): at least the baseline's EX at no more than 40% of
its cost, and prints the frontier of the three policies (docs/cost.md).

Configurations:
  two tiers   tier 1 CodeX few-shot ($0.0001 / 1k tokens), tier 2 DAIL-SQL + GPT-4 ($0.03 / $0.06)
  three tiers the same with Graphix-T5 (a 3B model run locally, $0.0001 / 1k) as tier 2"""

import json
import os

from harness import ROOT, main, run, skip, tmpdir

SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "spider"))
PRED = os.path.join(SHARED, "predictions")
CODEX = (os.path.join(PRED, "din-sql", "CodeX_CodeX_few-shot.csv"), "0.0001,0.0001")
GRAPHIX = (os.path.join(PRED, "dail-sql", "graphix_result.txt"), "0.0001,0.0001")
GPT4 = (os.path.join(PRED, "dail-sql", "DAIL-SQL+GPT-4.txt"), "0.03,0.06")
MAX_SHARE = 0.40


def need_data():
    """Skips the test unless Spider dev and the three prediction files are present."""
    need = [os.path.join(SHARED, "dev.json"), CODEX[0], GRAPHIX[0], GPT4[0]]
    missing = [p for p in need if not os.path.exists(p)]
    if missing:
        skip("%s not found" % missing[0])


def simulate(config, tiers):
    d = tmpdir("cost-sim-")
    cfg = os.path.join(d, "policy.json")
    with open(cfg, "w") as f:
        json.dump(config, f)
    args = ["eval", "--dataset", os.path.join(SHARED, "dev.json"),
            "--db-dir", os.path.join(SHARED, "database"),
            "--tables", os.path.join(SHARED, "tables.json"), "--config", cfg, "--json"]
    for path, price in tiers:
        args += ["--replay", path, "--replay-price", price]
    r = run(args, timeout=600)
    assert r.code == 0, r
    j = r.json()
    assert j["evaluated"] == 972, j["evaluated"]
    b = j["baseline"]
    # The baseline is the strongest tier alone, judged and priced in this very run.
    assert b["tier"] == "replay:DAIL-SQL+GPT-4", b
    assert b["total"] == 972 and b["cost_usd"]["total"] > 0, b
    return j


def line(name, j):
    b = j["baseline"]
    tiers = " / ".join(str(t["answered"]) for t in j["by_tier"])
    return ("  %-34s EX %.1f%%  $%.6f/q  $%.6f/correct  %5.1f%% of baseline cost  (tiers %s)" %
            (name, 100 * j["ex"], j["cost_usd"]["per_question"], j["cost_usd"]["per_correct"],
             100 * b["run_cost_share"], tiers))


def meets_point(j):
    b = j["baseline"]
    return j["correct"] >= b["correct"] and b["run_cost_share"] <= MAX_SHARE


def test_two_tiers_cost_policy():
    """tier 0 + CodeX + GPT-4, the default `cost` policy: the acceptance point as the issue
    states it (its e.g. configuration)."""
    need_data()
    j = simulate({"policy": "cost"}, [CODEX, GPT4])
    b = j["baseline"]
    print("  baseline (always DAIL-SQL + GPT-4): EX %.1f%%  $%.6f/q" %
          (100 * b["ex"], b["cost_usd"]["per_question"]))
    print(line("cost, CodeX -> GPT-4", j))
    assert meets_point(j), (j["correct"], b["correct"], b["run_cost_share"])


def test_three_tiers_vote():
    """tier 0 + CodeX + Graphix-T5 + GPT-4: a cheap answer is final when another tier's result
    agrees; the point holds with room to spare."""
    need_data()
    j = simulate({"policy": "cost"}, [CODEX, GRAPHIX, GPT4])
    b = j["baseline"]
    print(line("cost, CodeX -> Graphix -> GPT-4", j))
    assert meets_point(j), (j["correct"], b["correct"], b["run_cost_share"])
    # Voting clears the point by a margin, not by a question or two.
    assert j["correct"] >= b["correct"] + 10, (j["correct"], b["correct"])
    assert b["run_cost_share"] <= 0.32, b["run_cost_share"]
    # Graphix is asked for its vote: it answers more than CodeX does.
    assert j["by_tier"][2]["answered"] > j["by_tier"][1]["answered"], j["by_tier"]


def test_frontier_of_the_policies():
    """The three policies, two and three tiers: printed for docs/cost.md; each costs no more
    than the next stronger policy, and every one reaches the baseline's EX."""
    need_data()
    for name, tiers in (("CodeX -> GPT-4", [CODEX, GPT4]),
                        ("CodeX -> Graphix -> GPT-4", [CODEX, GRAPHIX, GPT4])):
        shares = []
        for policy in ("cost", "balanced", "accuracy"):
            j = simulate({"policy": policy}, tiers)
            print(line("%s, %s" % (policy, name), j))
            assert j["correct"] >= j["baseline"]["correct"], (policy, name, j["correct"])
            shares.append(j["baseline"]["run_cost_share"])
        assert shares[0] <= shares[1] <= shares[2] <= 1.0, (name, shares)
    # For the record: the supervisor without this signals (consistency checks and
    # cheap-tier voting off, the earlier complex penalty on).
    old = {"policy": "cost", "consistency_penalty": 0, "confidence_unconfirmed": 1,
           "complex_penalty": 0.1}
    print(line("cost, CodeX -> GPT-4, signals off", simulate(old, [CODEX, GPT4])))


if __name__ == "__main__":
    main([test_two_tiers_cost_policy, test_three_tiers_vote, test_frontier_of_the_policies])
