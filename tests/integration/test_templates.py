"""Learned templates end to end: questions answered once by the fake model (scripted with their
gold SQL) are learned; paraphrases with other values are then answered by tier 0 with no model
call; a schema change retires the templates it touches; pairs taught by hand and through
/v1/templates; few-shot examples in the model prompt."""

import asyncio
import json
import os
import sqlite3

from harness import FakeLLM, main, run, tmpdir
from test_server_load import Server, http

# Made-up data: a small bookshop.
DDL = """
CREATE TABLE authors(id INTEGER PRIMARY KEY, name TEXT, country TEXT, born INT);
CREATE TABLE books(id INTEGER PRIMARY KEY, title TEXT, author_id INT REFERENCES authors(id),
                   genre TEXT, pages INT, price REAL, published TEXT);
INSERT INTO authors VALUES (1,'Ann Lee','Canada',1970),(2,'Bo Chan','Kenya',1982),
  (3,'Cy Diaz','Chile',1990),(4,'Di Eve','Canada',1965);
INSERT INTO books VALUES
  (1,'Red Sky',1,'Poetry',120,12.5,'2019-04-01'),(2,'Blue Sea',1,'Novel',340,20,'2021-06-15'),
  (3,'Green Hill',2,'Novel',280,18,'2020-01-20'),(4,'Gold Sun',3,'Essay',90,9.5,'2021-11-02'),
  (5,'Grey Moon',4,'Poetry',150,14,'2018-03-03'),(6,'White Ice',3,'Novel',410,22,'2019-09-09');
"""

LEARN = [
    ("How many books in the Poetry genre were published in 2019?",
     "SELECT count(*) FROM books WHERE genre = 'Poetry' AND published LIKE '2019%'"),
    ("List the titles of books by authors from Canada.",
     "SELECT b.title FROM books b JOIN authors a ON a.id = b.author_id WHERE a.country = 'Canada'"),
    ("Which books have more than 300 pages?", "SELECT title FROM books WHERE pages > 300"),
]
# Paraphrases with other values, and the SQL they must run.
PARAPHRASES = [
    ("How many books in the Novel genre were published in 2021?",
     "SELECT count(*) FROM books WHERE genre = 'Novel' AND published LIKE '2021%'"),
    ("list titles of books by authors from Kenya",
     "SELECT b.title FROM books b JOIN authors a ON a.id = b.author_id WHERE a.country = 'Kenya'"),
    ("Which books have more than 100 pages?", "SELECT title FROM books WHERE pages > 100"),
    # the other comparison word puts its own operator in (docs/templates.md)
    ("Which books have fewer than 100 pages?", "SELECT title FROM books WHERE pages < 100"),
]
# Meaning changes: never answered from a template.
TRAPS = ["How many books not in the Novel genre were published in 2021?",
         "Which books have between 100 and 300 pages?",
         "Which books have more than 100 pages and fewer than 300?",
         "How many books in the Sci-Fi genre were published in 2021?"]


def make_db(d):
    path = os.path.join(d, "books.sqlite")
    con = sqlite3.connect(path)
    con.executescript(DDL)
    con.commit()
    con.close()
    return path


def rows(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return sorted(map(list, con.execute(sql).fetchall()))
    finally:
        con.close()


def env_for(d):
    return {"GENBI_TEMPLATES": "on", "GENBI_CACHE_DIR": os.path.join(d, "cache")}


def model_calls(fake):
    return fake.stats().get("requests", fake.stats().get("total", 0))


def ask(db, fake, q, env, extra=()):
    return run(["ask", "--db", db, "--json", "--llm", fake.tier()] + list(extra) + [q], env=env)


def learn_all(db, fake, env):
    for q, _ in LEARN:
        r = ask(db, fake, q, env, ["--no-rules"])  # the model answers, as tier 0 could not
        assert r.code == 0, r
        j = r.json()
        assert j["tier"] == 1, j
        assert any("learned: template" in (s.get("outcome") or "") for s in j["trace"]), j["trace"]


def rules():
    return [{"question": "^" + q.replace("?", r"\?").replace(".", r"\.") + "$", "response": sql}
            for q, sql in LEARN] + [{"response": "I don't know."}]


def test_paraphrases_answered_by_tier0_without_model():
    d = tmpdir("tmpl-")
    db, env = make_db(d), env_for(d)
    with FakeLLM(rules()) as fake:
        learn_all(db, fake, env)
        before = fake.stats()
        for (q, want_sql) in PARAPHRASES:
            r = ask(db, fake, q, env)
            assert r.code == 0, r
            j = r.json()
            assert j["tier"] == 0, (q, j["trace"])
            assert j["sql"] == want_sql, (q, j["sql"])
            assert sorted(map(list, j["rows"])) == rows(db, want_sql)
            assert any((s.get("outcome") or "").startswith("template ") for s in j["trace"])
            assert j["tokens_in"] == 0 and j["cost_usd"] == 0
        assert fake.stats() == before, "a paraphrase reached the model"
        for q in TRAPS:
            j = ask(db, fake, q, env).json()
            assert not any((s.get("outcome") or "").startswith("template ")
                           for s in j["trace"]), (q, j["trace"])
    listed = run(["templates", "--db", db, "--json"], env=env)
    assert listed.code == 0, listed
    assert sum(t["state"] == "active" for t in listed.json()) == len(LEARN)


def test_schema_change_retires_touched_templates():
    d = tmpdir("tmpl-")
    db, env = make_db(d), env_for(d)
    with FakeLLM(rules()) as fake:
        learn_all(db, fake, env)
        # books loses its genre column; authors is untouched
        con = sqlite3.connect(db)
        con.executescript("CREATE TABLE b2(id INTEGER PRIMARY KEY, title TEXT, author_id INT,"
                          " pages INT, price REAL, published TEXT);"
                          "INSERT INTO b2 SELECT id, title, author_id, pages, price, published"
                          " FROM books; DROP TABLE books; ALTER TABLE b2 RENAME TO books;")
        con.commit()
        con.close()
        r = run(["templates", "--db", db, "--check", "--json"], env=env)
        assert r.code == 0, r
        report = {t["question"]: t["action"] for t in r.json()}
        assert report[LEARN[0][0]] == "retired", report
        assert report[LEARN[1][0]] == "kept" and report[LEARN[2][0]] == "kept", report
        j = ask(db, fake, PARAPHRASES[0][0], env).json()
        assert j["tier"] != 0 or not any((s.get("outcome") or "").startswith("template ")
                                         for s in j["trace"]), j["trace"]
        j = ask(db, fake, PARAPHRASES[2][0], env).json()
        assert j["tier"] == 0 and j["sql"] == PARAPHRASES[2][1], j


def test_teach_pin_delete_cli():
    d = tmpdir("tmpl-")
    db, env = make_db(d), env_for(d)
    bad = run(["templates", "add", "--db", db, "Remove poetry", "DELETE FROM books"], env=env)
    assert bad.code == 2, bad
    empty = run(["templates", "add", "--db", db, "Books by Nobody",
                 "SELECT title FROM books b JOIN authors a ON a.id = b.author_id"
                 " WHERE a.name = 'Nobody'"], env=env)
    assert empty.code == 2 and "no rows" in empty.err, empty
    ok = run(["templates", "add", "--db", db, "--json", "What is the price of Red Sky?",
              "SELECT price FROM books WHERE title = 'Red Sky'"], env=env)
    assert ok.code == 0, ok
    tid = ok.json()["id"]
    r = run(["ask", "--db", db, "--json", "What is the price of Gold Sun?"], env=env)
    assert r.code == 0 and r.json()["sql"] == "SELECT price FROM books WHERE title = 'Gold Sun'", r
    assert run(["templates", "--db", db, "pin", tid], env=env).code == 0
    listed = run(["templates", "--db", db, "--json"], env=env).json()
    assert listed[0]["pinned"] is True and listed[0]["source"] == "user", listed
    assert run(["templates", "--db", db, "delete", tid], env=env).code == 0
    assert run(["templates", "--db", db, "delete", tid], env=env).code == 2
    assert run(["templates", "--db", db, "--json"], env=env).json() == []


def test_endpoints():
    d = tmpdir("tmpl-")
    db, env = make_db(d), env_for(d)
    with Server(["--db", db], env=env) as srv:
        async def go():
            st, _, body = await http(srv.port, "POST", "/v1/templates",
                                     {"question": "What is the price of Red Sky?",
                                      "sql": "SELECT price FROM books WHERE title = 'Red Sky'"})
            assert st == 201, (st, body)
            tid = json.loads(body)["id"]
            st, _, body = await http(srv.port, "POST", "/v1/templates",
                                     {"question": "x", "sql": "DROP TABLE books"})
            assert st == 422, (st, body)
            st, _, body = await http(srv.port, "POST", "/v1/ask",
                                     {"question": "What is the price of Blue Sea?"})
            j = json.loads(body)
            assert st == 200 and j["sql"] == "SELECT price FROM books WHERE title = 'Blue Sea'", j
            st, _, body = await http(srv.port, "POST", "/v1/templates",
                                     {"id": tid, "pinned": True})
            assert st == 200, body
            st, _, body = await http(srv.port, "GET", "/v1/templates")
            j = json.loads(body)
            assert st == 200 and j["enabled"] and j["templates"][0]["pinned"], j
            st, _, _ = await http(srv.port, "DELETE", "/v1/templates?id=" + tid)
            assert st == 200
            st, _, _ = await http(srv.port, "DELETE", "/v1/templates?id=" + tid)
            assert st == 404
            st, _, body = await http(srv.port, "GET", "/v1/templates")
            assert json.loads(body)["templates"] == []
        asyncio.run(go())
        assert srv.stop() == 0


def test_few_shot_examples_in_prompt():
    d = tmpdir("tmpl-")
    db, env = make_db(d), env_for(d)
    few = [{"prompt": "Example question: How many books in the Poetry genre",
            "question": "average price", "response": "SELECT avg(price) FROM books"}]
    with FakeLLM(few + rules()) as fake:
        learn_all(db, fake, env)
        j = ask(db, fake, "What is the average price of books in the Poetry genre?", env,
                ["--no-rules"]).json()
        shots = [s for s in j["trace"] if (s.get("outcome") or "").startswith("few-shot:")]
        assert shots, j["trace"]
        assert j["sql"] == "SELECT avg(price) FROM books", j


if __name__ == "__main__":
    main([test_paraphrases_answered_by_tier0_without_model,
          test_schema_change_retires_touched_templates, test_teach_pin_delete_cli,
          test_endpoints, test_few_shot_examples_in_prompt])
