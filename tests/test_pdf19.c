/*
 * test_pdf19.c - ingest/pdftext.c on PDFs printed by Chromium (a second
 * independent producer: CSS page-margin boxes, position: fixed, flex and
 * grid layouts), committed in tests/pdf19/ with their HTML sources
 * (tests/pdf19/gen.sh makes them; Chromium is not needed here).
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
#include "testpdf.h"

static ki_text *extract(const char *name)
{
    return test_extract_pdf("pdf19", name);
}

/* A speaker's bold label runs into the paragraph (Handelingen): the first
 * line is mostly bold, or all bold up to the label's ':', and the
 * paragraph goes on below it; a bold heading is still a block of its own. */
static void test_run_in_bold_label(void **state)
{
    (void)state;
    ki_text *t = extract("runin.pdf");
    assert_non_null(strstr(t->buf, "De heer Van der Berg-Oostveen (GroenLinks-PvdA): Voorzitter. Vorig jaar "
                                   "kwamen meer mensen"));
    assert_non_null(strstr(t->buf, "Minister Van den Akker-Roos: Ja, dat zeg ik toe. Ik betrek het "
                                   "Interprovinciaal Overleg"));
    assert_non_null(strstr(t->buf, "de kolom vult\n\nGewone tekst"));
    ki_text_free(t);
}

/* A web page's large title beside a side box in small print: the title's
 * reach covers the box's first two lines, which are lines of their own,
 * not words shuffled into the title's line ("Over Een toezegging
 * toezeggingen"). */
static void test_stacked_lines_beside_title(void **state)
{
    (void)state;
    ki_text *t = extract("stacked.pdf");
    assert_non_null(strstr(t->buf, "Over toezeggingen\n"));
    assert_non_null(strstr(t->buf, "Evaluatie proef focusflitser"));
    assert_null(strstr(t->buf, "Over Een"));
    assert_non_null(strstr(t->buf, "Een toezegging is een belofte"));
    ki_text_free(t);
}

/* A browser's print footer: the page's URL at the left, "1/2" far to the
 * right; the padding between them makes the line long, but it is the
 * same on every page and goes. */
static void test_print_footer_with_url(void **state)
{
    (void)state;
    ki_text *t = extract("printfoot.pdf");
    assert_null(strstr(t->buf, "https://"));
    assert_null(strstr(t->buf, "1/2"));
    assert_non_null(strstr(t->buf, "Tweede pagina van de motie."));
    ki_text_free(t);
}

/* Notes printed as a numbered list at the end, in small print ("1.
 * Kamerstukken II ..."), for markers raised in the text: written as notes
 * "[^1] ...", where the detector finds a motion's Kamerstuk.  The same
 * list without markers in the text stays a list. */
static void test_end_list_notes(void **state)
{
    (void)state;
    ki_text *t = extract("endnotes.pdf");
    assert_non_null(strstr(t->buf, "De Hoop c.s.^1, die"));
    assert_non_null(strstr(t->buf, "\n[^1] Kamerstukken II 2025/26, 36 410 XII, nr. 41.\n"
                                   "[^2] Kamerstukken II 2025/26, 29 398, nr. 1150."));
    ki_text_free(t);
    t = extract("endlist.pdf");
    assert_non_null(strstr(t->buf, "\n1. Bijlage 1: de verdeling"));
    assert_null(strstr(t->buf, "[^"));
    ki_text_free(t);
}

/* A printed web page: the motion's text beside a side column (Status,
 * Indiener, zaak and document numbers) between the site's head and a votes
 * table across the page.  The side column is read after the rest, not
 * line by line beside the motion; the table, its narrow last column on the
 * rows' baselines, stays whole; so does a letter's table with a narrow
 * status column. */
static void test_side_box_beside_text(void **state)
{
    (void)state;
    ki_text *t = extract("sidebox.pdf");
    assert_non_null(strstr(t->buf, "\nMOTIE VAN HET LID VEDDER C.S.\n"));
    const char *end = strstr(t->buf, "en gaat over tot de orde van de dag.");
    assert_non_null(end);
    /* nothing of the side column within the motion */
    const char *side[] = {"Aangenomen", "Indiener", "C.J.M. Vedder", "2025Z22817", "2025D51933",
                          "16 december 2025"};
    for (size_t i = 0; i < sizeof side / sizeof *side; i++) {
        const char *p = strstr(t->buf, side[i]);
        assert_non_null(p);
        assert_true(p > end);
    }
    const char *st = strstr(t->buf, "\nStatus\n\nAangenomen\n");
    assert_non_null(st);
    assert_true(st > strstr(t->buf, "en gaat over tot de orde van de dag."));
    assert_non_null(strstr(t->buf, "16 december 2025: aangenomen (102 stemmen voor, 48 tegen)"));
    /* the body is the motion's 10.5 pt, not the votes table's 8.5 pt (its
     * padding is no text): the motion's ragged lines make paragraphs; the
     * side box's small print is no footnote, its lines keep their breaks */
    assert_non_null(strstr(t->buf, "constaterende dat het gebruik van de telefoon achter het stuur een van de "
                                   "belangrijkste oorzaken van verkeersongevallen is;"));
    assert_null(strstr(t->buf, "[^16]"));
    assert_non_null(strstr(t->buf, "H. de Hoop (GroenLinks-PvdA)\nP.H. Grinwis (ChristenUnie)\n"));
    const char *row = strstr(t->buf, "GroenLinks-PvdA  ");
    assert_non_null(row);
    const char *eol = strchr(row, '\n');
    const char *voor = strstr(row, "Voor");
    assert_true(voor && eol && voor < eol);
    ki_text_free(t);
    /* a one-column letter's table whose narrow status column is set
     * smaller (its lines on baselines of their own): each status cell
     * starts level with its motion cell, a table, no side box */
    t = extract("tablestatus.pdf");
    row = strstr(t->buf, "De motie van het lid Vermeer c.s.");
    assert_non_null(row);
    eol = strchr(row, '\n');
    const char *st2 = strstr(row, "Uitgevoerd: het plan is op");
    assert_true(st2 && eol && st2 < eol);
    ki_text_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_in_bold_label),
        cmocka_unit_test(test_stacked_lines_beside_title),
        cmocka_unit_test(test_print_footer_with_url),
        cmocka_unit_test(test_end_list_notes),
        cmocka_unit_test(test_side_box_beside_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
