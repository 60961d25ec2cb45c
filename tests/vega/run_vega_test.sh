#!/bin/sh
# Chart specs against the Vega-Lite v5 schema: generates specs with the analyzer's unit test
# (it dumps them to $GENBI_TEST_TMP/charts) and with `genbi ask --json` on demo questions, then
# validates and compiles each with the vega-lite npm package (compile.mjs).
# usage: run_vega_test.sh GENBI_BIN TEST_ANALYZE_BIN   (ctest passes both)
# Skipped (exit 77, never a pass) when node or npm is not installed; installs the npm packages
# on first run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
genbi=$1
test_analyze=$2
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "skipped: node/npm not installed (apt-get install nodejs npm to run this test)"
    exit 77
fi
if [ ! -f "$here/node_modules/vega-lite/build/vega-lite-schema.json" ] || [ ! -d "$here/node_modules/ajv" ]; then
    (cd "$here" && npm install --no-audit --no-fund --loglevel=error) || {
        echo "FAIL: npm install of vega-lite and ajv failed (the npm registry must be reachable)"
        exit 1
    }
fi
tmp=$(mktemp -d "${GENBI_TEST_TMP:-/tmp}/vega.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
GENBI_TEST_TMP=$tmp "$test_analyze" >/dev/null
export GENBI_DEMO_DB="$tmp/demo.sqlite" GENBI_FIXES_LOG=off
"$genbi" demo --out "$GENBI_DEMO_DB" >/dev/null
i=0
for q in "revenue by region" "monthly revenue" "number of orders per year" \
         "top 5 products by revenue" "average order amount by category" \
         "how many customers are there"; do
    i=$((i + 1))
    "$genbi" ask --json "$q" >"$tmp/ask.json" || true
    python3 - "$tmp/ask.json" "$tmp/charts/ask_$i.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
if a.get("chart"):
    json.dump(a["chart"], open(sys.argv[2], "w"))
PY
done
node "$here/compile.mjs" "$tmp/charts"
