#!/bin/sh
# fuzz/run.sh - links and runs the libFuzzer targets; called by `make fuzz`
# (see fuzz/module.mk), which builds $FUZZ_BUILD/libkamerindex.a first.
#
# For each fuzz/fuzz_NAME.c: the functions named on its " * fuzz-needs:"
# line must be in the library, else the target is skipped with a note (its
# module is not written yet).  It then runs for FUZZ_SECONDS on the working
# corpus $FUZZ_BUILD/corpus/fuzz_NAME, seeded from fuzz/seeds/NAME/ (and for
# the PDF target from corpus/pdf/ and tests/hostile/ output when present).
# Prints the executions and corpus size of each run.  Exits 1 when a target
# crashed, leaked, hung or broke a check; the input is kept in
# $FUZZ_BUILD/crashes/ -- turn it into a regression test in tests/fuzz/.
set -eu
B=${FUZZ_BUILD:-build-fuzz}
secs=${FUZZ_SECONDS:-60}
lib=$B/libkamerindex.a
top=$(pwd)
mkdir -p "$B/fuzz" "$B/crashes"

defined=$(nm -g --defined-only "$lib" 2>/dev/null | awk 'NF == 3 && $2 ~ /^[TWB]$/ { print $3 }')
flags="-std=c17 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined
       -fno-sanitize-recover=all -Wall -Wextra ${FUZZ_CPPFLAGS:-}"
# shellcheck disable=SC2086
clang $flags -c fuzz/fuzz_util.c -o "$B/fuzz/fuzz_util.o"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export LSAN_OPTIONS="suppressions=$top/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kamerindex-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

status=0
for src in fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    [ "$name" = fuzz_util ] && continue
    missing=""
    for sym in $(sed -n 's/^ \* fuzz-needs: //p' "$src"); do
        printf '%s\n' "$defined" | grep -qx "$sym" || missing="$missing $sym"
    done
    if [ -n "$missing" ]; then
        echo "fuzz: $name skipped: not in the library yet:$missing"
        continue
    fi
    # shellcheck disable=SC2086
    clang $flags -c "$src" -o "$B/fuzz/$name.o"
    util=""
    grep -q '"fuzz/fuzz_util.h"' "$src" && util="$B/fuzz/fuzz_util.o"
    # shellcheck disable=SC2086
    clang++ -fsanitize=fuzzer,address,undefined "$B/fuzz/$name.o" $util \
        "$lib" ${FUZZ_LIBS:-} -o "$B/fuzz/$name"
    [ "$secs" -gt 0 ] || continue

    short=${name#fuzz_}
    work=$B/corpus/$name
    mkdir -p "$work"
    seeds="fuzz/seeds/$short"
    maxlen=16384
    if [ "$short" = pdf ]; then
        maxlen=65536
        [ -d corpus/pdf ] && seeds="$seeds corpus/pdf"
    fi
    log=$B/$name.log
    echo "fuzz: $name for ${secs}s"
    # shellcheck disable=SC2086
    if TMPDIR=$scratch "$B/fuzz/$name" -max_total_time="$secs" -timeout=20 ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
        -rss_limit_mb=2560 -max_len=$maxlen -print_final_stats=1 \
        -artifact_prefix="$B/crashes/$name-" "$work" $seeds >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz: $name ok: ${execs:-?} executions, $(ls "$work" | wc -l) inputs in $work"
    else
        status=1
        echo "fuzz: $name FAILED; input in $B/crashes/, log $log:"
        grep -v '^#\|^INFO\|^MERGE\|Done [0-9]* runs' "$log" | tail -n 40
    fi
done
exit $status
