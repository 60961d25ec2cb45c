"""The deployment kit (deploy/): each config is checked by its own tool where the machine has it
(nginx -t, promtool, systemd-analyze, hcloud's own flag list, hadolint), the compose file is
parsed (the npm `yaml` package) and checked for what the kit promises, the Grafana dashboard
and the alert rules name only metrics a live genbi exports, the three profiles start a real
genbi, the fleet script's dry run, and a backup restored (state directory and PostgreSQL)."""

import json
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request

from harness import GENBI, ROOT, closed_port, demo_db, main, sha256, skip, tmpdir
from test_server_load import Server

DEPLOY = os.path.join(ROOT, "deploy")
WEB_TESTS = os.path.join(ROOT, "tests", "web")


def sh(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=300, **kw)


def need(tool):
    path = shutil.which(tool)
    if not path:
        skip("%s not installed" % tool)
    return path


def test_nginx_config():
    need("nginx")
    d = tmpdir("nginx-")
    # nginx -t resolves upstream names: the compose service names become loopback here.
    conf = open(os.path.join(DEPLOY, "nginx", "nginx.conf")).read()
    assert "genbi1:8000" in conf and "genbi2:8000" in conf
    local = conf.replace("genbi1:8000", "127.0.0.1:8001").replace("genbi2:8000", "127.0.0.1:8002")
    path = os.path.join(d, "nginx.conf")
    open(path, "w").write(local)
    shutil.copy(os.path.join(DEPLOY, "nginx", "locations.conf"), d)
    r = sh(["nginx", "-t", "-p", d, "-c", path])
    assert r.returncode == 0, r.stderr
    # With TLS: a self-signed certificate where certbot would put one, tls.conf included.
    need("openssl")
    live = os.path.join(d, "letsencrypt", "live", "genbi.test")
    os.makedirs(live)
    r = sh(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=genbi.test", "-keyout", os.path.join(live, "privkey.pem"),
            "-out", os.path.join(live, "fullchain.pem")])
    assert r.returncode == 0, r.stderr
    tls = open(os.path.join(DEPLOY, "nginx", "tls.conf")).read()
    tls = tls.replace("GENBI_DOMAIN", "genbi.test").replace("/etc/letsencrypt", os.path.join(d, "letsencrypt"))
    open(os.path.join(d, "tls.conf"), "w").write(tls)
    with_tls = local.replace("    # include /etc/nginx/tls.conf;", "    include %s/tls.conf;" % d)
    assert with_tls != local
    open(path, "w").write(with_tls)
    r = sh(["nginx", "-t", "-p", d, "-c", path])
    assert r.returncode == 0, r.stderr
    # both servers share the locations: the SSE route is unbuffered, the API rate limited
    assert "include locations.conf;" in conf and "include locations.conf;" in tls
    loc = open(os.path.join(DEPLOY, "nginx", "locations.conf")).read()
    assert re.search(r"location = /v1/ask \{[^}]*proxy_buffering off", loc)
    assert loc.count("limit_req zone=api") >= 3


def test_prometheus_config_and_rules():
    promtool = need("promtool")
    d = tmpdir("prom-")
    for f in ("prometheus.yml", "alerts.yml"):
        shutil.copy(os.path.join(DEPLOY, "prometheus", f), d)
    r = sh([promtool, "check", "config", os.path.join(d, "prometheus.yml")])
    assert r.returncode == 0, r.stdout + r.stderr
    r = sh([promtool, "check", "rules", os.path.join(d, "alerts.yml")])
    assert r.returncode == 0 and "SUCCESS: 5 rules found" in r.stdout, r.stdout + r.stderr
    text = open(os.path.join(d, "alerts.yml")).read()
    for alert in ("GenbiHighErrorRate", "GenbiSlowAnswers", "GenbiCostPerHourHigh",
                  "GenbiModelEndpointDown"):
        assert "alert: " + alert in text, alert


def exported_metrics():
    """Metric names a live genbi exports (with a model tier, so the per-tier series exist):
    every # TYPE line, and _bucket/_sum/_count for histograms."""
    dead = "ollama,http://127.0.0.1:9,m"  # nothing listens on port 9: the model calls fail
    with Server(["--db", demo_db(), "--llm", dead]) as srv:
        base = "http://127.0.0.1:%d" % srv.port
        for q in ("How many customers are there?", "delete all customers", "xyzzy plugh"):
            req = urllib.request.Request(base + "/v1/ask", data=json.dumps({"question": q}).encode(),
                                         method="POST")
            urllib.request.urlopen(req, timeout=120).read()
        text = urllib.request.urlopen(base + "/metrics", timeout=30).read().decode()
        assert srv.stop() == 0
    names = set()
    for m in re.finditer(r"^# TYPE (\S+) (\S+)$", text, re.M):
        names.add(m.group(1))
        if m.group(2) == "histogram":
            names |= {m.group(1) + s for s in ("_bucket", "_sum", "_count")}
    assert 'genbi_outcomes_total{outcome="refused"} 1' in text, text
    return names


def test_dashboard_and_alerts_use_exported_metrics():
    dash = json.load(open(os.path.join(DEPLOY, "grafana", "dashboards", "genbi.json")))
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    assert len(dash["panels"]) >= 10 and all(p["targets"] for p in dash["panels"])
    alerts = open(os.path.join(DEPLOY, "prometheus", "alerts.yml")).read()
    used_dash = set(re.findall(r"\bgenbi_[a-z_]+", " ".join(exprs)))
    used_alerts = set(re.findall(r"\bgenbi_[a-z_]+", alerts))
    exported = exported_metrics()
    assert not used_dash - exported, "dashboard metrics genbi does not export: %s" % (used_dash - exported)
    assert not used_alerts - exported, "alert metrics genbi does not export: %s" % (used_alerts - exported)
    # what the dashboard must cover
    for need_metric in ("genbi_http_requests_total", "genbi_node_duration_seconds_bucket",
                        "genbi_cost_usd_total", "genbi_cache_hits_total", "genbi_escalations_total",
                        "genbi_repairs_total", "genbi_outcomes_total", "genbi_model_errors_total"):
        assert need_metric in used_dash, need_metric
    titles = " ".join(p["title"] for p in dash["panels"]).lower()
    for word in ("latency per pipeline node", "cost per hour", "cache hit rate", "escalations",
                 "repairs", "refused", "errors"):
        assert word in titles, word


def parse_yaml(path):
    """The file as JSON, through the npm yaml package (merge keys on); skipped without node."""
    need("node")
    mod = os.path.join(WEB_TESTS, "node_modules", "yaml")
    if not os.path.isdir(mod):
        need("npm")
        r = sh(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=WEB_TESTS)
        assert r.returncode == 0, "npm install failed (the npm registry must be reachable): " + r.stderr
    js = ("const Y=require(process.argv[1]);const fs=require('fs');"
          "process.stdout.write(JSON.stringify(Y.parse(fs.readFileSync(process.argv[2],'utf8'),{merge:true})))")
    r = sh(["node", "-e", js, mod, path])
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_compose_file():
    path = os.path.join(DEPLOY, "compose.yaml")
    c = parse_yaml(path)
    s = c["services"]
    assert {"genbi1", "genbi2", "nginx", "postgres", "redis", "ollama", "prometheus",
            "grafana", "demo-load"} <= set(s), sorted(s)
    for g in ("genbi1", "genbi2"):
        svc = s[g]
        assert svc["read_only"] is True and "/tmp" in svc["tmpfs"], g
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
        assert svc["depends_on"]["demo-load"]["condition"] == "service_completed_successfully"
        cmd = svc["command"]
        assert cmd[0] == "serve" and "--config" in cmd and any(x.startswith("sales=postgresql://") for x in cmd)
        assert any(v.endswith(":/var/lib/genbi") for v in svc["volumes"]), svc["volumes"]
    assert s["genbi1"]["volumes"] != s["genbi2"]["volumes"]  # each instance its own state volume
    assert "genbi demo --out" in " ".join(s["demo-load"]["entrypoint"])
    # every file the compose file mounts exists, every required variable is in env.example
    for name, svc in s.items():
        for v in svc.get("volumes", []):
            src = v.split(":")[0]
            if src.startswith("./"):
                assert os.path.exists(os.path.join(DEPLOY, src)), (name, src)
    env = open(os.path.join(DEPLOY, "env.example")).read()
    for var in set(re.findall(r"\$\{([A-Z_]+):\?", open(path).read())):
        assert re.search(r"^%s=" % var, env, re.M), var
    for name, svc in s.items():
        for v in svc.get("volumes", []):
            src = v.split(":")[0]
            if not src.startswith(("./", "/")):
                assert src in c["volumes"], (name, src)
    for f in ("datasources/prometheus.yml", "dashboards/genbi.yml"):
        parse_yaml(os.path.join(DEPLOY, "grafana", "provisioning", f))


DOCKERFILE_RULES = [
    (r"(?m)^FROM debian:12-slim AS build$", "first stage on debian:12-slim"),
    (r"(?m)^FROM debian:12-slim$", "runtime stage on debian:12-slim"),
    (r"(?m)^USER (?!root)[a-z]+", "a non-root USER"),
    (r"(?m)^HEALTHCHECK ", "a HEALTHCHECK"),
    (r"(?m)^COPY --from=build ", "the binary copied from the build stage"),
    (r"(?m)^VOLUME ", "state on a volume (read-only root filesystem)"),
]


def test_dockerfile_lint():
    path = os.path.join(DEPLOY, "Dockerfile")
    text = open(path).read()
    if shutil.which("hadolint"):
        r = sh(["hadolint", path])
        assert r.returncode == 0, r.stdout
    # The documented lint (deploy/README.md) runs whether or not hadolint exists.
    for rx, what in DOCKERFILE_RULES:
        assert re.search(rx, text), what
    runs = re.findall(r"(?ms)^RUN (.*?)(?<!\\)\n", text)
    for cmd in runs:
        if "apt-get install" in cmd:
            assert "--no-install-recommends" in cmd and "rm -rf /var/lib/apt/lists/*" in cmd, cmd
            assert "apt-get update" in cmd, "update and install in one layer: " + cmd
    assert not re.search(r"(?m)^ADD ", text), "COPY, not ADD"
    assert not re.search(r"(?m):latest\b", "\n".join(l for l in text.splitlines() if l.startswith("FROM")))
    for f in re.findall(r"(?m)^COPY (?!--from)(\S+)", text):
        assert f == "." or os.path.exists(os.path.join(ROOT, f)), f
    ignore = open(os.path.join(ROOT, ".dockerignore")).read().split()
    assert "build" in ignore and ".git" in ignore


def test_systemd_unit():
    tool = need("systemd-analyze")
    d = tmpdir("unit-")
    unit = open(os.path.join(DEPLOY, "systemd", "genbi.service")).read()
    assert "ExecStart=/usr/local/bin/genbi serve" in unit
    path = os.path.join(d, "genbi.service")
    open(path, "w").write(unit.replace("/usr/local/bin/genbi", os.path.abspath(GENBI)))
    r = sh([tool, "verify", path])
    complaints = [l for l in (r.stdout + r.stderr).splitlines() if "genbi.service" in l]
    assert not complaints, complaints
    for k in ("DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "StateDirectory=genbi"):
        assert k in unit, k


def fleet(*args, env=None):
    return sh(["sh", os.path.join(DEPLOY, "fleet.sh")] + list(args), env=env)


def test_fleet_dry_run():
    out = {}
    for profile, servers, lb in (("ultra-budget", 1, False), ("production", 3, True),
                                 ("enterprise", 5, True)):
        r = fleet("--dry-run", "--profile", profile, "--domain", "genbi.example.com")
        assert r.returncode == 0, r.stderr
        lines = r.stdout.splitlines()
        assert lines and all(l.startswith("+ hcloud ") for l in lines), r.stdout
        assert sum(" server create " in l for l in lines) == servers, (profile, lines)
        assert any("load-balancer create" in l for l in lines) == lb, profile
        assert "dry run: nothing was changed" in r.stderr
        out[profile] = lines
    prod = "\n".join(out["production"])
    assert "--health-check-http-path /health" in prod and "--type managed --domain genbi.example.com" in prod
    more = fleet("--dry-run", "--count", "4").stdout
    assert more.count(" server create --name genbi-") == 4 + 1  # four nodes and the database
    again = fleet("--dry-run", "--count", "4").stdout
    norm = lambda s: re.sub(r"/tmp/[^/ ]+/", "TMP/", s)
    assert norm(more) == norm(again)
    assert fleet("--dry-run", "--profile", "huge").returncode == 2
    assert fleet("--dry-run", "--count", "x").returncode == 2
    # a real run without hcloud stops before doing anything
    r = fleet(env=dict(os.environ, HCLOUD="/nonexistent/hcloud"))
    assert r.returncode == 2 and "hcloud not found" in r.stderr, r.stderr
    # every flag the dry run uses is one the installed hcloud knows
    if shutil.which("hcloud"):
        for line in sorted(set(sum(out.values(), []))):
            words = line.split()
            kind, verb = words[2], words[3]
            help_text = sh(["hcloud", kind, verb, "--help"]).stdout
            for flag in re.findall(r"\s(--[a-z-]+)", line):
                assert flag in help_text, (kind, verb, flag)


def test_profiles_start_genbi():
    for p in ("ultra-budget", "production", "enterprise"):
        cfg = os.path.join(DEPLOY, "profiles", p + ".json")
        json.load(open(cfg))
        with Server(["--config", cfg, "--db", demo_db(), "--no-cache"]) as srv:
            base = "http://127.0.0.1:%d" % srv.port
            page = urllib.request.urlopen(base + "/", timeout=30)
            assert page.status == 200
            try:
                health = json.load(urllib.request.urlopen(base + "/health", timeout=30))
            except urllib.error.HTTPError as e:  # 503: the profile's model servers are not here
                assert e.code == 503
                health = json.load(e)
            assert len(health["models"]) == len(json.load(open(cfg))["tiers"]), (p, health)
            assert srv.stop() == 0, p


def test_backup_and_restore():
    d = tmpdir("backup-")
    state = os.path.join(d, "state")
    os.makedirs(os.path.join(state, "semantic"))
    os.makedirs(os.path.join(state, "cache"))
    files = {"semantic/sales.json": '{"metrics": {"revenue": "SUM(amount)"}}\n',
             "templates.jsonl": '{"skeleton": "how many X", "sql": "SELECT COUNT(*) FROM X"}\n',
             "fixes.jsonl": '{"class": "unknown_column"}\n'}
    for name, text in files.items():
        open(os.path.join(state, name), "w").write(text)
    open(os.path.join(state, "cache", "snapshot.bin"), "w").write("rebuildable")
    before = {n: sha256(os.path.join(state, n)) for n in files}
    args = ["--out", os.path.join(d, "backups"), "--state", state]
    pg = None
    if shutil.which("pg_dump"):
        from srv_postgres import Postgres
        pg = Postgres()
        try:
            pg.start()
        except Exception as e:  # Skipped (no server binaries or user): state-only backup
            pg = None
            print("backup test without PostgreSQL: %s" % e)
    try:
        if pg:
            pg.psql("CREATE DATABASE sales")
            pg.psql("CREATE TABLE t (id int PRIMARY KEY, v text); "
                    "INSERT INTO t SELECT g, 'row ' || g FROM generate_series(1, 500) g", db="sales")
            args += ["--pg-dsn", pg.dsn("sales")]
        r = sh(["sh", os.path.join(DEPLOY, "backup.sh")] + args)
        assert r.returncode == 0, r.stderr
        backup = r.stdout.strip().splitlines()[-1]
        listing = sorted(os.listdir(backup))
        assert listing == sorted(["SHA256SUMS", "state.tar.gz"] + (["postgres.dump"] if pg else [])), listing
        # damage the state and the database
        os.remove(os.path.join(state, "templates.jsonl"))
        open(os.path.join(state, "fixes.jsonl"), "a").write("garbage\n")
        if pg:
            pg.psql("DELETE FROM t WHERE id > 10; DROP TABLE IF EXISTS extra; CREATE TABLE extra (x int)", db="sales")
        restore = ["sh", os.path.join(DEPLOY, "restore.sh"), backup, "--state", state]
        if pg:
            restore += ["--pg-dsn", pg.dsn("sales")]
        # a damaged backup restores nothing
        bad = os.path.join(d, "bad")
        shutil.copytree(backup, bad)
        open(os.path.join(bad, "state.tar.gz"), "ab").write(b"x")
        r = sh(["sh", os.path.join(DEPLOY, "restore.sh"), bad, "--state", state])
        assert r.returncode == 1 and "damaged" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(state, "templates.jsonl"))
        r = sh(restore)
        assert r.returncode == 0, r.stderr
        assert {n: sha256(os.path.join(state, n)) for n in files} == before
        assert open(os.path.join(state, "cache", "snapshot.bin")).read() == "rebuildable"
        if pg:
            assert pg.psql("SELECT COUNT(*), SUM(id) FROM t", db="sales").stdout.strip() == "500|125250"
    finally:
        if pg:
            pg.close()


def test_nginx_in_front_of_two_instances():
    """The real config (upstreams mapped to two genbi on loopback): the page, an event stream
    and the API through nginx, both instances used, nginx's own rate limit answering 429."""
    nginx = need("nginx")
    d = tmpdir("nginx-run-")
    with Server(["--db", demo_db()]) as a, Server(["--db", demo_db()]) as b:
        port = closed_port()
        conf = open(os.path.join(DEPLOY, "nginx", "nginx.conf")).read()
        conf = (conf.replace("genbi1:8000", "127.0.0.1:%d" % a.port)
                .replace("genbi2:8000", "127.0.0.1:%d" % b.port)
                .replace("listen 80;", "listen 127.0.0.1:%d;" % port)
                .replace("/tmp/nginx", os.path.join(d, "nginx"))
                .replace("access_log /dev/stdout;", "access_log off;"))
        open(os.path.join(d, "nginx.conf"), "w").write(conf)
        shutil.copy(os.path.join(DEPLOY, "nginx", "locations.conf"), d)
        proc = subprocess.Popen([nginx, "-p", d, "-c", os.path.join(d, "nginx.conf"),
                                 "-g", "daemon off;"], stderr=open(os.path.join(d, "err"), "w"))
        try:
            base = "http://127.0.0.1:%d" % port
            for _ in range(100):
                try:
                    page = urllib.request.urlopen(base + "/", timeout=5).read().decode()
                    break
                except OSError:
                    time.sleep(0.1)
            assert '<input id="question"' in page
            req = urllib.request.Request(base + "/v1/ask?stream=1", method="POST",
                                         data=json.dumps({"question": "How many customers are there?"}).encode())
            with urllib.request.urlopen(req, timeout=60) as r:
                assert r.headers["Content-Type"] == "text/event-stream"
                events = re.findall(r"^event: (\S+)$", r.read().decode(), re.M)
            assert events[0] == "schema_selected" and events[-1] == "answer", events
            codes = []
            for _ in range(40):  # burst 20 at 5/s: nginx refuses the rest itself
                try:
                    codes.append(urllib.request.urlopen(base + "/v1/databases", timeout=10).status)
                except urllib.error.HTTPError as e:
                    codes.append(e.code)
            assert codes.count(200) >= 15 and codes.count(429) >= 10, codes
            served = []
            for srv in (a, b):
                m = urllib.request.urlopen("http://127.0.0.1:%d/metrics" % srv.port).read().decode()
                served.append(sum(int(x) for x in re.findall(
                    r'^genbi_http_requests_total\{route="databases",status="200"\} (\d+)$', m, re.M)))
            assert min(served) >= 3 and sum(served) == codes.count(200), (served, codes.count(200))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        assert a.stop() == 0 and b.stop() == 0


if __name__ == "__main__":
    main([test_nginx_config, test_nginx_in_front_of_two_instances, test_prometheus_config_and_rules,
          test_dashboard_and_alerts_use_exported_metrics, test_compose_file, test_dockerfile_lint,
          test_systemd_unit, test_fleet_dry_run, test_profiles_start_genbi, test_backup_and_restore])
