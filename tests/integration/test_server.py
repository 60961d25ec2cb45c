"""genbi serve over loopback: every endpoint, every error code, authentication and rate limits,
server-sent events, the result cache, the request log, Prometheus metrics, clients that go
away mid-request, and a clean exit (no sanitizer report) on SIGTERM."""

import asyncio
import http.client
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import time

from harness import FakeLLM, closed_port, demo_db, main, run, tmpdir, write_config
from test_server_load import Server, http as http_request

Q0 = "How many customers are there?"


def req(srv, method, path, body=None, headers=None, raw=None):
    """Returns (status, headers dict (lowercase), parsed JSON or text)."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    status, hdrs, out = asyncio.run(http_request(srv.port, method, path, data, headers))
    text = out.decode("utf-8", "replace")
    ctype = hdrs.get("content-type", "")
    return status, hdrs, json.loads(text) if ctype.startswith("application/json") else text


def assert_error(resp, status, code):
    st, hdrs, j = resp
    assert st == status, (st, j)
    assert isinstance(j, dict) and set(j) == {"error"}, j
    assert j["error"]["code"] == code and isinstance(j["error"]["message"], str), j
    assert j["error"]["message"], j
    return hdrs


def count(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_ask_matches_cli_json():
    db = demo_db()
    with Server(["--db", db]) as srv:
        st, hdrs, j = req(srv, "POST", "/v1/ask", {"question": Q0})
        assert st == 200 and hdrs["content-type"] == "application/json", (st, hdrs)
        assert len(hdrs["x-request-id"]) == 16
        cli = run(["ask", "--db", db, "--json", Q0]).json()
        assert set(j) == set(cli), set(j) ^ set(cli)
        assert j["sql"] == cli["sql"] and j["rows"] == cli["rows"] == [[count(db, "SELECT count(*) FROM customers")]]
        assert j["tier"] == 0 and j["status"] == "answered" and j["db"] == "default"
        assert srv.stop() == 0


def test_sql_generate_minimal_contract():
    db = demo_db()
    with Server(["--db", db]) as srv:
        st, _, j = req(srv, "POST", "/sql/generate", {"question": Q0})
        assert st == 200, j
        for k in ("sql", "confidence", "tier", "cost_usd"):
            assert k in j, j
        assert "rows" not in j and j["tier"] == 0 and j["cost_usd"] == 0
        assert j["sql"].upper().startswith("SELECT")
        assert srv.stop() == 0


def sse_events(text):
    events = []
    for block in text.strip().split("\n\n"):
        name, data = None, None
        for line in block.split("\n"):
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
        events.append((name, data))
    return events


def test_sse_steps_and_answer():
    db = demo_db()
    rules = [{"question": "shipping", "delay_ms": 100,
              "response": "SELECT avg(shiping_cost) FROM orders"}]
    with FakeLLM(rules) as fake:
        dead = "ollama,http://127.0.0.1:%d,dead" % closed_port()
        with Server(["--db", db, "--llm", dead, "--llm", fake.tier()]) as srv:
            st, hdrs, text = req(srv, "POST", "/v1/ask", {"question": Q0},
                                 {"Accept": "text/event-stream"})
            assert st == 200 and hdrs["content-type"] == "text/event-stream", hdrs
            ev = sse_events(text)
            names = [n for n, _ in ev]
            assert names == ["schema_selected", "sql_generated", "executed", "done", "answer"], names
            assert ev[-1][1]["rows"] == [[count(db, "SELECT count(*) FROM customers")]]
            # A model answer that needs a repair, after the first tier failed: ?stream=1 form.
            st, _, text = req(srv, "POST", "/v1/ask?stream=1",
                              {"question": "average shipping cost", "options": {"no_rules": True}})
            names = [n for n, _ in sse_events(text)]
            assert st == 200
            for want in ("schema_selected", "escalated", "sql_generated", "executed", "repaired",
                         "done", "answer"):
                assert want in names, names
            ans = sse_events(text)[-1][1]
            assert ans["status"] == "answered" and ans["tier"] == 2 and ans["repairs"] == 1, ans
            assert srv.stop() == 0


def test_databases_schema_and_named_db():
    db = demo_db()
    other = os.path.join(tmpdir("srvdb-"), "tiny.sqlite")
    con = sqlite3.connect(other)
    con.executescript("CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT);"
                      "INSERT INTO widgets (name) VALUES ('a'), ('b'), ('c');")
    con.commit()
    con.close()
    cfg = write_config({"databases": {"sales": db, "tiny": "sqlite:" + other}})
    with Server(["--config", cfg]) as srv:
        st, _, j = req(srv, "GET", "/v1/databases")
        assert st == 200 and [d["name"] for d in j["databases"]] == ["sales", "tiny"], j
        assert j["databases"][0]["default"] is True and j["databases"][1]["tables"] == 1
        st, _, j = req(srv, "GET", "/v1/schema?db=tiny")
        assert st == 200 and "widgets" in json.dumps(j), j
        st, _, j = req(srv, "GET", "/v1/schema")
        assert st == 200 and "customers" in json.dumps(j)
        assert_error(req(srv, "GET", "/v1/schema?db=nope"), 404, "unknown_database")
        assert_error(req(srv, "GET", "/v1/schema?db=%FF"), 400, "invalid_utf8")
        st, _, j = req(srv, "POST", "/v1/ask", {"question": "How many widgets are there?",
                                                 "db": "tiny"})
        assert st == 200 and j["rows"] == [[3]] and j["db"] == "tiny", j
        assert_error(req(srv, "POST", "/v1/ask", {"question": Q0, "db": "nope"}), 404,
                     "unknown_database")
        assert srv.stop() == 0


def test_health_reports_what_is_down():
    db = demo_db()
    with FakeLLM([{"response": "SELECT 1"}]) as fake:
        with Server(["--db", db, "--llm", fake.tier()]) as srv:
            st, _, j = req(srv, "GET", "/health")
            assert st == 200 and j["status"] == "ok", j
            assert j["databases"] == [{"name": "default", "up": True}]
            assert j["models"][0]["up"] is True
            assert j["in_flight"] == 0, j  # the health request itself is not counted
            assert srv.stop() == 0
        dead = "openai,http://127.0.0.1:%d,gone" % closed_port()
        with Server(["--db", db, "--llm", fake.tier(), "--llm", dead]) as srv:
            st, _, j = req(srv, "GET", "/health")
            assert st == 503 and j["status"] == "degraded", j
            assert [m["up"] for m in j["models"]] == [True, False], j
            assert j["models"][1]["name"] == "openai:gone"
            assert srv.stop() == 0


def test_metrics_prometheus_format():
    db = demo_db()
    rules = [{"question": "orders", "tokens_in": 100, "tokens_out": 10,
              "response": "SELECT count(*) FROM orderz"}]
    with FakeLLM(rules) as fake:
        with Server(["--db", db, "--llm", fake.tier(prices=("1", "2"))]) as srv:
            req(srv, "POST", "/v1/ask", {"question": Q0})
            req(srv, "POST", "/v1/ask", {"question": Q0})
            req(srv, "POST", "/v1/ask", {"question": "count the orders",
                                         "options": {"no_rules": True}})
            req(srv, "GET", "/nowhere")
            st, hdrs, text = req(srv, "GET", "/metrics")
            assert st == 200 and hdrs["content-type"].startswith("text/plain"), hdrs
            for want in ('genbi_http_requests_total{route="ask",status="200"} 3',
                         'genbi_http_requests_total{route="unknown",status="404"} 1',
                         'genbi_cache_hits_total 1', 'genbi_cache_misses_total 2',
                         'genbi_answers_total{tier="0",tier_name="rules"} 1',
                         'genbi_tokens_total{tier="1",tier_name="ollama:m",direction="in"} 100',
                         'genbi_cost_usd_total{tier="1",tier_name="ollama:m"} 0.12',
                         'genbi_repairs_total{class="unknown_table"} 1',
                         'genbi_requests_in_flight 1',
                         'genbi_node_duration_seconds_count{node="analyze"} 2'):
                assert want in text, (want, text[:3000])
            promtool = shutil.which("promtool")
            assert promtool, "promtool missing (Debian package prometheus; scripts/install-deps.sh)"
            p = subprocess.run([promtool, "check", "metrics"], input=text, capture_output=True,
                               text=True, timeout=60)
            assert p.returncode == 0, p.stdout + p.stderr
            assert srv.stop() == 0


def test_errors_have_codes():
    db = demo_db()
    with Server(["--db", db, "--config", write_config({"server": {"question_limit": 200}})]) as srv:
        ask = "/v1/ask"
        assert_error(req(srv, "POST", ask, raw=b""), 400, "empty_body")
        assert_error(req(srv, "POST", ask, raw=b'{"question": '), 400, "invalid_json")
        assert_error(req(srv, "POST", ask, raw=b'{"question": "a", "question": "b"}'), 400,
                     "invalid_json")
        assert_error(req(srv, "POST", ask, raw=b'{"question": "caf\xc3"}'), 400, "invalid_utf8")
        assert_error(req(srv, "POST", ask, raw=b'{"question": "\xed\xa0\x80"}'), 400,
                     "invalid_utf8")  # an encoded surrogate
        assert_error(req(srv, "POST", ask, raw=b'{"question": "\\ud800"}'), 400, "invalid_json")
        assert_error(req(srv, "POST", ask, raw=b'["question"]'), 400, "invalid_request")
        assert_error(req(srv, "POST", ask, {"q": Q0}), 400, "invalid_request")
        assert_error(req(srv, "POST", ask, {"question": 42}), 400, "invalid_request")
        assert_error(req(srv, "POST", ask, {"question": "  "}), 400, "invalid_request")
        assert_error(req(srv, "POST", ask, {"question": Q0, "db": 3}), 400, "invalid_request")
        assert_error(req(srv, "POST", ask, {"question": "x" * 201}), 400, "question_too_long")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": []}), 400, "invalid_option")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"policy": "cheap"}}), 400,
                     "invalid_option")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"max_attempts": "3"}}),
                     400, "invalid_option")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"max_attempts": 0}}),
                     400, "invalid_option")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"no_rules": 1}}), 400,
                     "invalid_option")
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"no_rules": True}}), 400,
                     "invalid_option")  # no model tier configured
        assert_error(req(srv, "POST", ask, {"question": Q0, "options": {"colour": "red"}}), 400,
                     "invalid_option")
        big = json.dumps({"question": Q0, "pad": "x" * (64 << 10)}).encode()
        assert_error(req(srv, "POST", ask, raw=big), 413, "body_too_large")
        assert_error(req(srv, "POST", "/sql/generate", raw=b"y" * (1 << 20)), 413,
                     "body_too_large")
        assert_error(req(srv, "GET", "/v2/everything"), 404, "not_found")
        hdrs = assert_error(req(srv, "GET", ask), 405, "method_not_allowed")
        assert hdrs["allow"] == "POST", hdrs
        hdrs = assert_error(req(srv, "POST", "/health", {}), 405, "method_not_allowed")
        assert hdrs["allow"] == "GET"
        # a wrong method is counted under its endpoint, not as an unknown route
        _, _, metrics = req(srv, "GET", "/metrics")
        text = metrics if isinstance(metrics, str) else json.dumps(metrics)
        assert 'genbi_http_requests_total{route="ask",status="405"} 1' in text, text[:2000]
        assert 'genbi_http_requests_total{route="health",status="405"} 1' in text
        # Accepted options and a body of exactly the limit still work.
        st, _, j = req(srv, "POST", ask, {"question": Q0, "options": {
            "policy": "cost", "max_attempts": 2, "no_rules": False}})
        assert st == 200 and j["status"] == "answered", j
        body = json.dumps({"question": Q0, "pad": ""}).encode()
        body = body[:-2] + b"x" * ((64 << 10) - len(body)) + b'"}'
        assert len(body) == 64 << 10
        st, _, j = req(srv, "POST", ask, raw=body)
        assert st == 200, j
        assert srv.stop() == 0


def hash_key(key):
    r = run(["serve", "--hash-key", key])
    assert r.code == 0, r
    return r.out.strip()


def test_api_keys_and_rate_limit():
    db = demo_db()
    alice, bob = "alice-secret-key-0123456789", "bob-secret-key-9876543210"
    h = hash_key(alice)
    assert len(h) == 64 and all(c in "0123456789abcdef" for c in h)
    stdin_hash = run(["serve", "--hash-key", "-"], stdin=open(os.devnull)).code
    assert stdin_hash == 2  # no key on stdin
    assert run(["serve", "--hash-key", "short"]).code == 2
    d = tmpdir("srvlog-")
    log = os.path.join(d, "requests.log")
    cfg = write_config({"server": {
        "api_keys": [{"id": "alice", "hash": h}, {"id": "bob", "hash": hash_key(bob)}],
        "rate_limit": {"rate": 0.5, "burst": 2}, "log_file": log}})
    with Server(["--db", db, "--config", cfg]) as srv:
        hdrs = assert_error(req(srv, "POST", "/v1/ask", {"question": Q0}), 401, "unauthorized")
        assert hdrs["www-authenticate"] == "Bearer"
        assert_error(req(srv, "POST", "/v1/ask", {"question": Q0},
                         {"Authorization": "Bearer " + alice + "x"}), 401, "unauthorized")
        assert_error(req(srv, "GET", "/v1/databases", headers={"Authorization": "Basic abc"}),
                     401, "unauthorized")
        ok = {"Authorization": "Bearer " + alice}
        assert req(srv, "POST", "/v1/ask", {"question": Q0}, ok)[0] == 200
        assert req(srv, "GET", "/v1/databases", headers=ok)[0] == 200
        hdrs = assert_error(req(srv, "GET", "/v1/databases", headers=ok), 429, "rate_limited")
        assert int(hdrs["retry-after"]) >= 1
        # Bob has his own bucket; health and metrics need no key.
        assert req(srv, "GET", "/v1/databases", headers={"Authorization": "Bearer " + bob})[0] == 200
        assert req(srv, "GET", "/health")[0] == 200
        assert req(srv, "GET", "/metrics")[0] == 200
        assert srv.stop() == 0
    lines = [json.loads(l) for l in open(log)]
    assert [l["status"] for l in lines] == [401, 401, 401, 200, 200, 429, 200, 200, 200], lines
    ask = lines[3]
    assert ask["key_id"] == "alice" and ask["route"] == "ask" and ask["tier"] == 0, ask
    for k in ("request_id", "ms", "attempts", "tokens_in", "tokens_out", "cost_usd", "ms_nodes"):
        assert k in ask, ask
    assert lines[6]["key_id"] == "bob" and lines[0]["key_id"] == "-"
    # The log never holds a key.
    text = open(log).read()
    assert alice not in text and bob not in text


def test_result_cache_on_and_off():
    db = demo_db()
    with Server(["--db", db]) as srv:
        a = req(srv, "POST", "/v1/ask", {"question": "How many customers are there?"})
        b = req(srv, "POST", "/v1/ask", {"question": "  how many CUSTOMERS are there "})
        assert a[1]["x-genbi-cache"] == "miss" and b[1]["x-genbi-cache"] == "hit", (a[1], b[1])
        assert a[2]["rows"] == b[2]["rows"]
        # Different options are a different answer.
        c = req(srv, "POST", "/v1/ask", {"question": Q0, "options": {"max_attempts": 1}})
        assert c[1]["x-genbi-cache"] == "miss"
        assert srv.stop() == 0
    with Server(["--db", db, "--no-cache"]) as srv:
        for _ in range(2):
            st, hdrs, _ = req(srv, "POST", "/v1/ask", {"question": Q0})
            assert st == 200 and "x-genbi-cache" not in hdrs
        assert srv.stop() == 0


def test_keep_alive_connection():
    db = demo_db()
    with Server(["--db", db]) as srv:
        c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        for q in (Q0, "Number of customers by country", Q0):
            c.request("POST", "/v1/ask", json.dumps({"question": q}),
                      {"Content-Type": "application/json"})
            r = c.getresponse()
            assert r.status == 200 and json.loads(r.read())["status"] == "answered"
        c.request("GET", "/health")
        r = c.getresponse()
        assert r.status == 200 and json.loads(r.read())["status"] == "ok"
        c.close()
        assert srv.stop() == 0


def test_clients_that_disconnect():
    db = demo_db()
    rules = [{"question": "slow", "delay_ms": 600, "response": "SELECT count(*) FROM orders"}]
    with FakeLLM(rules) as fake, Server(["--db", db, "--llm", fake.tier()]) as srv:
        def sock():
            return socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        body = json.dumps({"question": "slow one", "options": {"no_rules": True}}).encode()
        # 1. Half a body, then gone.
        s = sock()
        s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"quest")
        s.close()
        # 2. A whole request waiting for the model, then gone.
        for _ in range(5):
            s = sock()
            s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s"
                      % (len(body), body))
            s.close()
        # 3. An event stream, gone after the first event.
        s = sock()
        s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n"
                  b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        assert b"event: schema_selected" in s.recv(4096) + s.recv(4096)
        s.close()
        # 4. Headers only.
        s = sock()
        s.sendall(b"GET /heal")
        s.close()
        time.sleep(1.2)  # the abandoned runs finish their model calls
        st, _, j = req(srv, "POST", "/v1/ask", {"question": "slow again",
                                                 "options": {"no_rules": True}})
        assert st == 200 and j["rows"] == [[count(db, "SELECT count(*) FROM orders")]], j
        st, _, text = req(srv, "GET", "/metrics")
        assert "genbi_requests_in_flight 1\n" in text, [l for l in text.splitlines() if "in_flight" in l or "status=" in l]
        assert srv.stop() == 0  # and no leak report from AddressSanitizer


def test_gone_client_costs_no_more_model_calls():
    """A client that closes its connection while its run waits for a model: the run stops
    before its next model call (no repair, no escalation to the expensive tier)."""
    db = demo_db()
    rules = [{"model": "small", "delay_ms": 700, "response": "SELECT * FROM no_such_table"},
             {"model": "big", "response": "SELECT count(*) FROM orders"}]
    with FakeLLM(rules) as fake, Server(["--db", db, "--llm", fake.tier(model="small"),
                                         "--llm", fake.tier(model="big")]) as srv:
        body = json.dumps({"question": "orders please", "options": {"no_rules": True}}).encode()
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s"
                  % (len(body), body))
        time.sleep(0.2)
        s.close()
        time.sleep(1.5)  # the first call finishes at 0.7 s; a repair or escalation would follow
        by_model = fake.stats()["by_model"]
        assert by_model.get("small") == 1 and "big" not in by_model, by_model
        st, _, text = req(srv, "GET", "/metrics")
        assert "genbi_runs_abandoned_total 1\n" in text, [l for l in text.splitlines()
                                                          if "abandoned" in l]
        # the same question from a client that waits is answered by the strong tier
        st, _, j = req(srv, "POST", "/v1/ask", {"question": "orders please",
                                                 "options": {"no_rules": True}})
        assert st == 200 and j["rows"] == [[count(db, "SELECT count(*) FROM orders")]], j
        assert srv.stop() == 0


def test_policy_routes_requests():
    """options.policy (and serve --policy) decide which model tier a question starts at."""
    db = demo_db()
    rules = [{"model": "small", "response": "SELECT count(*) FROM orders"},
             {"model": "big", "response": "SELECT count(*) FROM orders"}]
    with FakeLLM(rules) as fake, Server(["--db", db, "--llm", fake.tier(model="small"),
                                         "--llm", fake.tier(model="big")]) as srv:
        body = {"question": "orders please", "options": {"no_rules": True, "policy": "accuracy"}}
        st, _, j = req(srv, "POST", "/v1/ask", body)
        assert st == 200 and j["tier"] == 2, j
        assert fake.stats()["by_model"] == {"big": 1}, fake.stats()["by_model"]
        body["options"]["policy"] = "cost"
        st, _, j = req(srv, "POST", "/v1/ask", body)
        assert st == 200 and j["tier"] == 1, j
        assert srv.stop() == 0
    with FakeLLM(rules) as fake, Server(["--db", db, "--policy", "accuracy", "--llm",
                                         fake.tier(model="small"), "--llm",
                                         fake.tier(model="big")]) as srv:
        st, _, j = req(srv, "POST", "/v1/ask", {"question": "orders please",
                                                 "options": {"no_rules": True}})
        assert st == 200 and j["tier"] == 2, j
        assert srv.stop() == 0


def test_bad_configuration_and_flags():
    db = demo_db()
    bad = [
        {"server": {"api_keys": [{"id": "a", "hash": "not-a-hash"}]}},
        {"server": {"body_limit": 10}},
        {"server": {"workers": 0}},
        {"server": {"rate_limit": {"rate": 1, "burst": 0}}},
        {"databases": {"bad name": db}},
        {"databases": []},
    ]
    for cfg in bad:
        r = run(["serve", "--listen", "127.0.0.1:0", "--config", write_config(cfg)])
        assert r.code == 2 and r.err.startswith("genbi: "), (cfg, r)
    r = run(["serve", "--listen", "nonsense", "--db", db])
    assert r.code == 2 and "HOST:PORT" in r.err, r
    r = run(["serve", "--policy", "fast"])
    assert r.code == 2, r
    r = run(["serve", "--no-rules", "--db", db])
    assert r.code == 2 and "model tier" in r.err, r
    r = run(["serve", "--db", "/nonexistent/dir/x.sqlite", "--listen", "127.0.0.1:0"])
    assert r.code != 0 and "database" in r.err, r
    assert run(["serve", "--help"]).code == 0


if __name__ == "__main__":
    main([test_ask_matches_cli_json, test_sql_generate_minimal_contract, test_sse_steps_and_answer,
          test_databases_schema_and_named_db, test_health_reports_what_is_down,
          test_metrics_prometheus_format, test_errors_have_codes, test_api_keys_and_rate_limit,
          test_result_cache_on_and_off, test_keep_alive_connection, test_clients_that_disconnect,
          test_gone_client_costs_no_more_model_calls, test_policy_routes_requests,
          test_bad_configuration_and_flags])
