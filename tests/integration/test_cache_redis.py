"""Several genbi instances sharing one Redis, behind nginx: an answer made by one instance is
served from the shared cache by the other (no pipeline run there), a rate limit for an API key
holds across instances, Redis stopped and restarted under load costs no request more than a
clean failure (and no genbi restart), and cached answers expire and never cross databases or
schemas.

Redis and nginx are the test's own processes (srv_redis.py, srv_nginx.py) on loopback ports;
without them the tests report skipped. Nothing here is timed except hang detection."""

import asyncio
import json
import os
import shutil
import sqlite3
import time

import harness
from harness import FakeLLM, demo_db, main, tmpdir, write_config
from srv_nginx import Nginx
from srv_redis import Redis
from test_server_load import Server, http

Q1 = "How many customers are there?"
Q2 = "How many products are there?"
SLOW_SQL = "SELECT count(*) FROM customers"


def ask(port, question, db=None, headers=None, timeout=30):
    body = {"question": question}
    if db:
        body["db"] = db
    status, hdrs, out = asyncio.run(http(port, "POST", "/v1/ask", body, headers, timeout))
    return status, hdrs, json.loads(out) if out else None


def get_json(port, path):
    status, _, out = asyncio.run(http(port, "GET", path))
    return status, json.loads(out)


def metrics(port):
    """{series: value} from GET /metrics."""
    status, _, out = asyncio.run(http(port, "GET", "/metrics"))
    assert status == 200
    m = {}
    for line in out.decode().splitlines():
        if line and not line.startswith("#"):
            name, _, v = line.rpartition(" ")
            m[name] = float(v)
    return m


def answers(m):
    return sum(v for k, v in m.items() if k.startswith("genbi_answers_total"))


def serve(redis, db_args, cfg=None, extra=()):
    args = list(db_args) + ["--redis", redis.url(), "--log-file", os.devnull] + list(extra)
    if cfg:
        args += ["--config", write_config(cfg)]
    return Server(args)


def wait_health(port, up, timeout=20):
    """Polls /health until the cache reports up (or down); returns the last body."""
    t_end = time.monotonic() + timeout
    while True:
        status, h = get_json(port, "/health")
        assert status == 200, (status, h)  # the cache never makes the service unhealthy
        if h["cache"]["up"] == up or time.monotonic() > t_end:
            return h
        time.sleep(0.1)


def test_answer_shared_across_instances_and_nginx():
    db = demo_db()
    with Redis() as redis, serve(redis, ["--db", db]) as a, serve(redis, ["--db", db]) as b:
        st, h, ja = ask(a.port, Q1)
        assert st == 200 and h["x-genbi-cache"] == "miss", (st, h)
        st, h, jb = ask(b.port, Q1)
        assert st == 200 and h["x-genbi-cache"] == "hit", (st, h)
        assert h["x-genbi-cache-store"] == "redis", h
        assert jb["rows"] == ja["rows"] and jb["sql"] == ja["sql"]
        mb = metrics(b.port)
        # B answered from Redis: no pipeline ran there (no answer by any tier, no node timed).
        assert mb['genbi_cache_store_hits_total{store="redis"}'] == 1, mb
        assert mb["genbi_cache_hits_total"] == 1, mb
        assert answers(mb) == 0, mb
        assert mb['genbi_node_duration_seconds_count{node="total"}'] == 0, mb
        assert answers(metrics(a.port)) == 1
        # A second time on B: the copy B keeps locally.
        st, h, _ = ask(b.port, Q1)
        assert h["x-genbi-cache-store"] == "lru", h
        keys = redis.command("KEYS", "genbi:v1:ask:*")
        assert len(keys) == 1, keys
        assert 0 < redis.command("PTTL", keys[0]) <= 3600 * 1000

        # Through nginx: the first request runs the pipeline on one instance, the others are
        # cache hits on either; both instances serve some of them.
        with Nginx([a.port, b.port]) as ngx:
            seen, served_by = [], set()
            for _ in range(6):
                st, h, j = ask(ngx.port, Q2)
                assert st == 200, (st, j)
                seen.append(h["x-genbi-cache"])
                served_by.add(h["x-request-id"][:8])  # the instance's salt
            assert seen == ["miss"] + ["hit"] * 5, seen
            assert len(served_by) == 2, served_by
            assert answers(metrics(a.port)) + answers(metrics(b.port)) == 2
        assert a.stop() == 0 and b.stop() == 0


def test_rate_limit_shared_across_instances():
    db = demo_db()
    key = "shared-limit-key-0123456789"
    cfg = {"server": {"api_keys": [{"id": "team", "hash": harness.run(
        ["serve", "--hash-key", key]).out.strip()}], "rate_limit": {"rate": 0.001, "burst": 6}}}
    auth = {"Authorization": "Bearer " + key}
    with Redis() as redis, serve(redis, ["--db", db], cfg) as a, \
            serve(redis, ["--db", db], cfg) as b, Nginx([a.port, b.port]) as ngx:
        statuses = []
        ports = [a.port, b.port, ngx.port]
        for i in range(10):  # N + 4, spread over both instances and nginx
            st, h, j = ask(ports[i % 3], "%s (%d)" % (Q1, i % 2), headers=auth)
            statuses.append(st)
            if st == 429:
                assert j["error"]["code"] == "rate_limited" and int(h["retry-after"]) >= 1, (h, j)
        # Each instance alone would allow 6; together they allow 6.
        assert statuses.count(200) == 6 and statuses.count(429) == 4, statuses
        assert statuses[:6] == [200] * 6, statuses
        limited = metrics(a.port)["genbi_rate_limited_total"] + \
            metrics(b.port)["genbi_rate_limited_total"]
        assert limited == 4
        assert redis.command("EXISTS", "genbi:v1:rl:key:team") == 1
        # Without Redis each instance falls back to its own bucket (still 6 there: the shared
        # tokens were spent in Redis, not locally).
        redis.stop()
        st, _, _ = ask(a.port, Q1, headers=auth)
        assert st == 200
        assert a.stop() == 0 and b.stop() == 0


def test_redis_restart_under_load():
    db = demo_db()
    want = sqlite3.connect("file:%s?mode=ro" % db, uri=True).execute(SLOW_SQL).fetchone()[0]
    rules = [{"question": "^slow", "delay_ms": 1000, "response": SLOW_SQL}]
    cfg = {"server": {"cache": {"redis_timeout_ms": 100, "redis_connect_timeout_ms": 100}}}
    with Redis() as redis, FakeLLM(rules) as fake, \
            serve(redis, ["--db", db, "--llm", fake.tier()], cfg) as srv:
        pid = srv.pid
        assert wait_health(srv.port, True)["cache"] == {"store": "redis", "up": True}

        async def one(i, delay):
            await asyncio.sleep(delay)
            t0 = time.monotonic()
            st, h, out = await http(srv.port, "POST", "/v1/ask",
                                    {"question": "slow question %d: how many customers?" % i},
                                    timeout=30)  # a hang shows as a timeout here
            return st, json.loads(out), time.monotonic() - t0

        async def burst():
            # 25 requests before Redis stops, 25 while it is down
            return await asyncio.gather(*[one(i, 0 if i < 25 else 0.6) for i in range(50)])

        async def scenario():
            task = asyncio.ensure_future(burst())
            await asyncio.sleep(0.3)
            await asyncio.get_running_loop().run_in_executor(None, redis.stop)
            return await task

        results = asyncio.run(scenario())
        for st, j, secs in results:
            # every request either succeeded or failed cleanly (JSON error with a code)
            assert (st == 200 and j["rows"] == [[want]]) or \
                (st >= 400 and j["error"]["code"]), (st, j)
        assert sum(1 for st, _, _ in results if st == 200) == 50, [r[:2] for r in results]
        down = wait_health(srv.port, False)
        assert down["cache"]["up"] is False and down["cache"]["error"], down
        assert down["status"] == "ok", down
        # Answers still come, from the local cache or the pipeline.
        st, h, _ = ask(srv.port, "slow question 0: how many customers?")
        assert st == 200 and h["x-genbi-cache"] == "hit" and h["x-genbi-cache-store"] == "lru"

        redis.restart()
        up = wait_health(srv.port, True)
        assert up["cache"] == {"store": "redis", "up": True}, up
        st, h, _ = ask(srv.port, Q1)
        assert st == 200
        assert len(redis.command("KEYS", "genbi:v1:ask:*")) == 1  # stored again, after restart
        assert srv.proc.poll() is None and srv.pid == pid  # no restart of genbi
        m = metrics(srv.port)
        assert m['genbi_cache_store_errors_total{store="redis"}'] >= 1, m
        assert srv.stop() == 0
        err = srv.stderr()
        # one warning when Redis went away, one when it came back: not one per request
        warnings = [l for l in err.splitlines() if "warning: shared cache" in l]
        assert len(warnings) == 2, err[-3000:]
        assert "is unreachable" in warnings[0] and warnings[1].endswith("is back"), warnings


def test_redis_that_hangs():
    """A Redis that accepts connections but answers nothing (SIGSTOP): calls end at their time
    limit, the answer comes from the pipeline, /health says why, and all recovers on SIGCONT."""
    db = demo_db()
    cfg = {"server": {"cache": {"redis_timeout_ms": 100, "redis_connect_timeout_ms": 100}}}
    with Redis() as redis, serve(redis, ["--db", db], cfg) as a, serve(redis, ["--db", db]) as b:
        assert ask(a.port, Q1)[0] == 200  # connections made and pooled
        redis.pause()
        try:
            for q in (Q2, Q2, "%s?" % Q2):
                st, h, j = ask(a.port, q, timeout=20)  # a hang would show as a timeout here
                assert st == 200 and j["rows"], (st, j)
            h = wait_health(a.port, False)["cache"]
            assert "time limit" in h["error"] or "unreachable" in h["error"], h
        finally:
            redis.resume()
        wait_health(a.port, True)
        # the answers made meanwhile were kept locally; a new one is shared again
        assert ask(a.port, Q2)[1]["x-genbi-cache-store"] == "lru"
        assert ask(a.port, "How many orders are there?")[0] == 200
        assert ask(b.port, "How many orders are there?")[1]["x-genbi-cache-store"] == "redis"
        assert a.stop() == 0 and b.stop() == 0
        err = a.stderr()
        assert "time limit" in err and "is back" in err, err[-2000:]


def test_ttl_and_key_separation():
    db = demo_db()
    d = tmpdir("cache-keys-")
    other = os.path.join(d, "other.sqlite")
    shutil.copy(db, other)
    altered = os.path.join(d, "altered.sqlite")
    shutil.copy(db, altered)
    con = sqlite3.connect(altered)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    cfg = {"server": {"cache": {"ttl_s": 2}}}
    same = ["--db", "sales=" + db, "--db", "other=" + other]
    with Redis() as redis, serve(redis, same, cfg) as c, serve(redis, same, cfg) as c2, \
            serve(redis, ["--db", "sales=" + altered], cfg) as alt:
        t0 = time.monotonic()
        assert ask(c.port, Q1, "sales")[1]["x-genbi-cache"] == "miss"
        # another database (same data, same schema): another key
        assert ask(c2.port, Q1, "other")[1]["x-genbi-cache"] == "miss"
        # the same name with another schema: another key
        assert ask(alt.port, Q1, "sales")[1]["x-genbi-cache"] == "miss"
        ma = metrics(alt.port)
        assert ma['genbi_cache_store_hits_total{store="redis"}'] == 0, ma
        assert ma['genbi_cache_store_misses_total{store="redis"}'] == 1, ma
        # the same database and schema elsewhere: a hit (late in the answer's life, so that a
        # local copy with a lifetime of its own would outlive the original)
        time.sleep(max(0, t0 + 0.8 - time.monotonic()))
        st, h, _ = ask(c2.port, Q1, "sales")
        assert h["x-genbi-cache"] == "hit" and h["x-genbi-cache-store"] == "redis", h
        keys = redis.command("KEYS", "genbi:v1:ask:*")
        assert len(keys) == 3, keys
        assert all(0 < redis.command("PTTL", k) <= 2000 for k in keys)
        time.sleep(max(0, t0 + 2.4 - time.monotonic()))
        assert redis.command("KEYS", "genbi:v1:ask:*") == []
        # expired in Redis, and c2's own copy with it
        st, h, _ = ask(c2.port, Q1, "sales")
        assert st == 200 and h["x-genbi-cache"] == "miss", h
        for s in (c, c2, alt):
            assert s.stop() == 0


def test_generated_sql_shared():
    """An instance that misses the answer (expired, or asked with other options) still skips the
    model: the model's reply for the same prompt is shared."""
    db = demo_db()
    rules = [{"question": "^shared sql", "response": SLOW_SQL}]
    with Redis() as redis, FakeLLM(rules) as fake:
        args = ["--db", db, "--no-rules", "--llm", fake.tier()]
        with serve(redis, args) as a, serve(redis, args) as b:
            q = "shared sql: how many customers do we have?"
            st, h, ja = ask(a.port, q)
            assert st == 200 and ja["tier"] == 1 and h["x-genbi-cache"] == "miss", (st, ja)
            calls = fake.stats()["requests"]
            assert calls >= 1
            assert len(redis.command("KEYS", "genbi:v1:model:*")) == calls
            assert redis.command("DEL", *redis.command("KEYS", "genbi:v1:ask:*")) == 1
            st, h, jb = ask(b.port, q)
            assert st == 200 and h["x-genbi-cache"] == "miss", h  # the answer was gone ...
            assert fake.stats()["requests"] == calls  # ... but the model was not asked again
            assert jb["rows"] == ja["rows"] and jb["sql"] == ja["sql"] and jb["tier"] == 1
            assert jb["cost_usd"] == 0 and jb["tokens_in"] == 0, jb
            mb = metrics(b.port)
            assert mb["genbi_model_calls_cached_total"] == calls, mb
            assert sum(v for k, v in mb.items() if k.startswith("genbi_model_calls_total")) == 0
            assert answers(mb) == 1  # the run itself did happen (fresh rows)
            assert a.stop() == 0 and b.stop() == 0


def test_bad_redis_url_is_a_usage_error():
    db = demo_db()
    r = harness.run(["serve", "--db", db, "--redis", "http://127.0.0.1:6379"])
    assert r.code == 2 and "redis://" in r.err, r
    r = harness.run(["serve", "--db", db, "--redis", "redis://127.0.0.1:99999/0"])
    assert r.code == 2, r


if __name__ == "__main__":
    main([test_answer_shared_across_instances_and_nginx, test_rate_limit_shared_across_instances,
          test_redis_restart_under_load, test_redis_that_hangs, test_ttl_and_key_separation,
          test_generated_sql_shared,
          test_bad_redis_url_is_a_usage_error])
