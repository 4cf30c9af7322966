#!/bin/sh
# sh tests/pdf21/gen.sh: typesets the small .tex files here to the PDFs of tests/test_pdf21.c with
# pdfLaTeX (needed only here; the PDFs are committed).  type3.tex needs the EC fonts without
# cm-super, so that pdfTeX embeds them as Type 3 bitmaps.
set -eu
cd "$(dirname "$0")"
for f in *.tex; do
    n=${f%.tex}
    d=$(mktemp -d)
    SOURCE_DATE_EPOCH=1764547200 FORCE_SOURCE_DATE=1 \
        pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$d" "$f" >"$d/out" 2>&1 ||
        { cat "$d/out"; exit 1; }
    cp "$d/$n.pdf" "$n.pdf"
    rm -rf "$d"
done
