"""Model answers that cannot be right are never accepted (issue 16), end to end: the real genbi
binary with one model tier and --no-rules on the demo database, the fake model server giving the
answer. A constant (`SELECT 143`) or the catalog (`SELECT name FROM sqlite_master`) for a
how-many question ends as could-not-answer with the reason; a self-correcting answer is answered
with its final query; SQL written inline in backticks is found; the right answer still passes at
the tier's full confidence; a second tier takes over from an implausible first one. The same
verdicts through `genbi serve`."""

import asyncio
import json

from harness import FakeLLM, demo_db, main, run
from test_llm_path import scalar
from test_server_load import Server, http as http_request

Q = "how many customers in germany"
RIGHT = "SELECT count(*) FROM customers WHERE country = 'Germany'"


def ask(fake_tiers, question=Q, extra=()):
    args = ["ask", "--db", demo_db(), "--json", "--no-rules"]
    for t in fake_tiers:
        args += ["--llm", t]
    return run(args + list(extra) + [question])


def ask_one(response, question=Q):
    with FakeLLM([{"response": response}]) as fake:
        return ask([fake.tier()], question)


def assert_unanswered(r, check):
    """Not exit 0, no rows, and the check named in the trace and the errors."""
    assert r.code == 3, r
    j = r.json()
    assert j["status"] == "unanswered" and j["rows"] == [], j
    assert j["confidence"] < 0.8, j["confidence"]
    analyze = [s for s in j["trace"] if s["node"] == "analyze"]
    assert analyze and check in analyze[-1]["outcome"], analyze
    assert any(e["class"] == "implausible" for e in j["errors"]), j["errors"]
    return j


def test_constant_is_not_an_answer():
    j = assert_unanswered(ask_one("SELECT 143"), "no_table")
    assert j["sql"] == "SELECT 143"
    assert "reads no table" in j["message"], j["message"]
    # The human output says so too, and exits 3.
    with FakeLLM([{"response": "SELECT 143"}]) as fake:
        h = run(["ask", "--db", demo_db(), "--no-rules", "--llm", fake.tier(), Q])
    assert h.code == 3 and "reads no table" in h.err and "143" not in h.out, h


def test_catalog_is_not_an_answer():
    j = assert_unanswered(ask_one("SELECT name FROM sqlite_master"), "catalog")
    outcome = [s for s in j["trace"] if s["node"] == "analyze"][-1]["outcome"]
    assert "many_for_one" in outcome and "text_for_number" in outcome, outcome


def test_list_for_a_count_is_not_an_answer():
    # Reads the data, but 30 rows of countries for one number.
    r = ask_one("SELECT country, count(*) FROM customers GROUP BY country")
    assert_unanswered(r, "many_for_one")


def test_schema_question_may_read_the_catalog():
    r = ask_one("SELECT name FROM sqlite_master WHERE type = 'table'", "what tables are there")
    assert r.code == 0, r
    j = r.json()
    assert ["customers"] in j["rows"] and j["status"] == "answered", j


def test_right_answer_keeps_full_confidence():
    r = ask_one("```sql\n%s\n```" % RIGHT)
    assert r.code == 0, r
    j = r.json()
    assert j["rows"] == [[scalar(demo_db(), RIGHT)]] and j["confidence"] == 0.85, j
    assert not j["errors"], j["errors"]


def test_self_correcting_answer_uses_the_final_query():
    text = ("Draft:\n```sql\nSELECT 1\n```\nHmm, that is not it. Actually:\n```sql\n%s;\n```\n"
            "This counts the German customers." % RIGHT)
    r = ask_one(text)
    assert r.code == 0, r
    j = r.json()
    assert j["sql"] == RIGHT and j["rows"] == [[scalar(demo_db(), RIGHT)]], j


def test_inline_backtick_sql_is_found():
    r = ask_one("You can get it with `%s`, which counts the rows of `customers`." % RIGHT)
    assert r.code == 0, r
    j = r.json()
    assert j["sql"] == RIGHT and j["rows"] == [[scalar(demo_db(), RIGHT)]], j


def test_reasoning_is_not_the_answer():
    text = "<think>Maybe `SELECT 143`?\n```sql\nSELECT 143\n```\nNo.</think>\n```sql\n%s\n```" % RIGHT
    r = ask_one(text)
    assert r.code == 0, r
    assert r.json()["sql"] == RIGHT, r


def test_next_tier_takes_over():
    rules = [{"model": "small", "response": "SELECT 143"},
             {"model": "big", "response": RIGHT}]
    with FakeLLM(rules) as fake:
        r = ask([fake.tier(model="small"), fake.tier(model="big")])
        assert r.code == 0, r
        j = r.json()
        assert j["tier"] == 2 and j["rows"] == [[scalar(demo_db(), RIGHT)]], j
        assert any(s["tier"] == 1 and "no_table" in (s["outcome"] or "") for s in j["trace"]), j
        assert fake.stats()["by_model"] == {"small": 1, "big": 1}


def post_ask(srv, question):
    body = json.dumps({"question": question, "options": {"no_rules": True}}).encode()
    status, _, out = asyncio.run(http_request(srv.port, "POST", "/v1/ask", body, None))
    return status, json.loads(out.decode())


def test_server_gives_the_same_verdicts():
    rules = [{"question": "germany", "response": "SELECT 143"},
             {"question": "france", "response": "Use `SELECT count(*) FROM customers WHERE "
                                                "country = 'France'`."}]
    db = demo_db()
    with FakeLLM(rules) as fake, Server(["--db", db, "--llm", fake.tier()]) as srv:
        st, j = post_ask(srv, Q)
        assert st == 200 and j["status"] == "unanswered" and j["rows"] == [], (st, j)
        assert any(e["class"] == "implausible" for e in j["errors"]), j
        cli = ask([fake.tier()]).json()
        assert cli["status"] == j["status"] and cli["message"] == j["message"], (cli, j)
        st, j = post_ask(srv, "how many customers in france")
        assert st == 200 and j["status"] == "answered", (st, j)
        assert j["rows"] == [[scalar(db, "SELECT count(*) FROM customers WHERE country = 'France'")]]
        assert srv.stop() == 0


if __name__ == "__main__":
    main([test_constant_is_not_an_answer, test_catalog_is_not_an_answer,
          test_list_for_a_count_is_not_an_answer, test_schema_question_may_read_the_catalog,
          test_right_answer_keeps_full_confidence, test_self_correcting_answer_uses_the_final_query,
          test_inline_backtick_sql_is_found, test_reasoning_is_not_the_answer,
          test_next_tier_takes_over, test_server_gives_the_same_verdicts])
