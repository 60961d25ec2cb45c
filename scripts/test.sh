#!/bin/sh
# Runs every test (ctest) in each build directory given, then prints one closing line with the
# totals: "N passed, N failed".
set -u
# Undefined behaviour fails a test in the sanitizer build instead of only printing a line.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
passed=0
failed=0
status=0
for dir in "$@"; do
    echo "== tests in $dir"
    log="$dir/ctest.log"
    (cd "$dir" && ctest --output-on-failure -j2 --timeout 900) 2>&1 | tee "$log"
    # "100% tests passed, 0 tests failed out of 12"
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "test.sh: no ctest summary in $dir" >&2
        status=1
        failed=$((failed + 1))
        continue
    fi
    f=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
    n=$(echo "$line" | sed -E 's/.*failed out of ([0-9]+).*/\1/')
    passed=$((passed + n - f))
    failed=$((failed + f))
    [ "$f" -eq 0 ] || status=1
done
echo "$passed passed, $failed failed"
exit $status
