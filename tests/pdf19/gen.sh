#!/bin/sh
# sh tests/pdf19/gen.sh: prints the small HTML files here to the PDFs of
# tests/test_pdf19.c with Chromium (needed only here; the PDFs are committed).
set -eu
cd "$(dirname "$0")"
for f in *.html; do
    n=${f%.html}
    d=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$d" --print-to-pdf="$PWD/$n.pdf" --no-pdf-header-footer \
        "file://$PWD/$f" 2>/dev/null
    rm -rf "$d"
done
