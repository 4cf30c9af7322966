#!/bin/sh
# output_safety.sh - text from documents cannot attack what reads our output.
#
# Letters whose motions, commitments, titles and file names carry an HTML
# payload (<script>, <img onerror>), spreadsheet formulas (=cmd|..., +SUM,
# @x, -2+3), terminal escapes (OSC "ESC]0;pwned BEL", "ESC[2J", the C1 CSI
# U+009B) and other control characters go through every command that prints
# document text.  Then:
#   - no output of any command carries a raw control character (C0 but tab
#     and newline, DEL, C1);
#   - JSON is valid and gives the payloads back intact (escaped, not lost);
#   - HTML has no live tag from the payload, only its escaped form;
#   - no CSV cell starts with = + - @ tab or CR (formula injection).
# Each check first makes sure the payload reached that output at all, so
# that it cannot pass by printing nothing.
. "${TOP:?}/tests/e2e/lib.sh"
. "$TOP/tests/hostile/pdf.sh"


controls() { # FILE -> raw control bytes (C0 but \t \n, DEL, UTF-8 C1)
    n=$(tr -d '\11\12\40-\176\200-\377' <"$1" | wc -c)
    m=$(grep -c "$(printf '\302[\200-\237]')" "$1")
    echo $((n + m))
}
# run NAME ARGS...: runs kamerindex into $T/NAME.out / .err and checks the
# exit status (0) and that neither stream has raw control characters.
run() {
    name=$1
    shift
    timeout 60 "$K" "$@" >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        bad "$name: exit $rc"
        show "$T/$name.err"
    fi
    grep -q 'AddressSanitizer\|runtime error:' "$T/$name.err" && bad "$name: sanitizer report"
    [ "$(controls "$T/$name.out")" -eq 0 ] || { bad "$name: raw control characters on stdout"; show "$T/$name.out" 5 | cat -v; }
    [ "$(controls "$T/$name.err")" -eq 0 ] || { bad "$name: raw control characters on stderr"; show "$T/$name.err" 5 | cat -v; }
}

D=$T/docs
mkdir -p "$D"
ESC=$(printf '\033')
# The letter, as a text file (control bytes survive text extraction best).
printf '%s\n' \
    "Onderwerp: <script>alert(1)</script> en =cmd|' /C calc'!A0" \
    "" \
    "Geachte voorzitter," \
    "" \
    "Hierbij informeer ik uw Kamer over de uitvoering van de motie van het lid Van der Werf (D66) over =cmd|' /C calc'!A0 en <script>alert(1)</script> (Kamerstuk 29279, nr. 889). Met deze brief beschouw ik de motie als afgedaan." \
    "" \
    "De motie van het lid Bikker (CU) over +SUM(1) en @x en -2+3 en <img src=x onerror=alert(2)> (Kamerstuk 29279, nr. 890) is uitgevoerd." \
    "" \
    "De motie van het lid Ellian (VVD) over ${ESC}]0;pwned$(printf '\007') en ${ESC}[2J en $(printf '\302\233')31m rood (Kamerstuk 29279, nr. 891) is afgedaan." \
    "" \
    "Tijdens het commissiedebat over <b>vet</b> en =HYPERLINK(\"http://x\") van 16 oktober 2024 heb ik toegezegd uw Kamer voor de zomer te informeren over $(printf '\001\010\177') stuurtekens." \
    >"$D/brief.txt"
# The same as a PDF whose title carries the payloads.
grep -v "$ESC" "$D/brief.txt" | tr -d '\001\010\177' >"$T/body.txt"
PDF_TITLE='Titel \033]0;pwned\007 \033[2J <script>alert(3)</script> =cmd|calc' \
    text_pdf "$D/brief-titel.pdf" 1 "$T/body.txt"
# And a file name with an escape sequence in it.
cp "$D/brief.txt" "$D/$(printf 'naam-\033]0;pwned\007-\033[2J.txt')"

if ! implemented text "$D/brief.txt"; then
    echo "SKIP: text not implemented yet"
    exit 0
fi
run text text "$D/brief.txt"
run text-pdf text "$D/brief-titel.pdf"

if implemented refs "$D/brief.txt"; then
    run refs refs "$D/brief.txt" "$D/brief-titel.pdf"
    run refs-json refs --json "$D"/*
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$T/refs-json.out" <<'EOF' || bad "refs --json: the payloads do not come back intact"
import json, sys
strings = []
def walk(o):
    if isinstance(o, str): strings.append(o)
    elif isinstance(o, list): [walk(x) for x in o]
    elif isinstance(o, dict): [walk(x) for x in o.values()]
for line in open(sys.argv[1], encoding="utf-8"):
    walk(json.loads(line))
text = "\n".join(strings)
for p in ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+SUM(1)", "\x1b]0;pwned"]:
    assert p in text, "missing from the JSON: %r" % p
EOF
    else
        note "python3 missing: JSON not parsed"
    fi
else
    note "SKIP refs: not implemented yet"
fi

if ! implemented ingest --db "$T/probe.db" /dev/null; then
    note "SKIP ingest and what reads the index: not implemented yet"
else
    DB=$T/safe.db
    run ingest ingest --db "$DB" "$D"
    if implemented search --db "$DB" motie; then
        run search search --db "$DB" motie
        run search-json search --db "$DB" --json motie
        grep -q 'pwned' "$T/search-json.out" || bad "search --json: the escape payload in titles and names did not reach the output"
    fi
    if implemented motion --db "$DB" 29279-889; then
        run motion motion --db "$DB" 29279-889
        run motion-json motion --db "$DB" --json 29279-889
    fi
    if implemented commitments --db "$DB"; then
        run commitments commitments --db "$DB"
        run commitments-json commitments --db "$DB" --json
    fi
    if implemented table --db "$DB" "$D/brief.txt"; then
        run table-md table --db "$DB" "$D/brief.txt"
        run table-json table --db "$DB" --format json "$D/brief.txt"
        run table-html table --db "$DB" --format html "$D/brief.txt"
        run table-csv table --db "$DB" --format csv "$D/brief.txt"
        # HTML: the payload is there, escaped; no tag from it is live.
        grep -q '&lt;script&gt;' "$T/table-html.out" || bad "table html: the <script> payload is not in the table (escaped)"
        if grep -qi '<script\|<img\|onerror=\|<b>vet' "$T/table-html.out"; then
            bad "table html: a tag from the document is live"
            grep -i '<script\|<img\|<b>vet' "$T/table-html.out" | head -3
        fi
        # CSV: the formulas are there, and no cell starts a formula.
        grep -q 'cmd|' "$T/table-csv.out" || bad "table csv: the =cmd payload is not in the table"
        if command -v python3 >/dev/null 2>&1; then
            python3 - "$T/table-csv.out" <<'EOF' || bad "table csv: a cell starts a formula"
import csv, sys
ok = True
for row in csv.reader(open(sys.argv[1], encoding="utf-8", newline="")):
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not cell.lstrip("-").replace(".", "", 1).isdigit():
            print("    | formula cell: %r" % cell); ok = False
sys.exit(0 if ok else 1)
EOF
        elif grep -E -q '(^|,)"?[=+@]' "$T/table-csv.out"; then
            bad "table csv: a cell starts a formula"
        fi
        for f in table-md table-json; do
            grep -q 'script' "$T/$f.out" || bad "$f: the payload is not in the table"
        done
    fi
fi

finish output_safety
