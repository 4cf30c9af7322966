#!/bin/sh
# make demo: ingest the bundled corpus into a fresh index and show what
# kamerindex finds: a search, a motion's chain of letters, the open
# commitments, and the bijlage table of one letter.  Every document in
# corpus/ is fictional (corpus/README.md); the chains are in corpus/CHAINS.md.
set -eu
BUILD=${BUILD:-build}
KI="$BUILD/kamerindex"
DB="$BUILD/demo.db"
export KAMERINDEX_DB="$DB"

if [ -t 1 ]; then bold=$(printf '\033[1m'); off=$(printf '\033[0m'); else bold=; off=; fi
step() {
    printf '\n%s$ kamerindex %s%s\n' "$bold" "$*" "$off"
    "$KI" "$@"
}

rm -rf "$DB"
start=$(date +%s)
step ingest corpus/
step stats
step search --limit 5 'femicide moties'
step search --limit 5 'partij:D66 date:2024-01-01..2025-12-31'
step motion 29279-889
step motion 'kst-29279-895'
step commitments --open
step table corpus/pdf/2025-06-20-brief-jenv-29279-901-femicide.pdf
printf '\n%sdemo done in %ss; the index is %s (try: KAMERINDEX_DB=%s %s search ...)%s\n' \
    "$bold" "$(( $(date +%s) - start ))" "$DB" "$DB" "$KI" "$off"
