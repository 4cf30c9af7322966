#!/bin/sh
# make.sh DIR - writes the hostile corpus into DIR (created; must be empty).
#
# Nothing here is committed: every file is generated at test time, with sh,
# awk and qpdf only (no mkpdf needed), in a few seconds.
#
# The expected outcome is in each name's prefix, so that names with
# newlines need no manifest:
#   ok-...    must be read: `text` prints it, `ingest` indexes it
#   fail-...  must be refused with one message naming the file and a reason
#   any-...   either, but never a crash, a hang or unbounded memory
# Everything is in DIR itself except DIR/loops/ (symlink loops) and
# DIR/any-dir.pdf/ (a folder named like a PDF).
#
# Environment: HOSTILE_BIG=0 leaves out the 100 MB line (valgrind runs).
# Prints nothing on success; exits non-zero when a generator fails.
set -eu

[ $# -eq 1 ] || { echo "usage: make.sh DIR" >&2; exit 2; }
D=$1
mkdir -p "$D"
export LC_ALL=C

. "$(dirname "$0")/pdf.sh"

BODY="$D/.body.txt"
cat >"$BODY" <<'EOF'
Geachte voorzitter,
Hierbij informeer ik uw Kamer over de uitvoering van de motie van
het lid Van der Werf (D66) over het herkennen van rode vlaggen van
femicide (Kamerstuk 29279, nr. 889). Met deze brief beschouw ik de
motie als afgedaan. Tijdens het commissiedebat van 16 oktober 2024
heb ik toegezegd uw Kamer voor de zomer te informeren.
Zie ook Kamerstukken II, 2023-2024, 28345, nr. 278.
EOF

plain_pdf() { # FILE NPAGES [CATALOG-EXTRA] [PAGE-EXTRA]
    text_pdf "$1" "$2" "$BODY" "${3:-}" "${4:-}"
}

plain_pdf "$D/ok-plain.pdf" 2

# Broken xref: the startxref offset points into the middle of nowhere and
# the table's first entry is garbage; poppler reconstructs the xref.
awk '{ if (prev == "startxref") print "123456"; else print; prev = $0 }' \
    "$D/ok-plain.pdf" | sed 's/^0000000000 65535 f $/00000000zz 65535 f /' \
    >"$D/ok-broken-xref.pdf"

# Truncated: half of a valid PDF (poppler may reconstruct it), and only
# the header line.
size=$(wc -c <"$D/ok-plain.pdf")
head -c $((size / 2)) "$D/ok-plain.pdf" >"$D/any-truncated-half.pdf"
head -c 100 "$D/ok-plain.pdf" >"$D/fail-truncated-100.pdf"

# Encryption: a user password (unreadable without it), and only an owner
# password (readable by anyone; only permissions are restricted).
qpdf --encrypt secret secret 256 -- "$D/ok-plain.pdf" "$D/fail-user-password.pdf"
qpdf --encrypt "" owner 256 --print=none --extract=n -- \
    "$D/ok-plain.pdf" "$D/ok-owner-password.pdf"
qpdf --allow-weak-crypto --encrypt secret secret 128 --use-aes=n -- "$D/ok-plain.pdf" "$D/fail-user-password-rc4.pdf"

# Embedded JavaScript: run on open, and in the name tree.
plain_pdf "$D/ok-javascript.pdf" 1 \
    "/OpenAction << /S /JavaScript /JS (app.alert\\('pwned'\\); while\\(true\\){}) >> /Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (app.launchURL\\('http://example.invalid'\\)) >>] >> >>"

# 5,000 pages.
plain_pdf "$D/ok-5000-pages.pdf" 5000

# One page with megabytes of text: 2 MB in 1-point type, and 3 MB in one
# line that runs far off the page.
mega_pdf() { # FILE CONTENT-FILE
    pdf_open "$1"
    pdf_stream 4 "" "$2"
    pdf_obj 3 "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    pdf_obj 2 "<< /Type /Pages /Count 1 /Kids [10 0 R] >>"
    pdf_obj 10 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    pdf_obj 1 "<< /Type /Catalog /Pages 2 0 R >>"
    pdf_close 1
    rm -f "$2"
}
awk 'BEGIN { print "BT /F1 1 Tf 1.2 TL 5 838 Td"
    for (i = 0; i < 690; i++) {
        printf "("
        for (j = 0; j < 130; j++) printf "motie %d Van der Werf %d ", i, j
        print ") Tj T*"
    }
    print "ET" }' >"$D/.c"
mega_pdf "$D/any-megatext.pdf" "$D/.c"
awk 'BEGIN { printf "BT /F1 10 Tf 72 700 Td ("
    for (i = 0; i < 75000; i++) printf "Kamerstuk 29279, nr. %d, ", i % 1000
    print ") Tj ET" }' >"$D/.c"
mega_pdf "$D/any-megatext-offpage.pdf" "$D/.c"

# Many distinct lines where running headers are (8,000 pages x 30 tiny
# lines at the top): header detection must not be quadratic in them.
band_pdf "$D/ok-band-lines.pdf" 8000 30

# Deeply nested objects: 50,000 arrays inside the page dictionary, 50,000
# dictionaries in the document information dictionary.
nest() { # OPEN CLOSE DEPTH
    awk -v o="$1" -v c="$2" -v n="$3" 'BEGIN {
        s = ""; for (i = 0; i < n; i++) printf "%s", o
        printf "1"; for (i = 0; i < n; i++) printf "%s", c }'
}
nested_pdf() { # FILE PAGE-EXTRA INFO-EXTRA OUTLINES
    pdf_open "$1"
    content "$BODY" >"$1.c"
    pdf_stream 4 "" "$1.c"
    rm -f "$1.c"
    pdf_obj 3 "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    pdf_obj 2 "<< /Type /Pages /Count 1 /Kids [10 0 R] >>"
    pdf_obj 10 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R $2 >>"
    pdf_obj 5 "<< /Title (nested) $3 >>"
    pdf_obj 6 "$4"
    pdf_obj 1 "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>"
    pdf_close 1 "/Info 5 0 R"
}
nested_pdf "$D/any-nested-arrays.pdf" "/Junk $(nest '[' ']' 50000)" "" "<< /Count 0 >>"
nested_pdf "$D/any-nested-dicts.pdf" "" "/Junk $(nest '<< /A ' ' >>' 50000)" \
    "$(nest '[' ']' 200000)"

# A page tree that refers to itself (a cycle through /Kids).
pdf_open "$D/any-page-cycle.pdf"
pdf_obj 2 "<< /Type /Pages /Count 2 /Kids [2 0 R 10 0 R] >>"
pdf_obj 10 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
pdf_obj 1 "<< /Type /Catalog /Pages 2 0 R >>"
pdf_close 1

# Image-only pages: a scan has pixels and no text layer.
pdf_open "$D/fail-image-only.pdf"
awk 'BEGIN { print "q 400 0 0 400 100 300 cm"
             print "BI /W 8 /H 8 /CS /G /BPC 8 ID"
             for (i = 0; i < 64; i++) printf "%c", (i * 37) % 200 + 32
             print ""; print "EI Q" }' >"$D/.c"
pdf_stream 4 "" "$D/.c"
rm -f "$D/.c"
pdf_obj 2 "<< /Type /Pages /Count 2 /Kids [10 0 R 11 0 R] >>"
pdf_obj 10 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
pdf_obj 11 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
pdf_obj 1 "<< /Type /Catalog /Pages 2 0 R >>"
pdf_close 1

# Zero bytes, random bytes, random bytes behind a PDF header.
: >"$D/fail-zero.pdf"
: >"$D/fail-zero.txt"
rnd() { # SEED BYTES
    awk -v seed="$1" -v n="$2" 'BEGIN { srand(seed)
        for (i = 0; i < n; i++) printf "%c", int(rand() * 255) + 1 }'
}
rnd 1 65536 >"$D/fail-random.pdf"
{ printf '%%PDF-1.7\n'; rnd 2 65536; } >"$D/fail-random-header.pdf"
{ printf '%%PDF-1.7\n'; rnd 3 200; printf '\nstartxref\n999999999999999999999\n%%%%EOF\n'; } \
    >"$D/fail-huge-startxref.pdf"

# Text files: Windows-1252 (not UTF-8), UTF-8 with stray bytes, NUL bytes,
# one line of 100 MB.
printf 'Brief over de motie van het lid Van der Werf (Kamerstuk 29279, nr. 889): caf\351, na\357ef, \223aanhalingstekens\224, \200 10.\n' \
    >"$D/ok-latin1.txt"
{ cat "$BODY"; printf 'stray \377\376 bytes \300\200 and a lone \342\202 end\n'; } \
    >"$D/ok-invalid-utf8.txt"
{ printf 'Kamerstuk 29279, nr. 889\000\000 afgedaan\000\n'; cat "$BODY"; } \
    >"$D/any-nul-bytes.txt"
if [ "${HOSTILE_BIG:-1}" != 0 ]; then
    { printf 'Kamerstuk 29279, nr. 889 '; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '\n'; } \
        >"$D/any-100mb-line.txt"
fi
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%s", "Kamerstuk 29279, nr. (((( [[[[ " }' \
    >"$D/any-regex-bait.txt"

# File names: spaces, a newline, invalid UTF-8, a terminal escape.
cp "$BODY" "$D/ok-name with  spaces.txt"
cp "$BODY" "$D/ok-name with
newline.txt"
cp "$BODY" "$D/$(printf 'ok-bad-utf8-\377\376.txt')"
cp "$D/ok-plain.pdf" "$D/$(printf 'ok-esc-\033]0;pwned\007-\033[2J.pdf')"
cp "$BODY" "$D/-ok-dash-first.txt"

# Unreadable: mode 000.  Root reads it anyway; the caller decides (see
# tests/e2e/hostile.sh, which drops CAP_DAC_OVERRIDE when it can).
cp "$BODY" "$D/fail-unreadable.txt"
chmod 000 "$D/fail-unreadable.txt"

# Not regular files: a FIFO (opening it blocks), a device that never ends,
# a folder named like a PDF.
mkfifo "$D/any-fifo.pdf"
ln -s /dev/zero "$D/any-devzero.txt"
mkdir "$D/any-dir.pdf"
cp "$BODY" "$D/any-dir.pdf/ok-in-dir.txt"

# Symlink loops in a folder: a link to its own folder, a link to itself,
# two links to each other, a dangling link.
mkdir "$D/loops"
cp "$BODY" "$D/loops/ok-in-loops.txt"
ln -s . "$D/loops/any-loop-dir"
ln -s .. "$D/loops/any-loop-parent"
ln -s fail-self.pdf "$D/loops/fail-self.pdf"
ln -s fail-b.pdf "$D/loops/fail-a.pdf"
ln -s fail-a.pdf "$D/loops/fail-b.pdf"
ln -s nowhere.pdf "$D/loops/any-dangling.pdf"

rm -f "$BODY"
