#!/bin/sh
# sh tests/heldout21/gen/build.sh [NAME ...]: typesets docs/NAME.tex to docs/NAME.pdf with
# pdfLaTeX (TeX Live 2022 from Debian; not part of CI, the PDFs are committed).  005 needs the EC
# fonts without cm-super so that pdfTeX embeds them as Type 3 bitmaps.
set -eu
cd "$(dirname "$0")/../docs"
[ $# -gt 0 ] || set -- $(ls *.tex | sed 's/\.tex$//')
for n in "$@"; do
    d=$(mktemp -d)
    SOURCE_DATE_EPOCH=1764547200 FORCE_SOURCE_DATE=1 \
        pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$d" "$n.tex" >"$d/out" 2>&1 ||
        { cat "$d/out"; exit 1; }
    cp "$d/$n.pdf" "$n.pdf"
    rm -rf "$d"
done
