"""The web page that `genbi serve` serves at / and POST /v1/sql, over loopback: the page and every
asset it names with the right type and caching headers, no external URL in any served file, a
shared link (/?q=...) handled by the page code, and /v1/sql running a SELECT while refusing
writes, several statements and PRAGMA writes without touching the database file (checksummed
before and after), behind the same API keys and rate limits as the rest of the API."""

import gzip
import http.client
import json
import os
import re
import shutil

from harness import ROOT, demo_db, main, run, sha256, tmpdir, write_config
from test_server_load import Server

VENDOR = os.path.join(ROOT, "web", "vendor", "node_modules")
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".html": "text/html; charset=utf-8"}
# URLs that appear in the chart libraries' dist files and are never fetched by the page:
# XML namespace names, the Vega schema's identifier, the editor link of vega-embed's actions
# menu (the page turns actions off), links inside error texts, and bare scheme prefixes that
# vega-embed compares strings against.
VENDOR_URL_ALLOWED = re.compile(
    r"^(http://www\.w3\.org/(2000/svg|2000/xmlns/|1999/xlink)"
    r"|https://vega\.github\.io/(schema/vega/v5\.json|editor/)"
    r"|https://github\.com/(vega/vega-lite/issues/\d+|Starcounter-Jack/JSON-Patch)"
    r"|https?://)$")


def get(srv, method, path, body=None, headers=None):
    """(status, headers with lowercase names, body bytes)."""
    c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=60)
    try:
        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        c.request(method, path, body=data, headers=headers or {})
        r = c.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        c.close()


def page_refs(html):
    """The paths of the scripts and stylesheets the page loads."""
    return re.findall(r'(?:src|href)="(/static/[^"]+)"', html)


def strip_comments(text, kind):
    if kind == ".html":
        return re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    if kind == ".js":  # line comments (the page's own code has no '//' inside strings)
        text = re.sub(r"(^|\s)//[^\n]*", r"\1", text)
    return text


def test_page_and_assets():
    with Server(["--db", demo_db()]) as srv:
        st, h, body = get(srv, "GET", "/")
        assert st == 200 and h["content-type"] == TYPES[".html"], (st, h)
        html = body.decode()
        assert '<input id="question"' in html and '<select id="db"' in html
        refs = page_refs(html)
        assert "/static/app.js" in refs and "/static/app.css" in refs, refs
        vendor = [r for r in refs if r.startswith("/static/vendor/")]
        assert len(vendor) == 3, refs
        names = [os.path.basename(n) for n in vendor]  # vega.min.js: vega/build/vega.min.js
        have_vendor = all(os.path.exists(os.path.join(VENDOR, n.split(".min")[0], "build", n))
                          for n in names)
        for path in refs:
            st, h, data = get(srv, "GET", path)
            if path in vendor and not have_vendor:
                # built before scripts/web-deps.sh: a 404 that says what to do
                assert st == 404 and b"web-deps.sh" in data, (path, st)
                continue
            assert st == 200, (path, st)
            assert h["content-type"] == TYPES[os.path.splitext(path)[1]], (path, h)
            assert int(h["content-length"]) == len(data) > 0
            etag = h["etag"]
            assert re.fullmatch(r'"[0-9a-f]{32}"', etag), etag
            cc = h["cache-control"]
            assert cc == ("public, max-age=86400" if path in vendor else "no-cache"), (path, cc)
            assert h["x-content-type-options"] == "nosniff"
            st2, h2, data2 = get(srv, "GET", path, headers={"If-None-Match": etag})
            assert st2 == 304 and data2 == b"" and h2["etag"] == etag, (path, st2)
            assert get(srv, "GET", path, headers={"If-None-Match": '"other"'})[0] == 200
            if len(data) >= 1024:  # text of 1 KiB or more also goes out gzip-compressed
                st3, h3, packed = get(srv, "GET", path, headers={"Accept-Encoding": "br, gzip;q=0.8"})
                assert st3 == 200 and h3["content-encoding"] == "gzip", (path, h3)
                assert h3["vary"] == "Accept-Encoding" and gzip.decompress(packed) == data
                assert len(packed) < len(data) and h3["etag"] == etag[:-1] + '-gz"', h3
                assert get(srv, "GET", path, headers={"Accept-Encoding": "gzip",
                                                      "If-None-Match": h3["etag"]})[0] == 304
                h4 = get(srv, "GET", path, headers={"Accept-Encoding": "gzip;q=0"})[1]
                assert "content-encoding" not in h4, h4
        # The page itself is revalidated too, and names no other origin in its policy.
        csp = get(srv, "GET", "/")[1]["content-security-policy"]
        assert "default-src 'self'" in csp and "http" not in csp, csp
        assert get(srv, "GET", "/static/nope.js")[0] == 404
        assert get(srv, "GET", "/static/../CMakeLists.txt")[0] == 404
        st, h, _ = get(srv, "POST", "/")
        assert st == 405 and h["allow"] == "GET"
        assert srv.stop() == 0


def test_no_external_url():
    with Server(["--db", demo_db()]) as srv:
        html = get(srv, "GET", "/")[2].decode()
        files = {"/": html}
        for path in page_refs(html):
            st, _, data = get(srv, "GET", path)
            if st == 200:
                files[path] = data.decode("utf-8")
        assert srv.stop() == 0
    url = re.compile(r"https?://[^\s\"'`)<>]*")
    for path, text in files.items():
        kind = ".html" if path == "/" else os.path.splitext(path)[1]
        if path.startswith("/static/vendor/"):
            bad = [u for u in url.findall(text) if not VENDOR_URL_ALLOWED.match(u)]
        else:
            bad = url.findall(strip_comments(text, kind))
        assert not bad, (path, bad)


def test_shared_link_asks_on_load():
    """/?q=...&db=... is the page (the server ignores the query) and the page's code reads both
    parameters and asks at once (the helpers themselves are run by tests/web/app_test.js)."""
    with Server(["--db", demo_db()]) as srv:
        plain = get(srv, "GET", "/")
        shared = get(srv, "GET", "/?q=How%20many%20customers%20are%20there%3F&db=default")
        assert shared[0] == 200 and shared[2] == plain[2] and shared[1]["etag"] == plain[1]["etag"]
        js = get(srv, "GET", "/static/app.js")[2].decode()
        assert srv.stop() == 0
    assert "readLocation(location.search)" in js
    assert re.search(r"if \(loc\.q\) \{\s*el\.q\.value = loc\.q;\s*ask\(loc\.q\);", js), "no ask on load"
    assert "loadDatabases(loc.db)" in js


def private_demo():
    d = tmpdir("web-")
    path = os.path.join(d, "demo.sqlite")
    shutil.copyfile(demo_db(), path)
    return path


def test_sql_select():
    db = private_demo()
    with Server(["--db", "shop=" + db]) as srv:
        st, h, body = get(srv, "POST", "/v1/sql",
                          {"sql": "SELECT status, COUNT(*) AS n FROM orders GROUP BY status ORDER BY n DESC",
                           "question": "orders by status"})
        assert st == 200 and h["content-type"] == "application/json", (st, body)
        a = json.loads(body)
        assert a["status"] == "answered" and a["db"] == "shop" and a["tier_name"] == "user", a
        assert a["columns"] == ["status", "n"] and len(a["rows"]) >= 2
        assert sum(r[1] for r in a["rows"]) == 20000, a["rows"]
        assert a["analysis"]["summary"] and a["chart"] is not None
        assert a["attempts"] == 1 and a["cost_usd"] == 0 and a["tokens_in"] == 0
        # the same gate's row cap and the database's own errors
        st, _, body = get(srv, "POST", "/v1/sql", {"sql": "SELECT nosuch FROM orders", "db": "shop"})
        e = json.loads(body)["error"]
        assert st == 422 and e["code"] == "sql_error" and e["class"] == "unknown_column", (st, e)
        assert "nosuch" in e["message"]
        assert srv.stop() == 0


HOSTILE = [
    "DELETE FROM customers",
    "UPDATE customers SET country = 'X'",
    "INSERT INTO regions (region_id, name) VALUES (99, 'x')",
    "REPLACE INTO regions (region_id, name) VALUES (1, 'x')",
    "DROP TABLE customers",
    "CREATE TABLE t (x INTEGER)",
    "CREATE TEMP TABLE t AS SELECT 1",
    "ALTER TABLE customers ADD COLUMN x INTEGER",
    "SELECT 1; DELETE FROM customers",
    "SELECT COUNT(*) FROM customers; SELECT 1",
    "WITH x AS (SELECT 1) DELETE FROM customers",
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA writable_schema = 1",
    "PRAGMA foreign_keys = OFF",
    "ATTACH DATABASE 'evil.sqlite' AS evil",
    "VACUUM",
    "REINDEX",
    "ANALYZE",
    "BEGIN; DELETE FROM customers; COMMIT",
    "INSERT INTO regions (region_id, name) VALUES (98, 'y') RETURNING *",
]


def test_sql_refuses_writes():
    db = private_demo()
    before = sha256(db)
    with Server(["--db", db]) as srv:
        for sql in HOSTILE:
            st, _, body = get(srv, "POST", "/v1/sql", {"sql": sql})
            e = json.loads(body).get("error", {})
            assert st == 403 and e.get("code") == "refused" and e.get("class") == "unsafe", (sql, st, body)
            assert e["message"].startswith("refused"), e
        # still answers reads afterwards, and the data is as it was
        st, _, body = get(srv, "POST", "/v1/sql", {"sql": "SELECT COUNT(*) FROM customers"})
        assert st == 200 and json.loads(body)["rows"] == [[2500]], body
        assert srv.stop() == 0
    assert sha256(db) == before, "the database file changed"
    assert not os.path.exists(db + "-wal") or os.path.getsize(db + "-wal") == 0
    assert not os.path.exists(os.path.join(os.path.dirname(db), "evil.sqlite"))


def test_sql_bad_requests():
    with Server(["--db", demo_db()]) as srv:
        def err(body, status, code, headers=None):
            st, _, out = get(srv, "POST", "/v1/sql", body, headers)
            j = json.loads(out)
            assert st == status and j["error"]["code"] == code, (body, st, j)
        err(b"", 400, "empty_body")
        err(b"{not json", 400, "invalid_json")
        err(b"\xff\xfe", 400, "invalid_utf8")
        err(b'{"sql": "SELECT 1", "sql": "SELECT 2"}', 400, "invalid_json")
        err({"query": "SELECT 1"}, 400, "invalid_request")
        err({"sql": 5}, 400, "invalid_request")
        err({"sql": "   "}, 400, "invalid_request")
        err({"sql": "SELECT 1", "db": 3}, 400, "invalid_request")
        err({"sql": "SELECT 1", "db": "nope"}, 404, "unknown_database")
        err({"sql": "SELEC 1"}, 422, "sql_error")
        st, h, _ = get(srv, "GET", "/v1/sql")
        assert st == 405 and h["allow"] == "POST"
        metrics = get(srv, "GET", "/metrics")[2].decode()
        assert re.search(r'genbi_http_requests_total\{route="sql",status="400"\} 8', metrics), metrics
        assert 'genbi_http_requests_total{route="sql",status="422"} 1' in metrics
        assert srv.stop() == 0


def test_sql_auth_and_rate_limit():
    key = "web-page-secret-key-0123456789"
    r = run(["serve", "--hash-key", key])
    assert r.code == 0, r
    cfg = write_config({"server": {"api_keys": [{"id": "web", "hash": r.out.strip()}],
                                   "rate_limit": {"rate": 0.2, "burst": 2}}})
    db = private_demo()
    before = sha256(db)
    with Server(["--db", db, "--config", cfg]) as srv:
        q = {"sql": "SELECT 1 AS one"}
        st, h, _ = get(srv, "POST", "/v1/sql", q)
        assert st == 401 and h["www-authenticate"] == "Bearer"
        assert get(srv, "POST", "/v1/sql", {"sql": "DELETE FROM customers"})[0] == 401
        # the page loads without a key (it asks for one), and takes no token from the bucket
        for path in ("/", "/static/app.js", "/static/app.css"):
            assert get(srv, "GET", path)[0] == 200, path
        ok = {"Authorization": "Bearer " + key}
        st, _, body = get(srv, "POST", "/v1/sql", q, ok)
        assert st == 200 and json.loads(body)["rows"] == [[1]], body
        assert get(srv, "POST", "/v1/sql", {"sql": "DROP TABLE orders"}, ok)[0] == 403
        st, h, body = get(srv, "POST", "/v1/sql", q, ok)
        assert st == 429 and json.loads(body)["error"]["code"] == "rate_limited", body
        assert int(h["retry-after"]) >= 1
        assert srv.stop() == 0
    assert sha256(db) == before


if __name__ == "__main__":
    main([test_page_and_assets, test_no_external_url, test_shared_link_asks_on_load,
          test_sql_select, test_sql_refuses_writes, test_sql_bad_requests,
          test_sql_auth_and_rate_limit])
