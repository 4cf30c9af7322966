/*
 * test_pdf21.c - ingest/pdftext.c and ingest/normalize.c on PDFs typeset by
 * pdfLaTeX (a third independent producer: TeX's accents as a glyph over
 * the letter, Type 3 bitmap fonts, stretched justified lines, a
 * \marginpar margin column), committed in tests/pdf21/ with their .tex
 * sources (tests/pdf21/gen.sh makes them; TeX is not needed here).
 * Run from the repository root (tests/run.sh does).
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/extract.h"
#include "ingest/normalize.h"
#include "testpdf.h"

static ki_text *extract(const char *name)
{
    return test_extract_pdf("pdf21", name);
}

/* How often needle occurs in hay. */
static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* A letter and a combining mark after it are one precomposed letter; a
 * mark that composes with nothing, or after no letter, is kept. */
static void test_compose_marks(void **state)
{
    (void)state;
    ki_buf b = KI_BUF_INIT;
    const char *in = "Lac\xcc\xa7in U\xcc\x88nver financie\xcc\x88le na\xc4\xb1\xcc\x88" "ef Kostic\xcc\x81";
    assert_int_equal(ki_norm_append(&b, in, strlen(in)), KI_OK);
    assert_string_equal(b.data, "La\xc3\xa7in \xc3\x9cnver financi\xc3\xable na\xc3\xaf" "ef Kosti\xc4\x87");
    b.len = 0;
    const char *odd = "x\xcc\x88 \xcc\x81";
    assert_int_equal(ki_norm_append(&b, odd, strlen(odd)), KI_OK);
    b.data[b.len] = '\0';
    assert_string_equal(b.data, odd);
    ki_buf_free(&b);
}

/* OT1 accents (\c{c}, \"U, \"e, \'e, \"{\i}, \O) come out as the letters
 * a reader searches for. */
static void test_tex_accents(void **state)
{
    (void)state;
    ki_text *t = extract("accents.pdf");
    assert_non_null(strstr(t->buf, "het lid La\xc3\xa7in c.s."));
    assert_non_null(strstr(t->buf, "de leden \xc3\x9cnver en Kr\xc3\xb6ger"));
    assert_non_null(strstr(t->buf, "financi\xc3\xable co\xc3\xb6rdinatie van \xc3\xa9\xc3\xa9n regeling"));
    assert_non_null(strstr(t->buf, "Pe\xc3\xablgebieden en na\xc3\xaf" "eve pati\xc3\xabnten"));
    assert_non_null(strstr(t->buf, "\xc3\x98rsted-Beaum\xc3\xa9\x65"));
    assert_non_null(strstr(t->buf, "Kosti\xc4\x87"));
    assert_null(strstr(t->buf, "\xcc\x88")); /* no combining diaeresis left */
    ki_text_free(t);
}

/* A justified column without hyphenation: lines stretched to wide word
 * spaces are one paragraph, not table rows; a table's row below keeps its
 * cells. */
static void test_stretched_lines(void **state)
{
    (void)state;
    ki_text *t = extract("loose.pdf");
    assert_non_null(strstr(t->buf, "In het commissiedebat Verkeersveiligheid van 17 september 2025 heb ik "
                                   "toegezegd de ongevallenregistratie door politie en provincies te "
                                   "verbeteren. Het verbeteringsprogramma registratiesystematiek is "
                                   "gestart;"));
    assert_non_null(strstr(t->buf, "nr. 1201   "));
    ki_text_free(t);
    /* a justified line right below a label table (Aan, Van, Datum): a word
     * that falls at the values' start is no cell */
    t = test_extract_pdf("heldout21/docs", "002_beslisnota_lvvn_tabel_moties_toezeggingen.pdf");
    assert_non_null(strstr(t->buf, "\nDe Kamer heeft gevraagd om voor het commissiedebat Mest"));
    assert_non_null(strstr(t->buf, "Datum                20 november 2025"));
    ki_text_free(t);
}

/* TeX's bold fonts are named cmbx10, cmb10, ecbx1000 (no "Bold"): a bold
 * heading is a block of its own; under a table's bold header row, a
 * justified p{} cell line's stretched space stays a space ("Kamerstuk
 * 28 286," one cell) while the row number's column stays a cell. */
static void test_tex_bold_and_header_cells(void **state)
{
    (void)state;
    ki_text *t = test_extract_pdf("heldout21/docs", "003_handelingen_twee_kolommen_debat_warmtetransitie.pdf");
    assert_non_null(strstr(t->buf, "Ik heb \xc3\xa9\xc3\xa9n motie.\n\nMotie\n\nDe Kamer,"));
    ki_text_free(t);
    t = test_extract_pdf("heldout21/docs", "002_beslisnota_lvvn_tabel_moties_toezeggingen.pdf");
    const char *row = strstr(t->buf, "Motie van het lid Vermeer over een");
    assert_non_null(row);
    assert_non_null(strstr(row, "Kamerstuk 28 286,   "));
    assert_non_null(strstr(t->buf, "Kamerstuk 35 334,   "));
    assert_null(strstr(t->buf, "1 Motie van het lid"));
    ki_text_free(t);
}

/* The margin's "Uw referentie" is kept once, a block of its own; Datum and
 * Kenmerk stay out of the body (read as the margin's); when the body
 * gives the value itself nothing is added. */
static void test_margin_your_reference(void **state)
{
    (void)state;
    ki_text *t = extract("margin.pdf");
    assert_int_equal(count(t->buf, "2025Z18231"), 1);
    assert_non_null(strstr(t->buf, "\n\nUw referentie 2025Z18231\n\n"));
    assert_null(strstr(t->buf, "2025-0000312874"));
    assert_null(strstr(t->buf, "14 november 2025"));
    assert_non_null(t->kenmerk);
    assert_string_equal(t->kenmerk, "2025-0000312874");
    ki_text_free(t);
    t = extract("marginbody.pdf");
    assert_int_equal(count(t->buf, "2025Z18231"), 1);
    assert_null(strstr(t->buf, "Uw referentie"));
    ki_text_free(t);
}

/* Type 3 bitmap fonts (T1 encoding, no font name, sizes poppler takes
 * from each font's bbox): ligatures and quotes mapped, the bold run-in
 * label measured at the body size so its paragraph goes on, line-end
 * hyphens undone. */
static void test_type3_bitmap_fonts(void **state)
{
    (void)state;
    ki_text *t = extract("type3.pdf");
    assert_non_null(strstr(t->buf, "Financi\xc3\xable gevolgen\n\n"));
    assert_non_null(strstr(t->buf, "De heer Ko\xc3\xa7 (DENK): Voorzitter. De effectiviteit van de "
                                   "offici\xc3\xable verantwoordingsinformatie over de financi\xc3\xable "
                                   "afwikkeling"));
    assert_non_null(strstr(t->buf, "rapport \xe2\x80\x9cStaat van de rijksverantwoording\xe2\x80\x9d"));
    assert_non_null(strstr(t->buf, "de fluctuaties in de uitvoeringskosten"));
    assert_non_null(strstr(t->buf, "te informeren over de gevolgen voor de begrotingsbehandeling van het"));
    ki_text_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compose_marks),
        cmocka_unit_test(test_tex_accents),
        cmocka_unit_test(test_stretched_lines),
        cmocka_unit_test(test_margin_your_reference),
        cmocka_unit_test(test_tex_bold_and_header_cells),
        cmocka_unit_test(test_type3_bitmap_fonts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
