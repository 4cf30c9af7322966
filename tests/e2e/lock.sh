#!/bin/sh
# lock.sh - two ingests at once, and reading during an ingest.
#
# A first ingest builds a small index.  Then a long ingest (a few hundred
# generated letters and one of 2,000 pages) runs in the background; while it
# runs, a second ingest on the same index must stop at once with exit 2
# and say the index is locked, and `stats` and `search` must work (they see
# the last commit).  The long ingest must then finish with exit 0, and the
# refused one must not have changed anything.
. "${TOP:?}/tests/e2e/lib.sh"
. "$TOP/tests/hostile/pdf.sh"

need ingest --db "$T/probe.db" /dev/null

DB=$T/lock.db
letters "$T/small" 1 10
if ! "$K" ingest --db "$DB" "$T/small" >"$T/out" 2>"$T/err"; then
    bad "first ingest failed"
    show "$T/err"
fi

attempt=0
while :; do
    attempt=$((attempt + 1))
    rm -rf "$T/big"
    letters "$T/big" 1000 $((1000 + 300 * attempt))
    printf 'Kamerstuk 29279, nr. 889\nde motie is afgedaan\n' >"$T/big.txt"
    text_pdf "$T/big/long.pdf" $((2000 * attempt)) "$T/big.txt"

    "$K" ingest --db "$DB" "$T/big" >"$T/a.out" 2>"$T/a.err" &
    apid=$!
    sleep 0.3
    timeout 30 "$K" ingest --db "$DB" "$T/small" >"$T/b.out" 2>"$T/b.err"
    brc=$?
    timeout 30 "$K" stats --db "$DB" >"$T/s.out" 2>"$T/s.err"
    src=$?
    qrc=0
    if implemented search --db "$DB" x; then
        timeout 30 "$K" search --db "$DB" --json motie >"$T/q.out" 2>"$T/q.err"
        qrc=$?
    else
        note "search not implemented yet"
    fi
    still=0
    kill -0 $apid 2>/dev/null && still=1
    wait $apid
    arc=$?
    [ $still = 1 ] && break
    if [ $attempt -ge 3 ]; then
        bad "the long ingest always finished within 0.3 s: could not test the lock"
        break
    fi
    echo "note: the long ingest ended too soon; again with more work"
done

[ $arc -eq 0 ] || { bad "the long ingest exited $arc"; show "$T/a.err"; }
if [ $still = 1 ]; then
    [ $brc -eq 2 ] || bad "the second ingest exited $brc, want 2 (nothing could be done)"
    grep -qi 'lock' "$T/b.err" || { bad "the second ingest does not say the index is locked"; show "$T/b.err"; }
    n=$(grep -c '^kamerindex: ' "$T/b.err")
    [ "$n" -ge 1 ] && [ "$n" -le 2 ] || { bad "the second ingest printed $n messages"; show "$T/b.err"; }
    [ $src -eq 0 ] || { bad "stats during an ingest exited $src"; show "$T/s.err"; }
    [ $qrc -eq 0 ] || { bad "search during an ingest exited $qrc"; show "$T/q.err"; }
    if [ $qrc -eq 0 ] && [ -s "$T/q.out" ]; then
        grep -q 'brief-[0-9]*\.pdf' "$T/q.out" || bad "search during an ingest does not see the committed letters"
    fi
fi
# And the lock is gone afterwards.
"$K" ingest --db "$DB" "$T/small" >"$T/out" 2>"$T/err" || { bad "ingest after the others exited $?"; show "$T/err"; }
command -v xapian-check >/dev/null 2>&1 && { xapian-check "$DB" >"$T/xc" 2>&1 || { bad "xapian-check fails"; show "$T/xc"; }; }

finish lock
