/*
 * test_pdf16.c - ingest/pdftext.c on PDFs laid out by LibreOffice (an
 * independent producer), committed in tests/pdf16/ with their flat-ODT
 * sources (tests/pdf16/gen.py makes them; LibreOffice is not needed here).
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

#include "ingest/detect.h"
#include "ingest/extract.h"
#include "testpdf.h"

static ki_text *extract(const char *name)
{
    return test_extract_pdf("pdf16", name);
}

/* A body set at 9.5 pt with wide line spacing beside a table at 8.5 pt that
 * holds more text: the table's tight spacing is not the body's, so the
 * body's lines stay one paragraph, its line-end hyphens undone. */
static void test_leading_per_size(void **state)
{
    (void)state;
    ki_text *t = extract("leading.pdf");
    assert_non_null(strstr(t->buf, "op het rapport van de Autoriteit Consument en Markt gevraagd; die "
                                   "reactie is in de brief opgenomen en wordt met deze nota"));
    assert_non_null(strstr(t->buf, "ter ondertekening.\n\nTweede alinea van de nota."));
    ki_text_free(t);
}

/* LibreOffice sets a line-end hyphen of justified text apart at the right
 * edge, closer than a space: "14 no -" over "vember 2024" is "14 november
 * 2024" (a date the detector must see); hard hyphens stay. */
static void test_justified_end_hyphen(void **state)
{
    (void)state;
    ki_text *t = extract("hyphen.pdf");
    assert_non_null(strstr(t->buf, "van 14 november 2024 om de Kamer"));
    assert_non_null(strstr(t->buf, "eetstoorniszorg als landelijke functie"));
    assert_non_null(strstr(t->buf, "Het Noord-Hollandse ziekenhuis en de GL-PvdA-fractie"));
    assert_null(strstr(t->buf, " -"));
    ki_text_free(t);
}

/* A table whose cells are closer than an em (LibreOffice's padding), with
 * row numbers in its first column: each cell starts at its own column, so
 * the table is read cell by cell and the motion keeps its Kamerstuk and
 * its sponsor's whole name ("Van Dalen-Pie-" / "ters"). */
static void test_table_narrow_cells(void **state)
{
    (void)state;
    ki_text *t = extract("table.pdf");
    const char *p = strstr(t->buf, "Van Dalen-Pie-");
    assert_non_null(p);
    p += strlen("Van Dalen-Pie-");
    assert_true(p[0] == ' ' && p[1] == ' ');
    while (*p == ' ')
        p++;
    assert_true(strncmp(p, "Kamerstuk 36 600 XII,", 21) == 0);
    /* the row number is a cell of its own, not a list marker */
    p = strstr(t->buf, "\n 1 ");
    assert_non_null(p);
    assert_true(p[4] == ' ' && p[5] == ' ');
    /* the paragraph after the table is plain text */
    assert_non_null(strstr(t->buf, "\n\nNa de tabel volgt gewone tekst in een alinea die over meer dan "
                                   "een regel loopt, zodat"));

    ki_detector *d;
    ki_err err = {{0}};
    ki_refs *r = NULL;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    assert_int_equal(ki_detect(d, t, "2025-06-01", &r, &err), KI_OK);
    bool found = false;
    for (size_t i = 0; i < r->nmotions; i++)
        if (r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, "kst-36600-XII-44") == 0) {
            found = true;
            assert_true(r->motions[i].nsponsors >= 1);
            assert_string_equal(r->motions[i].sponsors[0].name, "Van Dalen-Pieters");
        }
    assert_true(found);
    ki_refs_free(r);
    ki_detector_free(d);
    ki_text_free(t);
}

/* Two columns, a running footer whose row the gutter splits ("Tweede Kamer
 * Onderwerp" | "12 maart 2025" over "TK 58" | "58-7-1"): four lines, two
 * rows, one footer; its date is no footnote "[^12] maart 2025". */
static void test_footer_row_over_columns(void **state)
{
    (void)state;
    ki_text *t = extract("footer2col.pdf");
    assert_int_equal(t->npages, 2);
    assert_null(strstr(t->buf, "TK 58"));
    assert_null(strstr(t->buf, "58-7-"));
    assert_null(strstr(t->buf, "maart 2025"));
    assert_null(strstr(t->buf, "Tweede Kamer"));
    assert_non_null(strstr(t->buf, "Minister Keijzer-Brink:"));
    ki_text_free(t);
}

/* A Kamerstuk's colophon at the foot of its first page only: small print,
 * no number opening it, no sentence: a footer though it cannot be seen to
 * repeat.  The footnote above it stays a footnote. */
static void test_first_page_colophon(void **state)
{
    (void)state;
    ki_text *t = extract("colophon.pdf");
    assert_null(strstr(t->buf, "kst-29279-901"));
    assert_null(strstr(t->buf, "ISSN"));
    assert_null(strstr(t->buf, "Gravenhage"));
    assert_non_null(strstr(t->buf, "De motie^1 is uitgevoerd."));
    assert_non_null(strstr(t->buf, "[^1] Kamerstuk 29 279, nr. 880."));
    ki_text_free(t);
}

/* A note marker glued to the word, and the punctuation after it glued to
 * the marker: "gepubliceerd^1;" as the page prints it, not "^1 ;". */
static void test_punctuation_after_note_marker(void **state)
{
    (void)state;
    ki_text *t = extract("notes.pdf");
    assert_non_null(strstr(t->buf, "op 1 mei gepubliceerd^1; de motie"));
    assert_non_null(strstr(t->buf, "startende leraren^2."));
    assert_non_null(strstr(t->buf, "[^1] Staatscourant 2025, 14021."));
    assert_non_null(strstr(t->buf, "[^2] Kamerstuk 27 923, nr. 515."));
    ki_text_free(t);
}

/* A table row split by the page break, the header row repeated on the next
 * page: the row's end ("positie van de Waddeneilanden en ...") is written
 * with its beginning, before the next page starts, so the row is read as
 * one; the next page starts with the repeated header. */
static void test_table_row_over_page_break(void **state)
{
    (void)state;
    ki_text *t = extract("rowsplit.pdf");
    assert_int_equal(t->npages, 2);
    const char *row = strstr(t->buf, "informeren over onderwerp 7 en");
    assert_non_null(row);
    const char *p2 = t->buf + t->page_start[1];
    assert_true(row < p2);
    const char *end = strstr(row, "land en Noord-Holland.");
    assert_non_null(end);
    assert_true(end < p2);
    while (*p2 == ' ')
        p2++;
    assert_true(strncmp(p2, "Nr.", 3) == 0);
    /* nothing of row 7 after the page start */
    assert_null(strstr(t->buf + t->page_start[1], "onderwerp 7"));
    const char *row8 = strstr(t->buf + t->page_start[1], "onderwerp 8");
    const char *w = strstr(t->buf + t->page_start[1], "positie van de Waddeneilanden");
    assert_non_null(row8);
    assert_true(w > row8);
    ki_text_free(t);
}

/* Two justified columns below a full-width head that crosses their gutter:
 * the head first and whole, then the left column, then the right; a hard
 * hyphen at a line end ("motie-" / "Olgün-Bos") stays. */
static void test_columns_below_head(void **state)
{
    (void)state;
    ki_text *t = extract("headcols.pdf");
    assert_non_null(strstr(t->buf, "Vaststelling van de begrotingsstaten van het Ministerie van "
                                   "Infrastructuur en Water-"));
    assert_non_null(strstr(t->buf, "De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het "
                                   "aantal verkeersdoden op provinciale wegen in 2024 is gestegen tot 280,"));
    const char *a = strstr(t->buf, "gestegen tot 282");
    const char *b = strstr(t->buf, "gestegen tot 283");
    const char *e = strstr(t->buf, "en gaat over tot de orde van de dag.");
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(e);
    assert_true(a < b && b < e);
    assert_non_null(strstr(t->buf, "de motie-Olgün-Bos (36 200 XII, nr. 38) over een investeringsimpuls"));
    ki_text_free(t);
}

/* The same head above a two-column table of ragged cells with an empty
 * column between them: a table, read row by row, not as two columns. */
static void test_table_below_head_stays_table(void **state)
{
    (void)state;
    ki_text *t = extract("headtable.pdf");
    const char *r0 = strstr(t->buf, "Rij 0 rechts");
    const char *l1 = strstr(t->buf, "Rij 1 links");
    assert_non_null(r0);
    assert_non_null(l1);
    assert_true(r0 < l1);
    ki_text_free(t);
}

/* Columns over the whole page, a head in the top band (where gutters are
 * not sought) running across the gutter: the head's line stays whole. */
static void test_top_head_across_gutter(void **state)
{
    (void)state;
    ki_text *t = extract("topheadcols.pdf");
    assert_non_null(strstr(t->buf, "Vaststelling van de begrotingsstaten van het Ministerie van "
                                   "Infrastructuur en Water-"));
    const char *a = strstr(t->buf, "gestegen tot 285");
    const char *b = strstr(t->buf, "gestegen tot 291");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a < b);
    ki_text_free(t);
}

/* More cell starts than the first pass over the page saw candidates (the
 * centred lines between a table's two rows add theirs): each row and line
 * is read, and nothing is written past the array of starts (when that
 * array was sized by the first pass, glibc aborted on the corrupted heap
 * and AddressSanitizer reported the overflow). */
static void test_more_cell_starts_than_first_candidates(void **state)
{
    (void)state;
    ki_text *t = extract("cellstarts.pdf");
    assert_non_null(strstr(t->buf, "\nNaam "));
    assert_non_null(strstr(t->buf, " Jan de Vries\n"));
    assert_non_null(strstr(t->buf, " nog een stuk langer hier\n"));
    assert_non_null(strstr(t->buf, " Den Haag\n"));
    ki_text_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leading_per_size),
        cmocka_unit_test(test_justified_end_hyphen),
        cmocka_unit_test(test_table_narrow_cells),
        cmocka_unit_test(test_footer_row_over_columns),
        cmocka_unit_test(test_first_page_colophon),
        cmocka_unit_test(test_punctuation_after_note_marker),
        cmocka_unit_test(test_table_row_over_page_break),
        cmocka_unit_test(test_columns_below_head),
        cmocka_unit_test(test_table_below_head_stays_table),
        cmocka_unit_test(test_top_head_across_gutter),
        cmocka_unit_test(test_more_cell_starts_than_first_candidates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
