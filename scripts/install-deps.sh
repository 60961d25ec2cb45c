#!/bin/sh
# Installs the Debian 12 packages genbi needs to build, run and test.
# Safe to run repeatedly; skips apt entirely when everything is present.
set -eu
PKGS="build-essential cmake pkg-config libsqlite3-dev libcurl4-openssl-dev libjansson-dev libyaml-dev
      libstemmer-dev sqlite3 python3 ca-certificates libmicrohttpd-dev libsodium-dev
      prometheus wrk clang libclang-rt-14-dev
      libpq-dev libpg-query-dev libmariadb-dev libhiredis-dev
      postgresql mariadb-server redis-server nginx-light chromium hcloud-cli"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# node + npm run the chart-spec check (tests/vega), fetch the page's chart libraries
# (scripts/web-deps.sh) and drive chromium in the browser test (tests/web); any install that
# provides both will do.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi
if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing packages:$missing (run as root or install them)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # The database servers, Redis and nginx are installed for the tests, which run their own
    # instances on loopback ports: keep the packages from starting system services (a busy port
    # or a missing init would fail the install). policy-rc.d is Debian's switch for that.
    policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy"
        chmod 755 "$policy"
        trap 'rm -f "$policy"' EXIT
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing
fi
