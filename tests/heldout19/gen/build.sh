#!/bin/sh
# sh tests/heldout19/gen/build.sh [NAME ...]: prints docs/NAME.html to docs/NAME.pdf with
# Debian's Chromium (headless; not part of CI, the PDFs are committed).
set -eu
cd "$(dirname "$0")/../docs"
[ $# -gt 0 ] || set -- $(ls *.html | sed 's/\.html$//')
for n in "$@"; do
    d=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$d" --print-to-pdf="$PWD/$n.pdf" --no-pdf-header-footer \
        "file://$PWD/$n.html" 2>/dev/null
    rm -rf "$d"
done
