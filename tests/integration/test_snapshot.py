"""Schema snapshots through the command line: a second process loads the snapshot the first one
wrote (`"snapshot": "hit"`) and sees exactly the schema introspection gives; a changed database,
a damaged snapshot file or an unusable cache directory mean introspecting again, never an error."""

import json
import os
import sqlite3

from harness import demo_db, main, run, tmpdir


def strip(doc):
    """The schema document without the fields that say how it was obtained."""
    return {k: v for k, v in doc.items() if not k.startswith("snapshot")}


def make_db(path):
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE teams(team_id INTEGER PRIMARY KEY, name TEXT, city TEXT);
        CREATE TABLE players(player_id INTEGER PRIMARY KEY, name TEXT, born DATE,
                             team_id INTEGER REFERENCES teams);
        INSERT INTO teams VALUES (1, 'Hawks', 'Atlanta'), (2, 'Bulls', 'Chicago');
        INSERT INTO players VALUES (1, 'Ann', '1990-01-02', 1), (2, 'Bo', '1991-03-04', 2),
                                   (3, 'Cy', '1992-05-06', 2);
    """)
    con.commit()
    con.close()


def test_second_process_hits_and_matches():
    d = tmpdir("snap-")
    db = os.path.join(d, "league.sqlite")
    make_db(db)
    env = {"GENBI_CACHE_DIR": os.path.join(d, "cache")}
    first = run(["schema", "--db", db, "--json"], env=env)
    assert first.code == 0, first
    assert first.json()["snapshot"] == "miss", first
    second = run(["schema", "--db", db, "--json"], env=env)
    assert second.json()["snapshot"] == "hit", second
    off = run(["schema", "--db", db, "--json"], env=dict(env, GENBI_SNAPSHOT="off"))
    assert off.json()["snapshot"] == "off", off
    assert strip(second.json()) == strip(off.json()) == strip(first.json())
    assert [t["name"] for t in second.json()["tables"]] == ["players", "teams"]
    files = os.listdir(env["GENBI_CACHE_DIR"])
    assert len(files) == 1 and files[0].endswith(".snap"), files
    mode = os.stat(os.path.join(env["GENBI_CACHE_DIR"], files[0])).st_mode & 0o777
    assert mode == 0o600, oct(mode)

    # The selection for a question is the same from the snapshot as from introspection.
    q = ["schema", "--db", db, "--json", "--question", "players of the Bulls"]
    hit, cold = run(q, env=env), run(q, env=dict(env, GENBI_SNAPSHOT="off"))
    assert hit.json()["snapshot"] == "hit", hit
    for k in ("tables", "context", "tokens", "full_schema_tokens"):
        assert hit.json()[k] == cold.json()[k], (k, hit, cold)

    # A new table: introspected again at once, then loaded.
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE coaches(coach_id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    r = run(["schema", "--db", db, "--json"], env=env)
    assert r.json()["snapshot"] == "miss" and "coaches" in [t["name"] for t in r.json()["tables"]]
    assert run(["schema", "--db", db, "--json"], env=env).json()["snapshot"] == "hit"

    # A damaged file is rebuilt; a cache directory that cannot be made is no snapshot at all.
    path = os.path.join(env["GENBI_CACHE_DIR"], files[0])
    with open(path, "r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 16)
    r = run(["schema", "--db", db, "--json"], env=env)
    assert r.code == 0 and r.json()["snapshot"] == "miss" and "corrupt" in r.json()["snapshot_note"], r
    r = run(["schema", "--db", db, "--json"], env={"GENBI_CACHE_DIR": os.path.join(path, "x")})
    assert r.code == 0 and r.json()["snapshot"] == "miss" and len(r.json()["tables"]) == 3, r


def test_ask_uses_the_snapshot():
    db = demo_db()
    cache = tmpdir("snap-ask-")
    env = {"GENBI_CACHE_DIR": cache}
    first = run(["ask", "--db", db, "--json", "How many customers are there?"], env=env)
    assert first.code == 0, first
    files = os.listdir(cache)
    assert len(files) == 1, files  # ask saved the snapshot ...
    inode = os.stat(os.path.join(cache, files[0])).st_ino
    second = run(["ask", "--db", db, "--json", "How many customers are there?"], env=env)
    assert second.code == 0, second
    # ... and the second ask loaded it: a miss would have renamed a new file over it.
    assert os.stat(os.path.join(cache, files[0])).st_ino == inode
    assert second.json()["sql"] == first.json()["sql"]
    assert second.json()["rows"] == first.json()["rows"]
    assert "schema" not in second.json()  # the same keys as the service's /v1/ask
    text = run(["schema", "--db", db, "--question", "customers per region"], env=env)
    assert text.code == 0 and "schema: snapshot loaded in" in text.out, text


if __name__ == "__main__":
    main([test_second_process_hits_and_matches, test_ask_uses_the_snapshot])
