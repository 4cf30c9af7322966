#!/bin/sh
# kamerindex text against pdftotext, same PDFs, same run.
#   (a) one large generated PDF (BENCH_PAGES pages, default 400): pages/s of
#       `kamerindex text` and of `pdftotext`, and the ratio (goal: >= 1.0,
#       poppler's own floor);
#   (b) a folder of BENCH_LETTERS small generated letters (default 300, two
#       pages each): one `kamerindex text FILE` per file against one
#       `pdftotext FILE` per file (what users do today), and one
#       `kamerindex text FILE...` for the whole folder.
# The PDFs are made by mkpdf once and kept in $BUILD/bench/text/.  Each timing
# is the best of BENCH_RUNS runs (default 3).
set -eu
BUILD=${BUILD:-build}
KI=$BUILD/kamerindex
MKPDF=$BUILD/bin/mkpdf
PAGES=${BENCH_PAGES:-400}
LETTERS=${BENCH_LETTERS:-300}
RUNS=${BENCH_RUNS:-3}
DIR=$BUILD/bench/text
command -v pdftotext >/dev/null || { echo "text: pdftotext not installed" >&2; exit 1; }
[ -x "$KI" ] && [ -x "$MKPDF" ] || { echo "text: build $KI and $MKPDF first" >&2; exit 1; }
mkdir -p "$DIR/letters"

# A letter in the ministries' layout; $1 = number, $2 = paragraphs.
letter_src() {
    awk -v n="$1" -v paras="$2" 'BEGIN {
        printf "@title: Voortgangsbrief %d\n@date: 2025-%02d-%02d\n", n, n % 12 + 1, n % 28 + 1
        printf "@margin-first: Directie Maatschappelijke Ondersteuning\n@margin-first: Parnassusplein 5\n"
        printf "@margin: Kenmerk\n@margin: %d-1084052-DMO\n@margin:\n@margin: Datum\n@margin: %d juni 2025\n", 4132800 + n, n % 28 + 1
        printf "@header: Ministerie van Volksgezondheid, Welzijn en Sport\n@footer: Pagina {page} van {pages}\n@hyphenate: yes\n\n"
        for (p = 1; p <= paras; p++) {
            if (p % 6 == 1) printf "## %d. Onderdeel %d\n\n", p, p
            printf "Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de motie van het lid Van der Werf (D66) over het herkennen van rode vlaggen van femicide door professionals (Kamerstuk 29279, nr. %d) en de verantwoordelijkheidsverdeling tussen GL-PvdA en het zorg- en welzijnsveld in 2023-2024.^%d Ook de toezegging uit het commissiedebat van %d april jl. komt aan bod, met Kamerstukken II 2023/24, 21 501-07, nr. %d.\n\n", 800 + p, p, p % 28 + 1, 1700 + p
            printf "[^%d]: Kamerstukken II, 2023-2024, 28345, nr. %d.\n\n", p, 200 + p
            if (p % 4 == 0) printf "- akkoord te gaan met het versturen van de Kamerbrief over de voortgang van de prioriteiten;\n- akkoord te gaan met de toezegging.\n\n"
        }
    }'
}

if [ ! -f "$DIR/large.pdf" ] || [ "$(cat "$DIR/large.pages" 2>/dev/null)" != "v2 $PAGES" ]; then
    letter_src 1 $((PAGES * 46 / 10)) >"$DIR/large.src"
    "$MKPDF" "$DIR/large.src" "$DIR/large.pdf"
    echo "v2 $PAGES" >"$DIR/large.pages"
fi
if [ "$(ls "$DIR/letters" | wc -l)" -ne "$LETTERS" ]; then
    rm -f "$DIR/letters/"*
    i=1
    while [ $i -le "$LETTERS" ]; do
        letter_src $i 7 >"$DIR/letters/l$i.src"
        "$MKPDF" "$DIR/letters/l$i.src" "$DIR/letters/l$i.pdf"
        rm "$DIR/letters/l$i.src"
        i=$((i + 1))
    done
fi
large_pages=$(pdfinfo "$DIR/large.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
letter_pages=0
for f in "$DIR"/letters/*.pdf; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    letter_pages=$((letter_pages + n))
done

now() { date +%s.%N; }
# best_of CMD...: the shortest wall time of $RUNS runs, in seconds.
best_of() {
    best=""
    r=0
    while [ $r -lt "$RUNS" ]; do
        t0=$(now)
        "$@" >/dev/null 2>&1
        t1=$(now)
        best=$(echo "$t0 $t1 ${best:-1e9}" | awk '{ d = $2 - $1; print (d < $3 ? d : $3) }')
        r=$((r + 1))
    done
    echo "$best"
}
per_file_ki() { for f in "$DIR"/letters/*.pdf; do "$KI" text "$f" >/dev/null; done; }
per_file_pt() { for f in "$DIR"/letters/*.pdf; do pdftotext "$f" - >/dev/null; done; }
batch_ki() { "$KI" text "$DIR"/letters/*.pdf >/dev/null; }

t_ki=$(best_of "$KI" text "$DIR/large.pdf")
t_pt=$(best_of pdftotext "$DIR/large.pdf" -)
awk -v p="$large_pages" -v a="$t_ki" -v b="$t_pt" 'BEGIN {
    printf "text/large (%d pages):   kamerindex %7.0f pages/s (%.3fs)   pdftotext %7.0f pages/s (%.3fs)   ratio %.2f\n",
        p, p / a, a, p / b, b, b / a }'

t_ki=$(best_of per_file_ki)
t_pt=$(best_of per_file_pt)
t_kb=$(best_of batch_ki)
awk -v n="$LETTERS" -v p="$letter_pages" -v a="$t_ki" -v b="$t_pt" -v c="$t_kb" 'BEGIN {
    printf "text/letters (%d files, %d pages), one process per file:   kamerindex %6.0f files/s (%.2fs)   pdftotext %6.0f files/s (%.2fs)   ratio %.2f\n",
        n, p, n / a, a, n / b, b, b / a
    printf "text/letters, kamerindex text FILE... (one process):       kamerindex %6.0f files/s (%.2fs)   vs pdftotext per file   ratio %.2f\n",
        n / c, c, b / c }'
