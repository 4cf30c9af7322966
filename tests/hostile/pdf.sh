# pdf.sh - a tiny PDF writer for the tests, in sh and awk (sourced, not run).
#
#   pdf_open FILE; pdf_obj N BODY; pdf_stream N EXTRA-DICT DATAFILE;
#   pdf_close ROOT [TRAILER-ENTRIES]      writes the xref with true offsets
#   content TEXTFILE                      a page content stream, one line of
#                                         Helvetica per input line (ASCII)
#   band_pdf FILE NPAGES NLINES           NPAGES pages, each with NLINES distinct
#                                         tiny lines at the very top (where
#                                         running headers are) and a body line
#   letters DIR FIRST LAST [VERSION]      small distinct three-page letters
#   text_pdf FILE NPAGES TEXTFILE [CATALOG-EXTRA] [PAGE-EXTRA]
#                                         NPAGES pages that all show TEXTFILE;
#                                         $PDF_TITLE (a PDF string body) is its title
# Needs LC_ALL=C (offsets are bytes).

pdf_open() { # FILE
    PDF=$1
    printf '%%PDF-1.4\n%%\342\343\317\323\n' >"$PDF"
    : >"$PDF.off"
}
pdf_mark() { # N: object N starts here
    printf '%s %s\n' "$1" "$(wc -c <"$PDF")" >>"$PDF.off"
}
pdf_obj() { # N BODY
    pdf_mark "$1"
    printf '%s 0 obj\n%s\nendobj\n' "$1" "$2" >>"$PDF"
}
pdf_stream() { # N EXTRA-DICT-ENTRIES DATAFILE
    pdf_mark "$1"
    {
        printf '%s 0 obj\n<< /Length %s %s >>\nstream\n' "$1" "$(wc -c <"$3")" "$2"
        cat "$3"
        printf '\nendstream\nendobj\n'
    } >>"$PDF"
}
pdf_close() { # ROOT-OBJ [MORE TRAILER ENTRIES]
    start=$(wc -c <"$PDF")
    sort -n "$PDF.off" | awk -v root="$1" -v extra="${2:-}" -v start="$start" '
        { off[$1] = $2; if ($1 > n) n = $1 }
        END {
            printf "xref\n0 %d\n0000000000 65535 f \n", n + 1
            for (i = 1; i <= n; i++)
                if (i in off) printf "%010d 00000 n \n", off[i]
                else printf "0000000000 65535 f \n"
            printf "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n",
                n + 1, root, extra, start
        }' >>"$PDF"
    rm -f "$PDF.off"
}

# Page content: lines of text in Helvetica, 14 pt apart, from the top.
content() { # TEXT-FILE (one line per line) -> stdout
    awk 'BEGIN { print "BT /F1 10 Tf 14 TL 72 700 Td" }
         { gsub(/\\/, "\\\\"); gsub(/\(/, "\\("); gsub(/\)/, "\\)")
           printf "(%s) Tj T*\n", $0 }
         END { print "ET" }' "$1"
}

# The one Page object per page is written by awk (fast for 5,000 pages).
text_pdf() { # FILE NPAGES TEXTFILE [CATALOG-EXTRA] [PAGE-EXTRA]
    pdf_open "$1"
    content "$3" >"$1.c"
    pdf_stream 4 "" "$1.c"
    rm -f "$1.c"
    pdf_obj 3 "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    pdf_obj 1 "<< /Type /Catalog /Pages 2 0 R ${4:-} >>"
    pdf_obj 5 "<< /Title (${PDF_TITLE:-Voortgang aanpak femicide}) /CreationDate (D:20250620120000) >>"
    base=$(wc -c <"$PDF")
    awk -v n="$2" -v base="$base" -v extra="${5:-}" -v offs="$PDF.off" '
        BEGIN {
            printf "2 %d\n", base >>offs
            o = sprintf("2 0 obj\n<< /Type /Pages /Count %d /Kids [", n)
            printf "%s", o; base += length(o)
            for (i = 0; i < n; i++) {
                o = sprintf(" %d 0 R", 10 + i)
                printf "%s", o; base += length(o)
            }
            o = " ] >>\nendobj\n"
            printf "%s", o; base += length(o)
            for (i = 0; i < n; i++) {
                o = sprintf("%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R %s >>\nendobj\n", 10 + i, extra)
                printf "%s", o; printf "%d %d\n", 10 + i, base >>offs; base += length(o)
            }
        }' >>"$PDF"
    pdf_close 1 "/Info 5 0 R"
}

# letters DIR FIRST LAST [VERSION]: DIR/brief-N.pdf for N in FIRST..LAST,
# small three-page letters, each with its own Kamerstuk number and words,
# and different for each VERSION.  One awk run writes them all (fast).
letters() {
    mkdir -p "$1"
    awk -v dir="$1" -v first="$2" -v last="$3" -v ver="${4:-1}" '
    function obj(n, body) { off[n] = pos; out(n " 0 obj\n" body "\nendobj\n") }
    function out(s) { printf "%s", s >f; pos += length(s) }
    BEGIN {
        for (n = first; n <= last; n++) {
            f = dir "/brief-" n ".pdf"; pos = 0; delete off
            out("%PDF-1.4\n")
            c = "BT /F1 10 Tf 14 TL 72 700 Td\n"
            c = c "(Geachte voorzitter,) Tj T*\n"
            c = c "(Met deze brief, versie " ver ", informeer ik uw Kamer over onderwerp " n ".) Tj T*\n"
            c = c "(De motie van het lid Van der Werf \\(D66\\) over onderwerp nummer " n ") Tj T*\n"
            c = c "(\\(Kamerstuk 3" n ", nr. " n "\\) beschouw ik hiermee als afgedaan.) Tj T*\n"
            c = c "(Zie ook Kamerstukken II, 2023-2024, 28345, nr. " n ".) Tj T*\n"
            c = c "(Tijdens het commissiedebat van 16 oktober 2024 heb ik toegezegd) Tj T*\n"
            c = c "(uw Kamer voor de zomer te informeren over de voortgang.) Tj T*\nET"
            obj(4, "<< /Length " length(c) " >>\nstream\n" c "\nendstream")
            obj(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
            obj(5, "<< /Title (Brief " n ") >>")
            obj(2, "<< /Type /Pages /Count 3 /Kids [10 0 R 11 0 R 12 0 R] >>")
            for (p = 10; p <= 12; p++)
                obj(p, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
            x = pos
            out("xref\n0 13\n0000000000 65535 f \n")
            for (i = 1; i <= 12; i++)
                out(i in off ? sprintf("%010d 00000 n \n", off[i]) : "0000000000 65535 f \n")
            out("trailer\n<< /Size 13 /Root 1 0 R /Info 5 0 R >>\nstartxref\n" x "\n%%EOF\n")
            close(f)
        }
    }'
}

band_pdf() {
    awk -v f="$1" -v np="$2" -v nl="$3" '
    function w(n,   s) { s = ""; do { s = s sprintf("%c", 97 + n % 26); n = int(n / 26) } while (n > 0); return s }
    function obj(n, body) { off[n] = pos; out(n " 0 obj\n" body "\nendobj\n") }
    function out(s) { printf "%s", s >f; pos += length(s) }
    BEGIN {
        pos = 0; out("%PDF-1.4\n")
        obj(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        for (p = 0; p < np; p++) {
            c = "BT /F1 2 Tf 2.8 TL 72 838 Td\n"
            for (i = 0; i < nl; i++) c = c "(kop " w(p * nl + i) " regel) Tj T*\n"
            c = c "0 -400 Td /F1 10 Tf (De motie van het lid Van der Werf is afgedaan.) Tj ET"
            obj(10 + 2 * p, "<< /Length " length(c) " >>\nstream\n" c "\nendstream")
            obj(11 + 2 * p, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents " (10 + 2 * p) " 0 R >>")
        }
        o2 = pos; out("2 0 obj\n<< /Type /Pages /Count " np " /Kids [")
        for (p = 0; p < np; p++) out(" " (11 + 2 * p) " 0 R")
        out(" ] >>\nendobj\n"); off[2] = o2
        x = pos; max = 10 + 2 * np
        out("xref\n0 " max "\n0000000000 65535 f \n")
        for (i = 1; i < max; i++) out(i in off ? sprintf("%010d 00000 n \n", off[i]) : "0000000000 65535 f \n")
        out("trailer\n<< /Size " max " /Root 1 0 R >>\nstartxref\n" x "\n%%EOF\n")
    }'
}
