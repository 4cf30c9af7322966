#!/bin/sh
# Runs every test: the cmocka unit tests in $BUILD/tests/, the end-to-end
# scripts in tests/e2e/ (real binary, real PDFs), and the detection
# evaluation of tests/gold and of every tests/heldout* set (heldout16 is PDFs)
# against its floors.  Prints one line per suite and
# closes with
# "N passed, N failed"; exits non-zero when anything failed.
#
# Environment for e2e scripts: KAMERINDEX (the binary), MKPDF (the PDF
# generator), BUILD, TOP (the source tree), TMPDIR (a fresh scratch folder).
# tests/e2e/lib.sh is their shared start, sourced by each, not run.
set -u
BUILD=${BUILD:-build}
TOP=$(pwd)
export BUILD TOP
export KAMERINDEX="$TOP/$BUILD/kamerindex"
export MKPDF="$TOP/$BUILD/bin/mkpdf"
export KAMERINDEX_NO_PROGRESS=1
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kamerindex-tests.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

pass=0
fail=0
failed=""
run() { # name, command...
    name=$1
    shift
    log="$scratch/$(echo "$name" | tr '/ ' '__').log"
    if "$@" >"$log" 2>&1; then
        pass=$((pass + 1))
        printf 'PASS %s\n' "$name"
    else
        fail=$((fail + 1))
        failed="$failed $name"
        printf 'FAIL %s\n' "$name"
        sed 's/^/    /' "$log" | tail -n 60
    fi
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    case "$t" in *.o|*.d) continue ;; esac
    run "unit/$(basename "$t")" "$t"
done

for s in tests/e2e/*.sh; do
    [ -f "$s" ] || continue
    case "$s" in */lib.sh) continue ;; esac # sourced by the others, not a test
    d="$scratch/$(basename "$s" .sh)"
    mkdir -p "$d"
    run "e2e/$(basename "$s" .sh)" env TMPDIR="$d" sh "$s"
done

for g in tests/gold tests/heldout tests/heldout[0-9]*; do
    if [ -d "$g" ]; then  # eval --check fails when floors.txt is missing
        run "eval/$(basename "$g")" "$BUILD/bin/eval" --check "$g"
    fi
done

echo
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
