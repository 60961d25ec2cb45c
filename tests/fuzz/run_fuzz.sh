#!/bin/sh
# Runs one libFuzzer target for a bounded time over a fresh copy of its seed corpus:
#   run_fuzz.sh BINARY SEED_DIR WORK_DIR
# GENBI_FUZZ_SECONDS (default 20) is the fuzzing time. Exits non-zero on any crash, leak,
# undefined behaviour, timeout (a single input over 10 s) or out-of-memory; the input that
# triggered it is left in WORK_DIR (crash-*, leak-*, timeout-*, oom-*) to be replayed with
# `BINARY FILE`. The seeds are never modified.
set -eu
bin=$1
seeds=$2
work=$3
secs=${GENBI_FUZZ_SECONDS:-20}
rm -rf "$work"
mkdir -p "$work/corpus"
if [ ! -d "$seeds" ] || [ -z "$(ls -A "$seeds")" ]; then
    echo "run_fuzz: no seed corpus in $seeds" >&2
    exit 1
fi
cp "$seeds"/* "$work/corpus/"
n=$(ls "$work/corpus" | wc -l)
echo "run_fuzz: $(basename "$bin") for ${secs}s over $n seeds"
# A dictionary of JSON tokens helps the targets that read JSON (see json.dict).
dict=
case "$(basename "$bin")" in
fuzz_ask | fuzz_config | fuzz_extract) dict="-dict=$(dirname "$0")/json.dict" ;;
esac
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
exec "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/" $dict "$work/corpus"
