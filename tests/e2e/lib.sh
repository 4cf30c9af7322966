# lib.sh - the start every end-to-end script shares (sourced, not run:
# tests/run.sh passes over it).  A script begins with
#     . "${TOP:?}/tests/e2e/lib.sh"
# and ends with `finish NAME`.
#
# It turns on `set -u`, refuses to run without the environment tests/run.sh
# gives (KAMERINDEX, TMPDIR, TOP), sets LC_ALL=C (byte offsets, byte
# ranges in sed and tr) and defines:
#   K, T, TOP                 the binary, this script's scratch folder, the tree
#   bad MESSAGE               a failure: printed as "FAIL: ...", counted in $errors
#   note MESSAGE              a remark that is not a failure
#   show FILE [N]             the first N (10) lines of FILE, indented
#   implemented CMD ARGS...   false when `kamerindex CMD ARGS` says it is a stub
#   need CMD ARGS...          ends the script with "SKIP" (exit 0) when it is
#   finish NAME [DETAIL]      the last line: exit 1 with the failure count
#                             (and DETAIL) when any check failed, else exit 0
#                             with "NAME: all checks passed"
set -u
K=${KAMERINDEX:?}
T=${TMPDIR:?}
TOP=${TOP:?}
export LC_ALL=C

errors=0
bad() { printf 'FAIL: %s\n' "$*"; errors=$((errors + 1)); }
note() { printf 'note: %s\n' "$*"; }
show() { sed 's/^/    | /' "$1" | head -n "${2:-10}"; }

implemented() { ! "$K" "$@" 2>&1 | grep -q 'not implemented yet'; }
need() {
    implemented "$@" && return 0
    echo "SKIP: $1 not implemented yet"
    exit 0
}

finish() { # NAME [DETAIL]
    if [ "$errors" -gt 0 ]; then
        echo "$errors failures${2:+ ($2)}"
        exit 1
    fi
    echo "$1: all checks passed"
    exit 0
}
