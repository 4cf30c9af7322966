/*
 * test_columns.c - tables laid out in columns (ingest/columns.h): the
 * blocks found, the view they give (one "| cell | cell" row a line), the
 * spans mapped back to the text, what is left alone (prose, lists, a
 * letter's margin, one column), and the detector reading such tables
 * (ingest/detect.h).  All texts are made up.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/columns.h"
#include "ingest/detect.h"
#include "testdetect.h"

static ki_detector *det;

/* The view of text: its lines with trailing spaces cut and empty ones
 * left out, so that a test need not say where the padding goes.  Also
 * checks what holds for every view: the same length, every byte outside
 * the blocks the text's own. */
static char *view_lines(const char *text, size_t *nblocks)
{
    size_t n = strlen(text);
    ki_colview v;
    assert_int_equal(ki_columns_view(text, n, NULL, 0, &v), KI_OK);
    *nblocks = v.nblocks;
    const char *s = v.buf ? v.buf : text;
    if (v.buf) {
        assert_int_equal(v.len, n);
        assert_int_equal(strlen(v.buf), n);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            while (k < v.nblocks && v.blocks[k].end <= i)
                k++;
            if (k >= v.nblocks || i < v.blocks[k].start)
                assert_int_equal(s[i], text[i]);
        }
    }
    char *out = malloc(n + 1);
    assert_non_null(out);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        const char *e = memchr(s + i, '\n', n - i);
        size_t le = e ? (size_t)(e - s) : n, t = le;
        while (t > i && s[t - 1] == ' ')
            t--;
        if (t > i) {
            memcpy(out + o, s + i, t - i);
            o += t - i;
            out[o++] = '\n';
        }
        i = le + 1;
    }
    out[o] = '\0';
    ki_colview_free(&v);
    return out;
}

static void view_is(const char *text, const char *want)
{
    size_t nb;
    char *got = view_lines(text, &nb);
    if (strcmp(got, want) != 0)
        fail_msg("got:\n%s\nwant:\n%s", got, want);
    free(got);
}

/* No block: the text is left as it is. */
static void no_table(const char *text)
{
    size_t n = strlen(text);
    ki_colview v;
    assert_int_equal(ki_columns_view(text, n, NULL, 0, &v), KI_OK);
    if (v.nblocks)
        fail_msg("a table found in:\n%s\nview:\n%s", text, v.buf);
    assert_null(v.buf);
    ki_colview_free(&v);
}

static const char motions_table[] =
    "4.1 Moties\n"
    "\n"
    "Omschrijving                       Vindplaats             Stand van zaken\n"
    "Motie van het lid Jansen (CDA)     Kamerstuk 35 100,      Afgedaan. Zie de brief\n"
    "over de bereikbaarheid van         nr. 12                 van 3 mei 2025.\n"
    "dorpshuizen\n"
    "\n"
    "Motie-De Boer over schoon          Kamerstuk 35 100,      Loopt. De verkenning\n"
    "drinkwater op scholen              nr. 27                 volgt in het najaar.\n"
    "\n"
    "Motie van de leden Smit en         Kamerstuk 31 200,      Afgedaan met de brief\n"
    "Van Loon over zorg- en             nr. 8                  van 9 juni 2025.\n"
    "welzijnsbeleid in krimp-\n"
    "gebieden\n"
    "\n"
    "Daarna volgt de lopende tekst van de bijlage, die over de hele breedte van de pagina loopt.\n";

/* Rows separated by empty lines, a header above the first, cells that
 * wrap (line-end hyphenation undone as elsewhere, a shared compound kept). */
static void test_rows_between_empty_lines(void **state)
{
    (void)state;
    view_is(motions_table,
            "4.1 Moties\n"
            "| Omschrijving | Vindplaats | Stand van zaken\n"
            "| Motie van het lid Jansen (CDA) over de bereikbaarheid van dorpshuizen | Kamerstuk 35 100, nr. 12 | "
            "Afgedaan. Zie de brief van 3 mei 2025.\n"
            "| Motie-De Boer over schoon drinkwater op scholen | Kamerstuk 35 100, nr. 27 | Loopt. De verkenning "
            "volgt in het najaar.\n"
            "| Motie van de leden Smit en Van Loon over zorg- en welzijnsbeleid in krimpgebieden | Kamerstuk 31 "
            "200, nr. 8 | Afgedaan met de brief van 9 juni 2025.\n"
            "Daarna volgt de lopende tekst van de bijlage, die over de hele breedte van de pagina loopt.\n");
}

/* Rows that follow each other: a new one where every cell starts with a
 * capital or digit; an empty cell; a column that starts further right on
 * some lines; a header with "Datum" among three cells. */
static void test_rows_without_empty_lines(void **state)
{
    (void)state;
    view_is("Toezegging                         Datum        Status\n"
            "De minister informeert de Kamer    12-03-2025   Afgedaan\n"
            "over de pilot met\n"
            "deelauto's\n"
            "De minister stuurt de evaluatie      02-04-2025   Loopt; gereed in\n"
            "van de regeling                                 juni 2026\n"
            "Het kabinet onderzoekt de                       Aangehouden\n"
            "kosten van de maatregel\n",
            "| Toezegging | Datum | Status\n"
            "| De minister informeert de Kamer over de pilot met deelauto's | 12-03-2025 | Afgedaan\n"
            "| De minister stuurt de evaluatie van de regeling | 02-04-2025 | Loopt; gereed in juni 2026\n"
            "| Het kabinet onderzoekt de kosten van de maatregel |  | Aangehouden\n");
}

/* Two columns, and a column that starts a little further LEFT on a later
 * line than on the first. */
static void test_two_columns_start_moves_left(void **state)
{
    (void)state;
    view_is("Onderwerp                       Stand\n"
            "Onderhoud van de sluizen in        Gereed in het voorjaar\n"
            "het noorden                      van 2026\n"
            "Vervanging van de bruggen       Loopt\n",
            "| Onderwerp | Stand\n"
            "| Onderhoud van de sluizen in het noorden | Gereed in het voorjaar van 2026\n"
            "| Vervanging van de bruggen | Loopt\n");
}

/* A table with narrow gaps has too little room for " | ": "|" then. */
static void test_narrow_gaps(void **state)
{
    (void)state;
    view_is("Aa  Bbbb  Xx\n"
            "Dd  Eeee  Ff\n"
            "gg  hhhh  ii\n",
            "|Aa|Bbbb|Xx\n"
            "|Dd gg|Eeee hhhh|Ff ii\n");
}

/* Every view span goes back to the smallest text span holding the bytes
 * it came from; outside the blocks a span is itself. */
static void test_spans_map_back(void **state)
{
    (void)state;
    const char *text = motions_table;
    size_t n = strlen(text);
    ki_colview v;
    assert_int_equal(ki_columns_view(text, n, NULL, 0, &v), KI_OK);
    assert_int_equal(v.nblocks, 1);
    const char *want = "Kamerstuk 35 100, nr. 12";
    const char *p = strstr(v.buf, want);
    assert_non_null(p);
    size_t a = (size_t)(p - v.buf), oa, ob;
    ki_colview_span(&v, a, a + strlen(want), &oa, &ob);
    assert_true(strncmp(text + oa, "Kamerstuk 35 100,", 17) == 0);
    assert_true(ob >= 6 && strncmp(text + ob - 6, "nr. 12", 6) == 0);
    /* a span on one line of one cell is that line's bytes */
    p = strstr(v.buf, "dorpshuizen");
    a = (size_t)(p - v.buf);
    ki_colview_span(&v, a, a + 11, &oa, &ob);
    assert_int_equal(ob - oa, 11);
    assert_true(strncmp(text + oa, "dorpshuizen", 11) == 0);
    /* undone hyphenation: "krimpgebieden" is "krimp-\ngebieden" */
    p = strstr(v.buf, "krimpgebieden");
    a = (size_t)(p - v.buf);
    ki_colview_span(&v, a, a + 13, &oa, &ob);
    assert_true(strncmp(text + oa, "krimp-\ngebieden", 15) == 0 && ob - oa == 15);
    /* outside the block */
    p = strstr(v.buf, "4.1 Moties");
    a = (size_t)(p - v.buf);
    ki_colview_span(&v, a, a + 10, &oa, &ob);
    assert_int_equal(oa, a);
    assert_int_equal(ob, a + 10);
    /* bytes the view added only: where the byte before came from */
    p = strstr(v.buf, "| Omschrijving");
    a = (size_t)(p - v.buf);
    ki_colview_span(&v, a, a + 2, &oa, &ob);
    assert_true(oa >= v.blocks[0].start && oa <= v.blocks[0].end && ob == oa);
    assert_int_equal(ki_colview_from_text(&v, v.blocks[0].start + 40), v.blocks[0].start);
    assert_int_equal(ki_colview_from_text(&v, 3), 3);
    ki_colview_free(&v);
}

/* A block never crosses a page start. */
static void test_page_start_ends_block(void **state)
{
    (void)state;
    const char *text = "Onderwerp                  Stand\n"
                       "Onderhoud van de sluizen   Gereed in het\n"
                       "in het noorden             voorjaar\n"
                       "Vervanging van de bruggen  Loopt nog\n"
                       "en de viaducten            tot 2027\n";
    size_t n = strlen(text);
    size_t pages[2] = {0, (size_t)(strstr(text, "Vervanging") - text)};
    ki_colview v;
    assert_int_equal(ki_columns_view(text, n, pages, 2, &v), KI_OK);
    for (size_t i = 0; i < v.nblocks; i++)
        assert_true(v.blocks[i].end <= pages[1] || v.blocks[i].start >= pages[1]);
    ki_colview_free(&v);
}

/* Left alone: prose with double spaces, indented and numbered lists, a
 * letter's heading block and margin column, a single column. */
static void test_no_false_tables(void **state)
{
    (void)state;
    no_table("Dit is de eerste zin van de alinea.  Daarna volgt nog een zin die over\n"
             "twee regels doorloopt.  En dan is er nog een derde zin die het\n"
             "verhaal afmaakt.  Einde.\n");
    no_table("1.  De eerste maatregel betreft de inzet van extra\n"
             "    handhavers in de binnensteden.\n"
             "2.  De tweede maatregel betreft de verlichting van\n"
             "    fietspaden buiten de bebouwde kom.\n");
    no_table("    -   een eerste punt dat over twee regels\n"
             "        doorloopt\n"
             "    -   een tweede punt\n");
    no_table("Datum      3 maart 2025\n"
             "Betreft    Voortgang van het programma\n"
             "           en de planning voor 2026\n");
    no_table("Geachte voorzitter,                                   Kenmerk\n"
             "Hierbij stuur ik u de brief over de                   2025-00012\n"
             "voortgang van het programma. Daarin ga ik in          Uw kenmerk\n"
             "op de stand van zaken.                                2025Z01234\n");
    no_table("Hierbij stuur ik u de brief over de voortgang      ABC/2025-1\n"
             "van het programma. Daarin ga ik in op de stand     Pagina 1 van 2\n"
             "van zaken en de planning voor het komende jaar.\n");
    no_table("Parafen                DWO / DGKE                     Kopie aan\n"
             "                                                      Staatssecretaris\n"
             "Toezegging             Ja\n");
    no_table("Toezegging / motie     Ja\n"
             "Nummer                 TZ202501-001; Kamerstuk 36 100, nr. 5\n"
             "Termijn                voor de zomer\n"
             "Vindplaats             commissiedebat Water,\n"
             "                       12 maart 2025\n");
    /* labels below labels, each a whole word, however long the first
     * ("Datum toezegging" over "Termijn"): the Eerste Kamer's export */
    no_table("Nummer            T03245\n"
             "Status            voldaan\n"
             "Kabinetslid       minister van Justitie en Veiligheid, minister van\n"
             "                  Binnenlandse Zaken\n"
             "Datum toezegging  9 november 2021\n"
             "Termijn           1 januari 2025\n"
             "Omschrijving      De minister zegt toe de wet binnen drie jaar te\n"
             "                  laten evalueren.\n");
    no_table("Een tekst in een kolom, zonder tabel.\n\nNog een alinea, ook zonder tabel.\n");
    /* one line per row, nothing wraps: read line by line as it is */
    no_table("Motie       Kamerstuk 35 100, nr. 12   Afgedaan\n"
             "Motie       Kamerstuk 35 100, nr. 27   Loopt\n");
    no_table("");
}

/* The detector reads the motions of such a table row by row: number,
 * sponsors, subject and the stand cell's relation, with spans in the
 * text. */
static void test_detect_motion_rows(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det, motions_table, "2025-06-15");
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35100-12");
    assert_string_equal(r->motions[0].sponsors[0].name, "Jansen");
    assert_string_equal(r->motions[0].subject, "de bereikbaarheid van dorpshuizen");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->motions[1].kamerstuk, "kst-35100-27");
    assert_string_equal(r->motions[1].sponsors[0].name, "De Boer");
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    assert_string_equal(r->motions[2].kamerstuk, "kst-31200-8");
    assert_int_equal(r->motions[2].nsponsors, 2);
    assert_string_equal(r->motions[2].sponsors[1].name, "Van Loon");
    size_t nk = 0;
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        const ki_kamerstuk *k = &r->kamerstukken[i];
        if (strcmp(k->id, "kst-35100-12") == 0) {
            nk++;
            assert_true(strncmp(motions_table + k->span.start, "Kamerstuk 35 100,", 17) == 0);
            assert_true(strncmp(motions_table + k->span.end - 6, "nr. 12", 6) == 0);
        }
    }
    assert_int_equal(nk, 1);
    assert_true(strncmp(motions_table + r->motions[0].span.start, "Motie van het lid Jansen", 24) == 0);
    ki_refs_free(r);
}

/* A promise in a cell: its text is its cell, the vindplaats cell says
 * where and when, the last cell how it stands. */
static void test_detect_commitment_rows(void **state)
{
    (void)state;
    const char *text = "Omschrijving                         Vindplaats           Stand van zaken\n"
                       "De minister van Financiën zegt toe   Commissiedebat       Afgedaan. Zie de\n"
                       "de Kamer te informeren over de       Belastingdienst,     brief van 4 juni\n"
                       "wachttijden bij de                   d.d. 12-02-2025      2025.\n"
                       "Belastingtelefoon.\n"
                       "\n"
                       "De staatssecretaris van Financiën    Commissiedebat       Loopt. De pilot\n"
                       "zegt toe voor 1 juli 2026 een        Toeslagen,           start in het\n"
                       "evaluatie van de hersteloperatie     d.d. 3 april 2025    najaar.\n"
                       "naar de Kamer te sturen.\n"
                       "\n"
                       "De minister van Financiën zegt toe   Notaoverleg          Afgerond.\n"
                       "een overzicht van de                 Fiscaliteit,\n"
                       "heffingen te sturen.                 9 mei 2025\n";
    ki_refs *r = test_detect(det, text, "2025-06-15");
    assert_int_equal(r->ncommitments, 3);
    const ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MFin");
    assert_string_equal(c->date, "2025-02-12");
    assert_string_equal(c->venue, "Commissiedebat Belastingdienst");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->subject, "de Kamer te informeren over de wachttijden bij de Belastingtelefoon");
    assert_true(strncmp(text + c->span.start, "zegt toe", 8) == 0);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SFin");
    assert_string_equal(c->date, "2025-04-03");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "voor 1 juli 2026");
    c = &r->commitments[2];
    assert_string_equal(c->date, "2025-05-09");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rows_between_empty_lines),
        cmocka_unit_test(test_rows_without_empty_lines),
        cmocka_unit_test(test_two_columns_start_moves_left),
        cmocka_unit_test(test_narrow_gaps),
        cmocka_unit_test(test_spans_map_back),
        cmocka_unit_test(test_page_start_ends_block),
        cmocka_unit_test(test_no_false_tables),
        cmocka_unit_test(test_detect_motion_rows),
        cmocka_unit_test(test_detect_commitment_rows),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
