#!/bin/sh
# Runs every test (ctest) in each build directory given, then prints one closing line with the
# totals: "N passed, N failed, N skipped". A skipped test (exit 77: its data or tool is missing)
# is neither passed nor failed; any failure makes the exit status non-zero.
set -u
# Undefined behaviour fails a test in the sanitizer build instead of only printing a line.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
passed=0
failed=0
skipped=0
status=0
for dir in "$@"; do
    echo "== tests in $dir"
    log="$dir/ctest.log"
    (cd "$dir" && ctest --output-on-failure -j2 --timeout 900) 2>&1 | tee "$log"
    # "93% tests passed, 1 tests failed out of 14"; skipped tests count among the "passed" there
    # and are listed after "The following tests did not run:" as "  5 - name (Skipped)".
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "test.sh: no ctest summary in $dir" >&2
        status=1
        failed=$((failed + 1))
        continue
    fi
    f=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
    n=$(echo "$line" | sed -E 's/.*failed out of ([0-9]+).*/\1/')
    s=$(sed -n '/^The following tests did not run:/,/^$/p' "$log" | grep -cE '\(Skipped\)$')
    passed=$((passed + n - f - s))
    failed=$((failed + f))
    skipped=$((skipped + s))
    [ "$f" -eq 0 ] || status=1
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
