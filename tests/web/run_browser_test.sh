#!/bin/sh
# The browser test of the web page (browser_test.js): Debian's chromium driven by playwright-core
# against a real genbi serve. Screenshots go to OUT_DIR (the build folder).
# usage: run_browser_test.sh GENBI_BIN OUT_DIR   (ctest passes both)
# Skipped (exit 77, never a pass) without node/npm or chromium; installs the npm packages on
# first run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "skipped: node/npm not installed"
    exit 77
fi
if [ ! -x "$chromium" ]; then
    echo "skipped: chromium not installed (apt-get install chromium)"
    exit 77
fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ] || [ ! -d "$here/node_modules/yaml" ]; then
    (cd "$here" && npm install --no-audit --no-fund --loglevel=error) || {
        echo "FAIL: npm install of playwright-core and axe-core failed (the npm registry must be reachable)"
        exit 1
    }
fi
CHROMIUM=$chromium exec node "$here/browser_test.js" "$1" "$2"
