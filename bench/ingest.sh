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
# The folder: BENCH_LETTERS (default 300) generated letters, 1 to 5 pages,
# laid out by mkpdf like ministry letters (margin column, footer), with
# Kamerstuk references, motions and commitments in the text.  Each timing is
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
mkdir -p "$W/src" "$W/pdf"
awk -v dir="$W/src" -v n="$N" 'BEGIN {
    srand(42)
    split("aanpak voortgang uitvoering beleid maatregelen onderzoek evaluatie " \
          "gemeenten ketenpartners veiligheid zorg jeugd onderwijs woningbouw " \
          "stikstof energie arbeidsmarkt toezicht handhaving wetsvoorstel " \
          "subsidie regeling kabinet samenwerking professionals signalen " \
          "huiselijk geweld femicide preventie middelen begroting monitor", w, " ")
    nw = length(w)
    split("Van der Werf|Mutluer|Bikker|Omtzigt|Kostic|Van Dijk|De Hoop|Ceder", sp, "|")
    split("D66|PvdA|ChristenUnie|NSC|PvdD|SP|GroenLinks-PvdA|CDA", pa, "|")
    for (i = 1; i <= n; i++) {
        f = sprintf("%s/letter-%04d.src", dir, i)
        d = sprintf("2025-%02d-%02d", 1 + i % 12, 1 + i % 28)
        printf "@title: Voortgang %s %d\n@date: %s\n", w[1 + i % nw], i, d >f
        printf "@margin: Kenmerk\n@margin: %d-%d-DMO\n@margin:\n@margin: Datum\n@margin: %s\n", \
            4000000 + i, 1000000 + i * 7, d >f
        printf "@footer: Pagina {page} van {pages}\n\nGeachte voorzitter,\n\n" >f
        paras = 4 + int(rand() * 26)
        for (p = 1; p <= paras; p++) {
            s = ""
            len = 40 + int(rand() * 80)
            for (k = 1; k <= len; k++) s = s (k > 1 ? " " : "") w[1 + int(rand() * nw)]
            r = int(rand() * 6)
            if (r == 0) s = s ". De motie van het lid " sp[1 + p % 8] " (" pa[1 + p % 8] \
                ") over " w[1 + int(rand() * nw)] " (Kamerstuk " 29000 + int(rand() * 7000) \
                ", nr. " 1 + int(rand() * 900) ") beschouw ik hiermee als afgedaan"
            if (r == 1) s = s ". Zie ook Kamerstukken II 2023/24, " 28000 + int(rand() * 8000) \
                ", nr. " 1 + int(rand() * 500)
            if (r == 2) s = s ". Tijdens het commissiedebat van 16 oktober 2024 heb ik " \
                "toegezegd uw Kamer voor de zomer te informeren over de " w[1 + int(rand() * nw)]
            print s "." >f
            print "" >f
        }
        print "Hoogachtend,\n\nde minister van Justitie en Veiligheid" >f
        close(f)
    }
}'
ls "$W/src" | sed 's/\.src$//' |
    xargs -P 2 -I{} "$MKPDF" "$W/src/{}.src" "$W/pdf/{}.pdf"
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
        printf 'topdirs = %s\nnoaspell = 1\nloglevel = 1\n' "$W/pdf" >"$W/rc/recoll.conf"
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
echo "ingest: $docs letters, $pages pages (generated by mkpdf), best of $RUNS runs"
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
