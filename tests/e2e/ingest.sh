#!/bin/sh
# ingest.sh - `kamerindex ingest` and `stats` end to end, on generated PDFs.
#
# Two letters laid out by $MKPDF and 40 small letters (tests/hostile/pdf.sh)
# are ingested; then: a rerun is a no-op; a touched file is re-indexed; a
# deleted one removed; a worker that crashes and one that hangs (test hooks)
# are reported and the rest indexed; Ctrl-C keeps what was done; `kill -9`
# in the middle and a rerun give the same index as a clean run (stats and
# the set of unique ids); a second ingest at the same time says the index is
# locked while stats keeps working; the exit statuses of interface.md.
. "${TOP:?}/tests/e2e/lib.sh"
MKPDF=${MKPDF:?}
export KAMERINDEX_NO_PROGRESS=1
# Commit often, so that a signal lands after some commits.
export KAMERINDEX_BATCH_SECONDS=0.5
. "$TOP/tests/hostile/pdf.sh"

need ingest --db "$T/probe.db" /dev/null
# field FILE KEY: a number from a one-line JSON object
field() { sed -n "s/.*\"$2\": *\([0-9]*\).*/\1/p" "$1"; }
expect() { # what, got, want
    [ "$2" = "$3" ] || bad "$1: got '$2', want '$3'"
}
# ids DB: the unique terms, sorted (delve from xapian-tools)
ids() { delve -A Q -1 "$1" 2>/dev/null | sort; }

D=$T/docs
mkdir -p "$D/sub"
letters "$D" 1 30
letters "$D/sub" 31 40
cat >"$T/a.src" <<'EOF'
@title: Voortgang aanpak femicide
@date: 2025-06-20
@margin: Kenmerk
@margin: 4132817-1084052-DMO
@footer: Pagina {page} van {pages}

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de aanpak van femicide. De motie van
het lid Van der Werf (D66) over rode vlaggen (Kamerstuk 29279, nr. 889) is
hiermee afgedaan.
EOF
sed 's/femicide/wetsvoorstellen/g' "$T/a.src" >"$T/b.src"
# (mkpdf's fontconfig keeps a little memory to the end: not our leak)
ASAN_OPTIONS=detect_leaks=0 "$MKPDF" "$T/a.src" "$D/femicide.pdf" || bad "mkpdf a.src"
ASAN_OPTIONS=detect_leaks=0 "$MKPDF" "$T/b.src" "$D/sub/wetsvoorstel.pdf" || bad "mkpdf b.src"
printf 'Een tekstbestand over de motie, Kamerstuk 36200-XVI, nr. 12.\n' >"$D/notitie.txt"
printf 'not indexed: wrong name and no PDF magic\n' >"$D/README.md"
N=43

DB=$T/index.db
# 1. First ingest.
"$K" ingest --db "$DB" --json "$D" >"$T/o" 2>"$T/e"
rc=$?
expect "first ingest exit" "$rc" 0
expect "first ingest added" "$(field "$T/o" added)" "$N"
expect "first ingest failed" "$(field "$T/o" failed)" 0
[ -s "$T/e" ] && { bad "first ingest wrote to stderr"; show "$T/e"; }
"$K" stats --db "$DB" --json >"$T/s" || bad "stats exit $?"
expect "documents" "$(field "$T/s" documents)" "$N"
grep -q '"by_kind": *{' "$T/s" || bad "stats has no by_kind"
pages=$(field "$T/s" pages)
[ "${pages:-0}" -ge $((40 * 3 + 3)) ] || bad "stats pages $pages"
[ "$(field "$T/s" bytes)" -gt 0 ] || bad "stats bytes"
"$K" stats --db "$DB" >"$T/st" || bad "stats (text) exit $?"
grep -q "^documents *$N" "$T/st" || { bad "stats text"; show "$T/st"; }

# 2. A rerun changes nothing and reads no file (no worker runs: a crash
#    hook on every file would fail them).
KAMERINDEX_TEST_CRASH_ON=/ "$K" ingest --db "$DB" --json "$D" >"$T/o" 2>"$T/e"
expect "rerun exit" "$?" 0
expect "rerun unchanged" "$(field "$T/o" unchanged)" "$N"
expect "rerun added" "$(field "$T/o" added)" 0
expect "rerun updated" "$(field "$T/o" updated)" 0

# 3. A touched file is re-indexed; a rewritten one too; a deleted one removed.
sleep 0.01
touch "$D/brief-3.pdf"
letters "$D" 4 4 2
rm "$D/sub/brief-35.pdf"
"$K" ingest --db "$DB" --json "$D" >"$T/o" 2>"$T/e"
expect "touch exit" "$?" 0
expect "touch updated" "$(field "$T/o" updated)" 2
expect "touch removed" "$(field "$T/o" removed)" 1
expect "touch unchanged" "$(field "$T/o" unchanged)" $((N - 3))
N=$((N - 1))
"$K" stats --db "$DB" --json >"$T/s"
expect "documents after removal" "$(field "$T/s" documents)" "$N"
# A file named on the command line that is gone is removed too.
rm "$D/brief-30.pdf"
"$K" ingest --db "$DB" --json "$D/brief-30.pdf" >"$T/o" 2>"$T/e"
expect "named gone file exit" "$?" 0
expect "named gone file removed" "$(field "$T/o" removed)" 1
N=$((N - 1))

# 4. A worker that crashes and one that hangs cost only their files.
C=$T/crash
letters "$C" 1 12
start=$(date +%s)
KAMERINDEX_TEST_CRASH_ON=brief-5.pdf KAMERINDEX_TEST_HANG_ON=brief-7.pdf \
    KAMERINDEX_WORKER_TIMEOUT=2 "$K" ingest --db "$T/crash.db" -j 2 --json "$C" >"$T/o" 2>"$T/e"
rc=$?
took=$(($(date +%s) - start))
expect "crash/hang exit" "$rc" 1
expect "crash/hang added" "$(field "$T/o" added)" 10
expect "crash/hang failed" "$(field "$T/o" failed)" 2
grep -q '^kamerindex: .*brief-5\.pdf: .*crashed' "$T/e" || { bad "crash not reported"; show "$T/e"; }
grep -q '^kamerindex: .*brief-7\.pdf: .*longer than' "$T/e" || { bad "hang not reported"; show "$T/e"; }
[ "$took" -lt 20 ] || bad "the hanging worker held up ingest for ${took}s"
"$K" stats --db "$T/crash.db" --json >"$T/s"
expect "stats failed" "$(field "$T/s" failed)" 2
# The failed files are tried again, and then they work.
"$K" ingest --db "$T/crash.db" --json "$C" >"$T/o" 2>"$T/e"
expect "retry exit" "$?" 0
expect "retry added" "$(field "$T/o" added)" 2
"$K" stats --db "$T/crash.db" --json >"$T/s"
expect "stats failed after retry" "$(field "$T/s" failed)" 0
# The only file failing is exit 2.
KAMERINDEX_TEST_CRASH_ON=brief-1.pdf "$K" ingest --db "$T/one.db" "$C/brief-1.pdf" >"$T/o" 2>"$T/e"
expect "only file failed exit" "$?" 2
printf '%%PDF-1.4\n\001\002 broken' >"$T/notpdf.pdf"
"$K" ingest --db "$T/one.db" "$T/notpdf.pdf" "$C/brief-2.pdf" >"$T/o" 2>"$T/e"
expect "one of two failed exit" "$?" 1
grep -q 'notpdf.pdf' "$T/e" || { bad "bad file not named"; show "$T/e"; }

# 5. Ctrl-C: what was done is kept, exit 130, a rerun completes.
B=$T/big
NB=200
letters "$B" 1 $NB
# wait_docs DB: until the index holds a committed document (at most ~30 s);
# $seen is then how many
wait_docs() {
    i=0
    while [ $i -lt 300 ]; do
        n=$("$K" stats --db "$1" --json 2>/dev/null | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p')
        [ "${n:-0}" -gt 0 ] && { seen=$n; return 0; }
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
# The last file (in name order) hangs, so that the signal comes mid-run.
KAMERINDEX_TEST_HANG_ON=brief-99.pdf KAMERINDEX_WORKER_TIMEOUT=60 \
    "$K" ingest --db "$T/int.db" -j 1 "$B" >"$T/o" 2>"$T/e" &
pid=$!
wait_docs "$T/int.db" || bad "no commit within 30 s"
kill -INT $pid
wait $pid
rc=$?
if [ $rc -eq 130 ]; then
    grep -q 'interrupted' "$T/e" || { bad "Ctrl-C message"; show "$T/e"; }
    "$K" ingest --db "$T/int.db" --json "$B" >"$T/o" 2>"$T/e"
    expect "after Ctrl-C exit" "$?" 0
    done=$(field "$T/o" unchanged)
    [ "${done:-0}" -ge "$seen" ] || bad "Ctrl-C kept ${done:-0} documents, $seen were committed before it"
    expect "after Ctrl-C total" $(($(field "$T/o" added) + done)) $NB
else
    bad "Ctrl-C: exit $rc, want 130"
    show "$T/e"
fi

# 6. kill -9 in the middle, then a rerun: the same index as a clean run.
KAMERINDEX_TEST_HANG_ON=brief-99.pdf KAMERINDEX_WORKER_TIMEOUT=60 \
    "$K" ingest --db "$T/k9.db" -j 2 "$B" >"$T/o" 2>"$T/e" &
pid=$!
wait_docs "$T/k9.db" || bad "no commit within 30 s"
kill -9 $pid
wait $pid 2>/dev/null
sleep 0.2
"$K" ingest --db "$T/k9.db" "$B" >"$T/o" 2>"$T/e" || { bad "rerun after kill -9 exit $?"; show "$T/e"; }
"$K" ingest --db "$T/clean.db" "$B" >"$T/o" 2>"$T/e" || { bad "clean run exit $?"; show "$T/e"; }
"$K" stats --db "$T/k9.db" --json | sed 's/"bytes": *[0-9]*//' >"$T/s1"
"$K" stats --db "$T/clean.db" --json | sed 's/"bytes": *[0-9]*//' >"$T/s2"
cmp -s "$T/s1" "$T/s2" || { bad "stats after kill -9 + rerun differ from a clean run"; show "$T/s1"; show "$T/s2"; }
if command -v delve >/dev/null 2>&1; then
    ids "$T/k9.db" >"$T/i1"
    ids "$T/clean.db" >"$T/i2"
    [ "$(wc -l <"$T/i2")" -eq $NB ] || bad "clean run has $(wc -l <"$T/i2") unique ids"
    cmp -s "$T/i1" "$T/i2" || bad "unique ids after kill -9 + rerun differ from a clean run"
fi
command -v xapian-check >/dev/null 2>&1 && { xapian-check "$T/k9.db" >"$T/xc" 2>&1 || { bad "xapian-check after kill -9"; show "$T/xc"; }; }

# 7. A second ingest while one runs: "locked", exit 2; stats works meanwhile.
KAMERINDEX_TEST_HANG_ON=brief-1.pdf KAMERINDEX_WORKER_TIMEOUT=3 \
    "$K" ingest --db "$DB" -j 1 "$T/crash" >"$T/o" 2>"$T/e" &
pid=$!
sleep 0.5
"$K" ingest --db "$DB" "$D" >"$T/o2" 2>"$T/e2"
expect "second writer exit" "$?" 2
grep -q 'locked' "$T/e2" || { bad "second writer does not say locked"; show "$T/e2"; }
"$K" stats --db "$DB" --json >"$T/s" 2>"$T/se" || { bad "stats during ingest exit $?"; show "$T/se"; }
[ "$(field "$T/s" documents)" -ge "$N" ] || bad "stats during ingest sees $(field "$T/s" documents) documents"
if ! "$K" search --db "$DB" x 2>&1 | grep -q 'not implemented'; then
    "$K" search --db "$DB" femicide >"$T/q" 2>"$T/qe" || { bad "search during ingest exit $?"; show "$T/qe"; }
fi
wait $pid
expect "the running ingest exit" "$?" 1

# 8. Usage and a missing index.
"$K" ingest --db "$DB" >/dev/null 2>&1
expect "ingest without paths" "$?" 2
"$K" stats --db "$T/nothing" >/dev/null 2>"$T/e"
expect "stats on no index" "$?" 2
grep -q 'no index' "$T/e" || { bad "stats on no index message"; show "$T/e"; }

finish ingest
