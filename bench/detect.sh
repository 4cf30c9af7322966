#!/bin/sh
# Detection speed: ki_detect() alone (every kind of reference on) over a
# large text made of corpus-like letters, against `grep -c -P` with one
# simple Kamerstuk pattern on the same file, in the same run.  Goal: 1 GB/s
# on one core, about half of grep's speed for its single pattern.
#   BENCH_MB   size of the text (default 128)
#   BENCH_RUNS best of N runs (default 3)
set -eu
BUILD=${BUILD:-build}
MB=${BENCH_MB:-128}
RUNS=${BENCH_RUNS:-3}
DIR=$BUILD/bench/detect
BIG=$DIR/big.txt
for p in bigtext detect_bench; do
    [ -x "$BUILD/bin/$p" ] || { echo "detect: build $BUILD/bin/$p first (make test-progs)" >&2; exit 1; }
done
mkdir -p "$DIR"
if [ ! -f "$BIG" ] || [ "$(cat "$DIR/big.mb" 2>/dev/null)" != "$MB" ]; then
    "$BUILD/bin/bigtext" "$BIG" "$MB" tests/gold/docs/*.txt corpus/txt/*.txt
    echo "$MB" > "$DIR/big.mb"
fi
bytes=$(wc -c < "$BIG")
echo "text: $BIG, $bytes bytes"

out=$("$BUILD/bin/detect_bench" "$BIG" "$RUNS")
echo "$out"
dmbs=$(echo "$out" | sed -n 's/.* \([0-9][0-9]*\) MB\/s.*/\1/p')

# grep's CPU time (user + sys), like detect_bench's, so that a busy machine
# does not tilt the ratio
pat='Kamerstukken II \d{4}/\d{2}, \d\d \d{3}, nr\. \d+'
# (time(1) counts in hundredths of a second: on a small text grep runs
# REPS times in one measurement, and its time is divided by REPS)
best=""
reps=1
while :; do
    t=$( { LC_ALL=C /usr/bin/time -f '%U %S' sh -c 'i=0; while [ $i -lt '"$reps"' ]; do grep -c -P "$0" "$1"; i=$((i+1)); done' \
           "$pat" "$BIG" > "$DIR/grep.count"; } 2>&1 | awk '{ print $1 + $2 }')
    if [ "$(echo "$t >= 0.2" | bc -l)" = 1 ] || [ "$reps" -ge 1024 ]; then break; fi
    reps=$((reps * 4))
done
for i in $(seq "$RUNS"); do
    t=$( { LC_ALL=C /usr/bin/time -f '%U %S' sh -c 'i=0; while [ $i -lt '"$reps"' ]; do grep -c -P "$0" "$1"; i=$((i+1)); done' \
           "$pat" "$BIG" > "$DIR/grep.count"; } 2>&1 | awk -v r="$reps" '{ print ($1 + $2) / r }')
    n=$(head -1 "$DIR/grep.count")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
[ "$(echo "$best > 0" | bc -l)" = 1 ] || best=0.001
gmbs=$(echo "$bytes / 1000000 / $best" | bc -l)
printf "grep -c -P '%s': %s lines, best of %s: %.3f s CPU, %.0f MB/s\n" "$pat" "$n" "$RUNS" "$best" "$gmbs"
printf "ratio detect/grep: %.2f (goal 0.5; detect %s MB/s, goal 1000)\n" "$(echo "$dmbs / $gmbs" | bc -l)" "$dmbs"

# The same letters without the lines that carry references (prose only):
# what the prefilter and the per-document work cost where there is
# nothing to find.
PROSE=$DIR/prose.txt
[ -f "$PROSE" ] && [ "$PROSE" -nt "$BIG" ] || LC_ALL=C grep -v -E '[0-9]|otie|zeg|nr|stuk' "$BIG" > "$PROSE" || true
pout=$("$BUILD/bin/detect_bench" "$PROSE" "$RUNS")
echo "prose only: $pout"

# One long document (4 MB of the same letters, no document breaks, as a
# year's toezeggingen register or a long Handelingen is): what the
# per-record work costs when a document holds thousands of records, so that
# work that grows with the square of the records shows here.
LONG=$DIR/long.txt
[ -f "$LONG" ] && [ "$LONG" -nt "$BIG" ] || head -c 4000000 "$BIG" | tr -d '\f' > "$LONG"
lout=$("$BUILD/bin/detect_bench" "$LONG" "$RUNS")
echo "one 4 MB document: $lout"
lmbs=$(echo "$lout" | sed -n 's/.* \([0-9][0-9]*\) MB\/s.*/\1/p')
# grep reads this text at the rate it read the big one (same letters, same
# pattern; 4 MB is too short for time(1) to measure grep alone)
printf "one 4 MB document: ratio detect/grep %.3f\n" "$(echo "$lmbs / $gmbs" | bc -l)"

# One document of 1 MB written on one line (its line ends and form feeds
# made blanks, as some PDF extractions and scrapes give a text): what the
# per-record look at the record's line costs when no line end is near, so
# that work that grows with the length of a line shows here.
ONE=$DIR/oneline.txt
[ -f "$ONE" ] && [ "$ONE" -nt "$BIG" ] || head -c 1000000 "$BIG" | tr '\n\f' '  ' > "$ONE"
oout=$("$BUILD/bin/detect_bench" "$ONE" "$RUNS")
echo "one 1 MB document on one line: $oout"
ombs=$(echo "$oout" | sed -n 's/.* \([0-9][0-9]*\) MB\/s.*/\1/p')
# (grep's rate on the big text, as for the 4 MB document)
printf "one 1 MB document on one line: ratio detect/grep %.3f\n" "$(echo "$ombs / $gmbs" | bc -l)"
