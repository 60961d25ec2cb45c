"""Work per query is bounded whatever the SQL (issue: hardening). A model that answers SQL built
to run for minutes inside one function call, or to return one row of hundreds of megabytes, gets
a prompt, clear end: the statement stops within its time limit, memory stays bounded, and the
answer is an error or a truncated result, never minutes of work or gigabytes of JSON."""

import resource
import time

from harness import FakeLLM, demo_db, main, run, write_config

PRINTF_8 = "SELECT " + ", ".join("printf('%%.*c', 2147483647, 'x') AS c%d" % i for i in range(8))
WIDE_40 = "SELECT " + ", ".join("printf('%%.*c', 15000000, 'x') AS c%d" % i for i in range(40))
WIDE_OK = "SELECT " + ", ".join("printf('%%.*c', 3000000, 'x') AS c%d" % i for i in range(40))


def ask_model_sql(sql, timeout_ms=3000):
    rules = [{"question": ".", "response": "```sql\n%s\n```" % sql}]
    cfg = write_config({"query_timeout_ms": timeout_ms})
    with FakeLLM(rules) as fake:
        t0 = time.monotonic()
        r = run(["ask", "--db", demo_db(), "--json", "--no-rules", "--config", cfg,
                 "--llm", fake.tier(), "How many customers in germany"], timeout=300)
        return r, time.monotonic() - t0


def executions(j):
    return [s for s in j["trace"] if s["node"] == "analyze"]


def test_printf_inside_one_call_stops_within_the_limit():
    r, wall = ask_model_sql(PRINTF_8, timeout_ms=3000)
    assert r.code != 0, r
    j = r.json()
    assert j["status"] != "answered", j["status"]
    assert "too big" in " ".join(e.get("message", "") if isinstance(e, dict) else str(e)
                                 for e in j["errors"]) or "too big" in r.out, r.out[-2000:]
    # Each execution ended within the limit plus a second (it is refused at once now).
    for s in executions(j):
        assert s["ms"] < 3000 + 1000, s
    assert wall < 60, wall  # was 66.8 s for one attempt


def test_one_wide_row_is_refused_or_truncated_with_bounded_memory():
    # The probe's query: 40 values of 15 MB (was exit 0, 600 MB of JSON, 2.3 GB peak memory).
    # Each value is past the value limit, so the first one ends the statement.
    r, _ = ask_model_sql(WIDE_40)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert r.code != 0 or r.json()["truncated"], r
    assert len(r.out) < 1 << 20, len(r.out)
    print("  peak memory of the probe's wide row: %.0f MiB" % (peak_kib / 1024))
    assert peak_kib < 256 * 1024, peak_kib
    # 40 values of 3 MB each fit the value limit but not the result cap: cut mid-row.
    r2, _ = ask_model_sql(WIDE_OK)
    j = r2.json()
    assert j["truncated"] and j["rows"] == [], (j["status"], j["truncated"], len(j["rows"]))
    assert len(r2.out) < 1 << 20, len(r2.out)


if __name__ == "__main__":
    main([test_printf_inside_one_call_stops_within_the_limit,
          test_one_wide_row_is_refused_or_truncated_with_bounded_memory])
