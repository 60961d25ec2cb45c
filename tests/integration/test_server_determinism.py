"""One `genbi serve` (result cache off, four workers) answers 20 different demo questions 50 times
each, sent concurrently and interleaved so that every worker thread answers every question many
times: for each question all 50 answers carry byte-identical SQL and confidence, and they equal
what `genbi ask` answers for it in a process of its own (the service prepares tier 0's view of
the schema once and shares it between threads; the command line builds it per question)."""

import asyncio
import json
import os
import random

from harness import ROOT, demo_db, main, run
from test_server_load import Server, http

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "demo_questions.json")
N_QUESTIONS = 20
REPEATS = 50
IN_FLIGHT = 16


def questions():
    """Every 12th question of the demo fixture: counts, filters, groups, rankings, joins, and a
    few that tier 0 leaves unanswered (their SQL and confidence must be stable too)."""
    with open(FIXTURE) as f:
        items = json.load(f)
    qs = [items[i]["question"] for i in range(0, 12 * N_QUESTIONS, 12)]
    assert len(set(qs)) == N_QUESTIONS, qs
    return qs


async def ask_all(port, order):
    """Sends the questions in `order`, IN_FLIGHT at a time; returns (question, status, body)."""
    sem = asyncio.Semaphore(IN_FLIGHT)

    async def one(q):
        async with sem:
            st, _, body = await http(port, "POST", "/v1/ask", {"question": q}, timeout=300)
            return q, st, body

    return await asyncio.gather(*(one(q) for q in order))


def test_same_sql_and_confidence_every_time():
    db = demo_db()
    qs = questions()
    order = [q for q in qs for _ in range(REPEATS)]
    random.Random(7).shuffle(order)  # interleaved, the same way every run
    with Server(["--db", db, "--no-cache", "--workers", "4", "--log-file", os.devnull]) as srv:
        res = asyncio.run(ask_all(srv.port, order))
        assert srv.stop() == 0
    seen = {}
    for q, st, body in res:
        assert st == 200, (q, st, body[:300])
        j = json.loads(body)
        # repr keeps every bit of the float: "byte-identical", not "close"
        seen.setdefault(q, []).append((j.get("sql"), repr(j.get("confidence")), j.get("tier")))
    assert sorted(seen) == sorted(qs)
    answered = 0
    for q in qs:
        got = seen[q]
        assert len(got) == REPEATS, (q, len(got))
        distinct = set(got)
        assert len(distinct) == 1, "%r got %d different answers: %s" % (q, len(distinct),
                                                                        sorted(distinct)[:3])
        sql, conf, tier = got[0]
        r = run(["ask", "--db", db, "--json", q])
        assert r.code in (0, 3), r
        cli = r.json()
        assert (cli.get("sql"), repr(cli.get("confidence")), cli.get("tier")) == got[0], \
            (q, got[0], cli.get("sql"), cli.get("confidence"))
        answered += sql is not None
    # most of them are real queries, so the comparison is not between empty answers
    assert answered >= N_QUESTIONS - 2, answered
    print("    %d questions x %d requests: one SQL and one confidence each (%d with SQL)"
          % (N_QUESTIONS, REPEATS, answered))


if __name__ == "__main__":
    main([test_same_sql_and_confidence_every_time])
