#!/bin/sh
# Runs every benchmark: each bench/NAME.sh (except this file) in turn.  Each
# prints its own numbers side by side with its baseline, measured in the
# same run, and a ratio.  Environment: BUILD (build dir, default build).
# Exits non-zero when a benchmark script fails (not when it is slow).
set -u
BUILD=${BUILD:-build}
export BUILD
status=0
for b in bench/*.sh; do
    [ "$b" = bench/run.sh ] && continue
    [ -f "$b" ] || continue
    echo "== $(basename "$b" .sh)"
    if ! sh "$b"; then
        echo "bench: $b failed" >&2
        status=1
    fi
    echo
done
exit $status
