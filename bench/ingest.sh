#!/bin/sh
# bench/ingest.sh - how fast `kamerindex ingest` fills an index, side by side
# with its baselines, in the same run over the same folder:
#
#   - pdftotext once per file (poppler-utils): the bare cost of getting the
#     text out, without detection or indexing.  Goal: ingest -j1, with
#     detection and indexing, at least as fast.
#   - ingest -j1 against -j2.  Goal: -j2 close to twice -j1 (on 2+ cores).
#   - recollindex (Debian recollcmd), the Xapian desktop indexer, with a
#     throwaway configuration.  Goal: faster.
#
# The folder: BENCH_LETTERS (default 300) documents from the corpus
# generator (corpus/gen.c, seed 1), 1 to 10 pages, laid out by mkpdf like
# ministry letters, with Kamerstuk references, motions and commitments.  Each timing is
# the best of BENCH_RUNS (default 2) runs on a fresh index (recollindex: one
# run), files in the page cache.  Also: index bytes per document, ours and recoll's.
set -eu
BUILD=${BUILD:-build}
TOP=$(pwd)
K=$TOP/$BUILD/kamerindex
MKPDF=$TOP/$BUILD/bin/mkpdf
N=${BENCH_LETTERS:-300}
RUNS=${BENCH_RUNS:-2}
export LC_ALL=C KAMERINDEX_NO_PROGRESS=1
W=$(mktemp -d "${TMPDIR:-/tmp}/kamerindex-bench-ingest.XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM

now() { date +%s.%N; }
# best SECONDS-FILE: the smallest line
best() { sort -g "$1" | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / s; else print "-" }'; }

# --- the folder ------------------------------------------------------------
# corpus/gen.c: reproducible synthetic letters, beslisnota's, motions, ...
# with the reference density of real ones, laid out by mkpdf.
MKPDF=$MKPDF "$TOP/$BUILD/bin/gen" --seed 1 --format pdf "$N" "$W/pdf" >/dev/null
cat "$W"/pdf/*.pdf >/dev/null # into the page cache

# --- pdftotext once per file ------------------------------------------------
: >"$W/t.pdftotext"
r=0
while [ $r -lt "$RUNS" ]; do
    t0=$(now)
    for f in "$W"/pdf/*.pdf; do pdftotext -q "$f" /dev/null; done
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$W/t.pdftotext"
    r=$((r + 1))
done

# --- kamerindex ingest -j1 and -j2 ----------------------------------------------
for j in 1 2; do
    : >"$W/t.j$j"
    r=0
    while [ $r -lt "$RUNS" ]; do
        rm -rf "$W/j$j.db"
        t0=$(now)
        "$K" ingest --db "$W/j$j.db" -j "$j" "$W/pdf" >"$W/out" 2>"$W/err" ||
            { echo "bench: ingest -j$j failed:"; cat "$W/err"; exit 1; }
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$W/t.j$j"
        r=$((r + 1))
    done
done
"$K" stats --db "$W/j1.db" --json >"$W/stats"
field() { sed -n "s/.*\"$1\": *\([0-9]*\).*/\1/p" "$W/stats"; }
docs=$(field documents)
pages=$(field pages)
bytes=$(field bytes)

# --- recollindex ------------------------------------------------------------------
have_recoll=0
if command -v recollindex >/dev/null 2>&1; then
    have_recoll=1
    : >"$W/t.recoll"
    r=0
    while [ $r -lt 1 ]; do # one run: it takes long
        rm -rf "$W/rc"
        mkdir -p "$W/rc"
        # At normal priority, as kamerindex runs (recoll's default is nice 19
        # and idle I/O, which on a busy machine measures the others' load).
        printf 'topdirs = %s\nnoaspell = 1\nloglevel = 1\nidxniceprio = 0\nmonioniceclass = 2\n' \
            "$W/pdf" >"$W/rc/recoll.conf"
        t0=$(now)
        # The system python3 for recoll's filters (not a user's pyenv shim).
        PATH=/usr/bin:/bin recollindex -c "$W/rc" >"$W/rc.out" 2>&1 ||
            { echo "bench: recollindex failed:"; tail -5 "$W/rc.out"; have_recoll=0; break; }
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$W/t.recoll"
        r=$((r + 1))
    done
    rbytes=$(du -sk "$W/rc/xapiandb" | awk '{ print $1 * 1024 }')
fi

# --- report -------------------------------------------------------------------------
tp=$(best "$W/t.pdftotext")
t1=$(best "$W/t.j1")
t2=$(best "$W/t.j2")
echo "ingest: $docs documents, $pages pages (corpus/gen.c --seed 1), best of $RUNS runs"
echo "  (sh bench/ingest.sh; BENCH_LETTERS=$N BENCH_RUNS=$RUNS)"
printf '  %-28s %8s %9s %9s %14s\n' "" seconds docs/s pages/s "vs pdftotext"
row() { printf '  %-28s %8s %9s %9s %14s\n' "$1" "$2" "$(rate "$docs" "$2")" \
    "$(rate "$pages" "$2")" "$(ratio "$tp" "$2")x"; }
row "pdftotext once per file" "$tp"
row "kamerindex ingest -j1" "$t1"
row "kamerindex ingest -j2" "$t2"
if [ $have_recoll = 1 ]; then
    tr=$(best "$W/t.recoll")
    row "recollindex" "$tr"
fi
echo "  ingest -j2 vs -j1: $(ratio "$t1" "$t2")x faster ($(getconf _NPROCESSORS_ONLN) cores;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
[ $have_recoll = 1 ] &&
    echo "  ingest -j1 vs recollindex: $(ratio "$tr" "$t1")x faster; -j2: $(ratio "$tr" "$t2")x"
echo "  index bytes per document: kamerindex $((bytes / docs))$(
    [ $have_recoll = 1 ] && printf ', recoll %s (ratio %s)' "$((rbytes / docs))" \
        "$(ratio "$bytes" "$rbytes")")"
