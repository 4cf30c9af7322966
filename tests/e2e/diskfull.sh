#!/bin/sh
# diskfull.sh - the disk fills up while ingest commits.
#
# The index lives on a small tmpfs (root, where mounting is allowed); the
# disk is filled to a few kilobytes, then an ingest of new letters must fail
# with exit 1 or 2 and a message that says the disk is full, without a crash,
# and leave an index that opens, passes xapian-check and still holds every
# document it held before.  With room again, the same ingest must succeed.
# Without mount rights the file size limit (ulimit -f, with SIGXFSZ ignored
# so that writes fail with EFBIG) plays the full disk.  If neither works the
# test says so and passes.
. "${TOP:?}/tests/e2e/lib.sh"
. "$TOP/tests/hostile/pdf.sh"

need ingest --db "$T/probe.db" /dev/null

count() { "$K" stats --db "$1" --json 2>/dev/null | sed -n 's/.*"documents": *\([0-9]*\).*/\1/p'; }

letters "$T/first" 1 20
letters "$T/more" 100 400

M=$T/mnt
mkdir -p "$M"
mode=
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=4m tmpfs "$M" 2>/dev/null; then
    mode=tmpfs
    trap 'umount "$M" 2>/dev/null' EXIT INT TERM
else
    # Does a file size limit make writes fail here (SIGXFSZ ignored)?
    sh -c 'trap "" XFSZ; ulimit -f 8 && head -c 65536 /dev/zero >"$1"' sh "$T/probe" 2>/dev/null ||
        mode=fsize
fi
if [ -z "$mode" ]; then
    echo "SKIP: cannot make a full disk here (no tmpfs mount, no working ulimit -f)"
    exit 0
fi
echo "note: full disk by $mode"

DB=$M/full.db
"$K" ingest --db "$DB" "$T/first" >"$T/out" 2>"$T/err" || { bad "first ingest failed"; show "$T/err"; }
before=$(count "$DB")
[ "${before:-0}" -ge 20 ] || bad "first ingest indexed ${before:-?} of 20 letters"

# The full disk.
if [ $mode = tmpfs ]; then
    # Leave 48 KB: enough to start, not enough for 301 letters.
    free=$(df -k "$M" | awk 'NR == 2 { print $4 }')
    head -c $(((free - 48) * 1024)) /dev/zero >"$M/filler"
    avail=$(df -k "$M" | awk 'NR == 2 { print $4 }')
    echo "note: ${avail}K left on the tmpfs"
    timeout 300 "$K" ingest --db "$DB" "$T/more" >"$T/out" 2>"$T/err"
    rc=$?
else
    size=$(du -sk "$DB" | awk '{ print $1 }')
    timeout 300 sh -c 'trap "" XFSZ; ulimit -f "$1"; shift; exec "$@"' sh $((size * 2 + 64)) \
        "$K" ingest --db "$DB" "$T/more" >"$T/out" 2>"$T/err"
    rc=$?
fi
if [ $rc -eq 0 ]; then
    bad "ingest on a full disk exited 0"
elif [ $rc -gt 2 ]; then
    bad "ingest on a full disk exited $rc (a crash, a signal or a hang)"
fi
show "$T/err" 5
grep -qi 'space\|disk\|full\|too large' "$T/err" || bad "the message does not say the disk is full"
if grep -q 'AddressSanitizer\|LeakSanitizer\|runtime error:' "$T/err"; then
    bad "sanitizer report"
    show "$T/err" 80 # the whole report, to find the path that leaked
fi

after=$(count "$DB")
[ -n "$after" ] || bad "stats fails after the full disk"
[ "${after:-0}" -ge "${before:-0}" ] || bad "documents lost: $before before, ${after:-?} after"
command -v xapian-check >/dev/null 2>&1 && { xapian-check "$DB" >"$T/xc" 2>&1 || { bad "xapian-check fails after the full disk"; show "$T/xc"; }; }

# Room again: the same ingest completes.
if [ $mode = tmpfs ]; then
    rm -f "$M/filler"
    mount -o remount,size=64m "$M" || bad "cannot grow the tmpfs"
fi
"$K" ingest --db "$DB" "$T/more" >"$T/out" 2>"$T/err" || { bad "ingest with room again exited $?"; show "$T/err"; }
final=$(count "$DB")
[ "${final:-0}" -ge 321 ] || bad "with room again the index holds ${final:-?} documents, want 321"

finish diskfull
