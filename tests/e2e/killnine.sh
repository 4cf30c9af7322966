#!/bin/sh
# killnine.sh - `kill -9` of `kamerindex ingest` at 20 random moments.
#
# A folder of 150 small generated PDFs; before each round a few letters are
# rewritten and a few added, and three rounds in four re-index everything
# (--force), so that every round has real work to commit.  The kill moments
# spread over 90% of the time one whole ingest takes here (measured first;
# at least 50..400 ms), with commits every 7 documents, so they fall
# before, between and during ingest's commits.  Each round starts an ingest, kills it with SIGKILL, then
# checks that the index opens (`stats` works), passes `xapian-check`, and
# still holds every document it held after the previous round.  At the end
# one complete ingest must give the same index as a clean run over the same
# folder: the same `stats --json` (but "bytes", the size on disk) and the
# same documents in `search --json`.
# KILLNINE_SEED=N repeats a run (the seed is printed).
. "${TOP:?}/tests/e2e/lib.sh"
. "$TOP/tests/hostile/pdf.sh"

need ingest --db "$T/probe.db" /dev/null
need stats --db "$T/probe.db"
has_search=1
implemented search --db "$T/probe.db" x || has_search=0
[ $has_search = 1 ] || note "search not implemented yet: documents are compared by count only"
has_check=1
command -v xapian-check >/dev/null 2>&1 || { has_check=0; echo "note: no xapian-check"; }

D=$T/docs
DB=$T/kill.db
# Small commit batches, so that kills also land during and between commits
# (ingest reads this when it supports it; otherwise batches are larger).
export KAMERINDEX_BATCH_DOCS=7
letters "$D" 1 150 1

# How long one whole ingest of the folder takes here (this build, this disk).
t0=$(date +%s%N)
"$K" ingest --db "$T/timing.db" "$D" >/dev/null 2>&1 || bad "a plain ingest of the letters failed"
t1=$(date +%s%N)
span=$(awk -v a="$t0" -v b="$t1" 'BEGIN { s = (b - a) / 1e9 * 0.9; printf "%.3f", s < 0.4 ? 0.4 : s }')
rm -rf "$T/timing.db"

seed=${KILLNINE_SEED:-$(date +%s)}
echo "seed $seed; kills within 0.05..${span} s"
awk -v seed="$seed" -v span="$span" 'BEGIN { srand(seed)
    for (i = 0; i < 80; i++)
        printf "%.3f %d %d\n", 0.05 + rand() * (span - 0.05), 1 + int(rand() * 150), int(rand() * 4) }' \
    >"$T/plan"

# docs DB OUT: one line per document, "doc<TAB>file<TAB>title<TAB>kind<TAB>date",
# sorted; or only the count when there is no search.
docs() {
    if [ $has_search = 0 ]; then
        "$K" stats --db "$1" --json | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p' >"$2"
        return
    fi
    "$K" search --db "$1" --json --limit 100000 motie >"$T/search.out" 2>"$T/search.err" ||
        { bad "search --db $1 failed"; show "$T/search.err"; }
    awk '{
        n = split("doc file title kind date", k, " "); line = ""
        for (i = 1; i <= n; i++) {
            v = ""
            if (match($0, "\"" k[i] "\": *(\"([^\"\\\\]|\\\\.)*\"|null)")) {
                v = substr($0, RSTART, RLENGTH); sub(/^"[a-z]*": */, "", v)
            }
            line = line (i > 1 ? "\t" : "") v
        }
        print line }' "$T/search.out" | sort >"$2"
}

: >"$T/before"
round=0
killed=0
while [ $killed -lt 20 ] && read -r delay touch grow; do
    round=$((round + 1))
    # Churn: rewrite two letters, add up to three new ones.
    letters "$D" "$touch" "$touch" $((round + 1))
    t2=$(((touch * 7) % 150 + 1))
    letters "$D" "$t2" "$t2" $((round + 1))
    [ "$grow" -gt 0 ] && letters "$D" $((100 + round * 3)) $((100 + round * 3 + grow - 1)) 1

    force=--force
    [ $((round % 4)) -eq 0 ] && force=
    "$K" ingest --db "$DB" $force "$D" >"$T/ingest.out" 2>"$T/ingest.err" &
    pid=$!
    sleep "$delay"
    kill -9 $pid 2>/dev/null
    wait $pid
    rc=$?
    if [ $rc -eq 137 ]; then
        killed=$((killed + 1))
    elif [ $rc -ne 0 ]; then
        bad "round $round: ingest exited $rc before the kill"
        show "$T/ingest.err"
    fi
    if grep -q 'AddressSanitizer\|runtime error:' "$T/ingest.err"; then
        bad "round $round: sanitizer report"
        show "$T/ingest.err" 30
    fi
    # A worker left behind must not hold the index: a new writer gets in.
    sleep 0.2

    if [ ! -e "$DB" ] && [ ! -s "$T/before" ]; then
        continue # killed before the index was first created
    fi
    if ! "$K" stats --db "$DB" --json >"$T/stats.out" 2>"$T/stats.err"; then
        bad "round $round (killed after ${delay}s): stats fails"
        show "$T/stats.err"
        continue
    fi
    if [ $has_check = 1 ] && ! xapian-check "$DB" >"$T/xc.out" 2>&1; then
        bad "round $round (killed after ${delay}s): xapian-check fails"
        show "$T/xc.out"
    fi
    docs "$DB" "$T/after"
    if [ $has_search = 1 ]; then
        # Every document held before is still held (titles may change:
        # compare the doc and file columns only).
        cut -f1,2 "$T/before" >"$T/b.keys"
        cut -f1,2 "$T/after" >"$T/a.keys"
        lost=$(comm -23 "$T/b.keys" "$T/a.keys" | wc -l)
        [ "$lost" -eq 0 ] || {
            bad "round $round (killed after ${delay}s): $lost committed documents lost"
            comm -23 "$T/b.keys" "$T/a.keys" | head -5
        }
    else
        b=$(cat "$T/before")
        a=$(cat "$T/after")
        [ "${a:-0}" -ge "${b:-0}" ] || bad "round $round: $b documents before, $a after"
    fi
    cp "$T/after" "$T/before"
    echo "round $round: killed after ${delay}s (exit $rc), $(wc -l <"$T/after") documents"
done <"$T/plan"
echo "$round rounds, $killed ingests killed mid-run"
[ $killed -ge 20 ] || bad "only $killed of $round ingests were still running at the kill, want 20"

# The last word: a complete run equals a clean run.
if ! "$K" ingest --db "$DB" "$D" >"$T/ingest.out" 2>"$T/ingest.err"; then
    bad "final ingest failed"
    show "$T/ingest.err"
fi
if ! "$K" ingest --db "$T/clean.db" "$D" >"$T/ingest.out" 2>"$T/ingest.err"; then
    bad "clean ingest failed"
    show "$T/ingest.err"
fi
"$K" stats --db "$DB" --json | sed 's/"bytes": *[0-9]*//' >"$T/s1"
"$K" stats --db "$T/clean.db" --json | sed 's/"bytes": *[0-9]*//' >"$T/s2"
cmp -s "$T/s1" "$T/s2" || {
    bad "stats differ after kills and a rerun from a clean run"
    show "$T/s1"
    show "$T/s2"
}
docs "$DB" "$T/d1"
docs "$T/clean.db" "$T/d2"
cmp -s "$T/d1" "$T/d2" || {
    bad "documents differ after kills and a rerun from a clean run"
    diff "$T/d1" "$T/d2" | head -10
}
[ $has_check = 1 ] && { xapian-check "$DB" >"$T/xc.out" 2>&1 || { bad "final xapian-check fails"; show "$T/xc.out"; }; }
n=$(wc -l <"$T/d2")
[ $has_search = 0 ] || [ "$n" -ge 150 ] || bad "the clean run found $n documents, want at least 150"

finish killnine "seed $seed"
