#!/bin/sh
# make demo: ingest corpus/ into a fresh index and show what kamerindex finds.
set -eu
BUILD=${BUILD:-build}
KI="$BUILD/kamerindex"
DB="$BUILD/demo.db"
rm -rf "$DB"
step() { printf '\n\033[1m$ %s\033[0m\n' "$*" >&2; }
step "kamerindex ingest --db $DB corpus/"
"$KI" ingest --db "$DB" corpus/
