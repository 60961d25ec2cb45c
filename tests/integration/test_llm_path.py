"""The model path end to end: the real genbi binary against the fake model server (both
protocols), SQL extraction, token and cost accounting, repair, retry, escalation and fallback."""

import sqlite3

from harness import FakeLLM, closed_port, demo_db, main, run, write_config


def scalar(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def ask(db, fake_tiers, question, extra=()):
    args = ["ask", "--db", db, "--json"]
    for t in fake_tiers:
        args += ["--llm", t]
    return run(args + list(extra) + [question])


def test_prose_wrapped_answer_tokens_and_cost():
    db = demo_db()
    rules = [{"question": "average shipping", "tokens_in": 1200, "tokens_out": 300,
              "response": "Sure! Here is the query you asked for:\n\n```sql\n"
                          "SELECT avg(shipping_cost) AS avg_shipping FROM orders;\n```\n\n"
                          "This query averages the shipping cost over all orders."}]
    with FakeLLM(rules) as fake:
        r = ask(db, [fake.tier(prices=("0.5", "1.0"))], "What is the average shipping cost?",
                ["--no-rules"])
        assert r.code == 0, r
        j = r.json()
        assert j["sql"] == "SELECT avg(shipping_cost) AS avg_shipping FROM orders", j["sql"]
        want = scalar(db, "SELECT avg(shipping_cost) FROM orders")
        assert abs(j["rows"][0][0] - want) < 1e-9
        assert j["tier"] == 1 and j["attempts"] == 1
        assert j["tokens_in"] == 1200 and j["tokens_out"] == 300, j
        assert abs(j["cost_usd"] - (1.2 * 0.5 + 0.3 * 1.0)) < 1e-9, j["cost_usd"]
        # The human output reports the same.
        h = run(["ask", "--db", db, "--no-rules", "--llm", fake.tier(prices=("0.5", "1.0")),
                 "What is the average shipping cost?"])
        assert h.code == 0 and "tokens 1200 in / 300 out" in h.out and "$0.900000" in h.out, h


def test_openai_streaming_from_config():
    db = demo_db()
    rules = [{"question": "how many products", "tokens_in": 50, "tokens_out": 10,
              "response": "SELECT count(*) FROM products"}]
    with FakeLLM(rules) as fake:
        cfg = write_config({"no_rules": True, "tiers": [
            {"protocol": "openai", "url": fake.url, "model": "gpt-x", "price_in": 0.01,
             "price_out": 0.03, "stream": True}]})
        r = run(["ask", "--db", db, "--json", "--config", cfg, "How many products are there?"])
        assert r.code == 0, r
        j = r.json()
        assert j["rows"][0][0] == scalar(db, "SELECT count(*) FROM products")
        assert j["tokens_in"] == 50 and j["tokens_out"] == 10, j
        assert abs(j["cost_usd"] - (0.05 * 0.01 + 0.01 * 0.03)) < 1e-12
        assert fake.stats()["by_path"].get("/v1/chat/completions") == 1


def test_broken_table_repaired_without_model():
    db = demo_db()
    rules = [{"question": "customers", "response": "SELECT count(*) FROM custmers"}]
    with FakeLLM(rules) as fake:
        r = ask(db, [fake.tier()], "How many customers do we have?", ["--no-rules"])
        assert r.code == 0, r
        j = r.json()
        assert j["sql"] == "SELECT count(*) FROM customers", j["sql"]
        assert j["repairs"] == 1 and j["attempts"] == 2
        assert j["rows"][0][0] == scalar(db, "SELECT count(*) FROM customers")
        assert any(s["node"] == "fix_sql" and "unknown_table" in s["outcome"] for s in j["trace"])
        assert fake.stats()["requests"] == 1  # no model call for the repair


def test_broken_column_repaired_without_model():
    db = demo_db()
    rules = [{"question": "price", "response": "SELECT avg(unit_prise) FROM products"}]
    with FakeLLM(rules) as fake:
        j = ask(db, [fake.tier()], "average product price", ["--no-rules"]).json()
        assert j["status"] == "answered" and "unit_price" in j["sql"], j
        assert fake.stats()["requests"] == 1


def test_broken_query_repaired_by_model():
    db = demo_db()
    rules = [{"prompt": "Failed SQL:.*total_revenue_amount", "name": "repair",
              "response": "SELECT sum(shipping_cost) FROM orders"},
             {"question": "shipping", "response": "SELECT total_revenue_amount FROM orders"}]
    with FakeLLM(rules) as fake:
        r = ask(db, [fake.tier(prices=("1", "1"))], "total shipping paid", ["--no-rules"])
        assert r.code == 0, r
        j = r.json()
        assert j["sql"] == "SELECT sum(shipping_cost) FROM orders"
        assert j["repairs"] == 1 and j["attempts"] == 2
        assert j["errors"][0]["class"] == "unknown_column", j["errors"]
        st = fake.stats()
        assert st["requests"] == 2 and st["by_rule"].get("repair") == 1, st
        assert j["tokens_in"] > 0 and j["cost_usd"] > 0


def test_unreachable_first_tier_falls_back_to_second():
    db = demo_db()
    rules = [{"question": "products", "response": "SELECT count(*) FROM products"}]
    with FakeLLM(rules) as fake:
        dead = "ollama,http://127.0.0.1:%d,small" % closed_port()
        r = ask(db, [dead, fake.tier("openai", "big")], "How many products?", ["--no-rules"])
        assert r.code == 0, r
        j = r.json()
        assert j["tier"] == 2 and j["escalations"] == 1, j
        assert j["errors"][0]["tier"] == 1 and j["errors"][0]["class"] == "model"
        assert "unreachable" in j["errors"][0]["message"] or "connect" in j["errors"][0]["message"]


def test_retry_on_500_and_429():
    db = demo_db()
    rules = [{"question": "flaky", "status": 500, "fail_times": 2,
              "response": "SELECT count(*) FROM regions"},
             {"question": "busy", "status": 429, "fail_times": 1,
              "response": "SELECT count(*) FROM regions"}]
    with FakeLLM(rules) as fake:
        j = ask(db, [fake.tier()], "flaky count of regions", ["--no-rules"]).json()
        assert j["status"] == "answered" and j["tier"] == 1, j
        j = ask(db, [fake.tier()], "busy count of regions", ["--no-rules"]).json()
        assert j["status"] == "answered" and j["tier"] == 1, j
        assert fake.stats()["requests"] == 5


def test_malformed_and_hanging_tiers_fall_back():
    db = demo_db()
    rules = [{"model": "broken", "malformed": True},
             {"model": "slow", "hang": True},
             {"model": "good", "response": "SELECT count(*) FROM categories"}]
    with FakeLLM(rules) as fake:
        cfg = write_config({"no_rules": True, "tiers": [
            {"protocol": "ollama", "url": fake.url, "model": "broken", "retries": 0},
            {"protocol": "ollama", "url": fake.url, "model": "slow", "timeout_ms": 800,
             "retries": 0},
            {"protocol": "openai", "url": fake.url, "model": "good"}]})
        r = run(["ask", "--db", db, "--json", "--config", cfg, "How many categories?"])
        assert r.code == 0, r
        j = r.json()
        assert j["tier"] == 3 and j["escalations"] == 2, j
        classes = [e["class"] for e in j["errors"]]
        assert classes == ["model", "model"], j["errors"]


def test_empty_result_escalates():
    db = demo_db()
    rules = [{"model": "small", "response": "SELECT count(*), country FROM customers "
                                            "WHERE country = 'Atlantis' GROUP BY country"},
             {"model": "big", "response": "SELECT count(*) FROM customers WHERE country = 'France'"}]
    with FakeLLM(rules) as fake:
        j = ask(db, [fake.tier(model="small"), fake.tier(model="big")],
                "How many customers live in France?", ["--no-rules"]).json()
        assert j["status"] == "answered" and j["tier"] == 2 and j["escalations"] == 1, j
        assert any("escalate" in s["outcome"] for s in j["trace"] if s["node"] == "supervisor")


def test_no_sql_means_could_not_answer():
    db = demo_db()
    with FakeLLM([{"response": "I am sorry, I cannot help with that."}]) as fake:
        r = ask(db, [fake.tier()], "What is the meaning of life?", ["--no-rules"])
        assert r.code == 3, r
        j = r.json()
        assert j["status"] == "unanswered" and j["errors"][0]["class"] == "no_sql", j


def test_repair_attempts_are_bounded():
    db = demo_db()
    rules = [{"prompt": "Failed SQL:\\s*SELECT nothing_like_this", "response": "SELECT still_nothing FROM orders"},
             {"prompt": "Failed SQL:\\s*SELECT still_nothing", "response": "SELECT never_anything FROM orders"},
             {"prompt": "Failed SQL:", "response": "SELECT never_anything FROM orders"},
             {"response": "SELECT nothing_like_this FROM orders"}]
    with FakeLLM(rules) as fake:
        r = ask(db, [fake.tier()], "something odd", ["--no-rules"])
        assert r.code == 3, r
        j = r.json()
        assert j["attempts"] == 3, j["attempts"]  # first try + 2 model repairs, then fallback
        assert j["repairs"] == 2 and fake.stats()["requests"] == 3
        assert "could not answer" in j["message"]
        assert all(e["class"] == "unknown_column" for e in j["errors"]), j["errors"]


def test_tier0_answers_before_models_and_hands_over_when_unsure():
    db = demo_db()
    rules = [{"question": "most valuable", "response":
              "SELECT c.customer_id, sum(oi.quantity * oi.unit_price) AS revenue FROM customers c "
              "JOIN orders o ON o.customer_id = c.customer_id JOIN order_items oi ON "
              "oi.order_id = o.order_id GROUP BY c.customer_id ORDER BY revenue DESC LIMIT 5"}]
    with FakeLLM(rules) as fake:
        j = ask(db, [fake.tier()], "How many customers are there?").json()
        assert j["tier"] == 0 and fake.stats()["requests"] == 0, j
        j = ask(db, [fake.tier()], "Who are our most valuable customers, and why?").json()
        assert j["status"] == "answered" and j["tier"] == 1 and len(j["rows"]) == 5, j
        assert fake.stats()["requests"] == 1


def test_low_confidence_answer_is_not_given_but_reported():
    db = demo_db()
    with FakeLLM([{"response": "SELECT count(*) FROM orders"}]) as fake:
        cfg = write_config({"no_rules": True, "tiers": [
            {"protocol": "ollama", "url": fake.url, "model": "unsure", "confidence": 0.3}]})
        r = run(["ask", "--db", db, "--json", "--config", cfg, "How many orders?"])
        assert r.code == 3, r
        j = r.json()
        assert j["status"] == "unanswered" and j["sql"] == "SELECT count(*) FROM orders", j
        assert j["rows"] == [] and "enough confidence" in j["message"], j


if __name__ == "__main__":
    main([test_prose_wrapped_answer_tokens_and_cost, test_openai_streaming_from_config,
          test_broken_table_repaired_without_model, test_broken_column_repaired_without_model,
          test_broken_query_repaired_by_model, test_unreachable_first_tier_falls_back_to_second,
          test_retry_on_500_and_429, test_malformed_and_hanging_tiers_fall_back,
          test_empty_result_escalates, test_no_sql_means_could_not_answer,
          test_repair_attempts_are_bounded, test_tier0_answers_before_models_and_hands_over_when_unsure,
          test_low_confidence_answer_is_not_given_but_reported])
