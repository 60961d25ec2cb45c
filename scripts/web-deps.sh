#!/bin/sh
# Installs the chart libraries the web page uses (vega, vega-lite, vega-embed from npm) into
# web/vendor/node_modules, where the build embeds their dist files (served by genbi under
# /static/vendor/, so the page needs nothing from the network afterwards). Run by `make build`
# (and so by `make run` and `make test`) before CMake; quick when they are already there.
# Without npm, or when the registry cannot be reached, it warns and the page shows tables
# without charts: it never fails the build.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
vendor=$here/web/vendor
have() {
    for f in vega/build/vega.min.js vega-lite/build/vega-lite.min.js vega-embed/build/vega-embed.min.js; do
        [ -f "$vendor/node_modules/$f" ] || return 1
    done
}
have && exit 0
if ! command -v npm >/dev/null 2>&1; then
    echo "web-deps: npm not found; the page will have no charts (apt-get install npm, then rebuild)" >&2
    exit 0
fi
if ! (cd "$vendor" && npm install --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "web-deps: npm install failed; the page will have no charts until it succeeds" >&2
    exit 0
fi
have || echo "web-deps: the chart libraries' dist files are missing after npm install" >&2
