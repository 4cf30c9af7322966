#!/bin/sh
# kamerindex text end to end: a generated letter through the real binary,
# --pages, exit codes and "kamerindex: FILE: reason" messages for bad input.
. "${TOP:?}/tests/e2e/lib.sh"
MKPDF=${MKPDF:?}

cat > "$T/brief.src" <<'SRC'
@title: Brief
@date: 2024-03-01
@margin: Kenmerk
@margin: 2024-0001
@margin: Datum
@margin: 1 maart 2024
@footer: Pagina {page} van {pages}

Eerste alinea van de brief.^1

[^1]: Kamerstukken II 2023/24, 29279, nr. 889.

@pagebreak
Tweede pagina.
SRC
"$MKPDF" "$T/brief.src" "$T/brief.pdf" || bad "mkpdf brief"

out=$("$K" text "$T/brief.pdf" 2>"$T/err"); rc=$?
[ $rc -eq 0 ] || bad "text brief.pdf: exit $rc"
want='Eerste alinea van de brief.^1

[^1] Kamerstukken II 2023/24, 29279, nr. 889.

Tweede pagina.'
[ "$out" = "$want" ] || bad "text brief.pdf: got [$out]"
[ -s "$T/err" ] && bad "text brief.pdf wrote to stderr: $(cat "$T/err")"

out=$("$K" text --pages "$T/brief.pdf")
want=$(printf '\f[page 1]\nEerste alinea van de brief.^1\n\n[^1] Kamerstukken II 2023/24, 29279, nr. 889.\n\n\f[page 2]\nTweede pagina.')
[ "$out" = "$want" ] || bad "text --pages: got [$out]"

# The same PDF, made twice, is the same file (mkpdf is deterministic).
"$MKPDF" "$T/brief.src" "$T/brief2.pdf" && cmp -s "$T/brief.pdf" "$T/brief2.pdf" ||
    bad "mkpdf output differs between runs"

# tests/test_extract.c (test_hyphenation) relies on these line ends being in
# this layout; check that they are, so that test cannot pass vacuously.
printf '@title: Hyphen test\n@margin: Kenmerk\n@margin: 123-ABC\n@footer: Pagina {page} van {pages}\n@hyphenate: yes\n\n%s\n' \
    "Kamer als ook tot aan verantwoordelijkheidsverdeling GL-PvdA van in in ook meer door nog staatssecretaris dat het meer samenwerking in aan 2023-2024 het rapport met aan zo zorg- en welzijnsveld meer die een dat door het toezegging minder meer uitvoering dat van zorg- en welzijnsveld als over bij bij nog CDA-fractie 10-jarige ontwikkeling 10-jarige CDA-fractie door niet 21 501-07 een 2023-2024 aan meer gemeenten brief in CDA-fractie 21 501-07 zo dat ook 21 501-07 samenwerking naar CDA-fractie de brief rapport tot meer samenwerking maar toezegging in met beleid wel niet het bij als niet 21 501-07 over voortgang zorg- en welzijnsveld voor brief minister staatssecretaris minder maar niet rapport nog GL-PvdA over maar maar 2023-2024 zorg- en welzijnsveld bij motie brief in zorg- en welzijnsveld de met 21 501-07 2023-2024 brief minister verantwoordelijkheidsverdeling brief ontwikkeling bij aan het Kamer ook wel door verantwoordelijkheidsverdeling van door door 21 501-07 2023-2024 minder GL-PvdA maar door GL-PvdA met maar die meer aan toezegging zorg- en welzijnsveld wel met verantwoordelijkheidsverdeling zo over verantwoordelijkheidsverdeling Kamer beleid motie ook Kamer toezegging ontwikkeling van als de gemeenten aan samenwerking over meer op in 21 501-07 de motie aan Kamer dat een 2023-2024 21 501-07 ook CDA-fractie verantwoordelijkheidsverdeling zo 21 501-07 niet ontwikkeling zorg- en welzijnsveld GL-PvdA verantwoordelijkheidsverdeling uitvoering beleid dat 2023-2024 10-jarige toezegging naar aan minister die wel verantwoordelijkheidsverdeling brief over GL-PvdA over rapport 2023-2024 uitvoering gemeenten het GL-PvdA bij minder 21 501-07 maar die bij niet zorg- en welzijnsveld met als CDA-fractie over het van wel op ook aan op beleid die nog voortgang meer meer zorg- en welzijnsveld beleid toezegging samenwerking wel dat ook beleid aan dat 21 501-07 ook zo motie wel in op minister dat minder tot nog zo uitvoering als niet." > "$T/h.src"
"$MKPDF" "$T/h.src" "$T/h.pdf" || bad "mkpdf h"
if command -v pdftotext >/dev/null; then
    ends=$(pdftotext -raw "$T/h.pdf" - | grep -E -- '-$' | awk '{print $NF}')
    for e in GL- 2023- zorg- 501- CDA- 10-; do
        echo "$ends" | grep -qx -- "$e" || bad "no line ends in '$e' in the hyphenation layout"
    done
    echo "$ends" | grep -qE '^[a-z]+-$' || bad "no hyphenated word at a line end"
    [ "$("$K" text "$T/h.pdf")" = "Kamer als ook tot aan verantwoordelijkheidsverdeling GL-PvdA van in in ook meer door nog staatssecretaris dat het meer samenwerking in aan 2023-2024 het rapport met aan zo zorg- en welzijnsveld meer die een dat door het toezegging minder meer uitvoering dat van zorg- en welzijnsveld als over bij bij nog CDA-fractie 10-jarige ontwikkeling 10-jarige CDA-fractie door niet 21 501-07 een 2023-2024 aan meer gemeenten brief in CDA-fractie 21 501-07 zo dat ook 21 501-07 samenwerking naar CDA-fractie de brief rapport tot meer samenwerking maar toezegging in met beleid wel niet het bij als niet 21 501-07 over voortgang zorg- en welzijnsveld voor brief minister staatssecretaris minder maar niet rapport nog GL-PvdA over maar maar 2023-2024 zorg- en welzijnsveld bij motie brief in zorg- en welzijnsveld de met 21 501-07 2023-2024 brief minister verantwoordelijkheidsverdeling brief ontwikkeling bij aan het Kamer ook wel door verantwoordelijkheidsverdeling van door door 21 501-07 2023-2024 minder GL-PvdA maar door GL-PvdA met maar die meer aan toezegging zorg- en welzijnsveld wel met verantwoordelijkheidsverdeling zo over verantwoordelijkheidsverdeling Kamer beleid motie ook Kamer toezegging ontwikkeling van als de gemeenten aan samenwerking over meer op in 21 501-07 de motie aan Kamer dat een 2023-2024 21 501-07 ook CDA-fractie verantwoordelijkheidsverdeling zo 21 501-07 niet ontwikkeling zorg- en welzijnsveld GL-PvdA verantwoordelijkheidsverdeling uitvoering beleid dat 2023-2024 10-jarige toezegging naar aan minister die wel verantwoordelijkheidsverdeling brief over GL-PvdA over rapport 2023-2024 uitvoering gemeenten het GL-PvdA bij minder 21 501-07 maar die bij niet zorg- en welzijnsveld met als CDA-fractie over het van wel op ook aan op beleid die nog voortgang meer meer zorg- en welzijnsveld beleid toezegging samenwerking wel dat ook beleid aan dat 21 501-07 ook zo motie wel in op minister dat minder tot nog zo uitvoering als niet." ] || bad "hyphenation paragraph differs"
fi

# Bad input: one line "kamerindex: FILE: reason", exit 2.
check_bad() { # file, part of the reason
    "$K" text "$1" >"$T/out" 2>"$T/err"; rc=$?
    [ $rc -eq 2 ] || bad "text $1: exit $rc, want 2"
    [ -s "$T/out" ] && bad "text $1: wrote to stdout"
    [ "$(wc -l <"$T/err")" -eq 1 ] || bad "text $1: stderr is not one line: $(cat "$T/err")"
    grep -q "^kamerindex: $1: .*$2" "$T/err" || bad "text $1: message: $(cat "$T/err")"
}
check_bad "$T/missing.pdf" "No such file"
check_bad "$T" "directory"
: >"$T/empty.pdf"
check_bad "$T/empty.pdf" "empty file"
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "%c", (i * 7) % 256 }' >"$T/random.bin"
check_bad "$T/random.bin" "binary"
size=$(wc -c <"$T/brief.pdf")
head -c $((size / 2)) "$T/brief.pdf" >"$T/trunc.pdf"
check_bad "$T/trunc.pdf" "damaged"
printf '@image-only: yes\n\nEen scan.\n' >"$T/scan.src"
"$MKPDF" "$T/scan.src" "$T/scan.pdf" || bad "mkpdf scan"
check_bad "$T/scan.pdf" "scan"
if command -v qpdf >/dev/null; then
    qpdf --encrypt user owner 256 -- "$T/brief.pdf" "$T/enc.pdf"
    check_bad "$T/enc.pdf" "password"
    qpdf --encrypt "" owner 256 -- "$T/brief.pdf" "$T/owner.pdf"
    out=$("$K" text "$T/owner.pdf") || bad "owner-password PDF failed"
    echo "$out" | grep -q "^Tweede pagina.$" || bad "owner-password PDF text: $out"
fi

# A scanned page among text pages: text on stdout, a warning on stderr, exit 0.
printf '@image-only: 2\n\nTekst.\n\n@pagebreak\nScan.\n' >"$T/mixed.src"
"$MKPDF" "$T/mixed.src" "$T/mixed.pdf"
out=$("$K" text "$T/mixed.pdf" 2>"$T/err") || bad "mixed: exit $?"
[ "$out" = "Tekst." ] || bad "mixed: got [$out]"
grep -q "warning: page 2 has no text layer" "$T/err" || bad "mixed: no warning: $(cat "$T/err")"

# Several files: the good ones printed, the bad one named, exit 1.
printf 'Financi\353le zaken\r\n' >"$T/latin1.txt"
out=$("$K" text "$T/latin1.txt" "$T/missing.pdf" 2>"$T/err"); rc=$?
[ $rc -eq 1 ] || bad "two files, one missing: exit $rc, want 1"
echo "$out" | grep -q "^Financiële zaken$" || bad "latin1 text: $out"

# A table laid out in columns, its cells wrapping (mkpdf @grid): each row a
# line of its own with its cells at their columns, read cell by cell by the
# detector (ingest/columns.h); the margin column still leaves the body.
cat > "$T/tabel.src" <<'SRC'
@title: Tabel
@margin-first: Kenmerk
@margin-first: 2025-0042
Geachte voorzitter,

Hierbij het overzicht van de moties en hun stand van zaken.

@grid:
Omschrijving                     Vindplaats           Stand van zaken
Motie van het lid Jansen (CDA)   Kamerstuk 35 100,    Afgedaan. Zie de brief
over de bereikbaarheid van       nr. 12               van 3 mei 2025.
dorpshuizen

Motie-De Boer over schoon        Kamerstuk 35 100,    Loopt. De verkenning
drinkwater op scholen            nr. 27               volgt in het najaar.
@endgrid

Hoogachtend,
SRC
"$MKPDF" "$T/tabel.src" "$T/tabel.pdf" || bad "mkpdf tabel"
out=$("$K" text "$T/tabel.pdf")
echo "$out" | grep -q "^Motie van het lid Jansen (CDA)  *Kamerstuk 35 100,  *Afgedaan. Zie de brief$" ||
    bad "tabel: row not laid out in columns: [$out]"
echo "$out" | grep -q "2025-0042" && bad "tabel: the margin column is in the body: [$out]"
out=$("$K" refs --json "$T/tabel.pdf")
for want in '"id": *"kst-35100-12"' '"kamerstuk": *"kst-35100-27"' '"name": *"De Boer"' '"kenmerk": *"2025-0042"'; do
    echo "$out" | grep -q "$want" || bad "tabel refs: no $want in [$out]"
done

"$K" text >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || bad "text without FILE: exit $rc"
"$K" text --help | grep -q -- "--pages" || bad "text --help does not explain --pages"

finish text
