/*
 * test_tab20.c - the detector (ingest/detect.h) on a beslisnota's table of
 * toezeggingen read cell by cell: "U zegt toe ..." in a cell is the
 * addressee "u", a cell before it that is only a date dates it, and a last
 * cell that says how the promise stands ("Loopt.", "Deels afgedaan.",
 * "Afgedaan met ...", "Vervallen: ...", or any text under "Stand van
 * zaken") gives its relation and is neither where it was made nor a source
 * of its references.  The same table written with tabs between the cells
 * (a text file) reads as the one written with bars.
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

#include "ingest/detect.h"
#include "ingest/textfile.h"
#include "testdetect.h"

static ki_detector *det;

/* test_commitment_equal() (testdetect.h), under this file's old name */
#define commitment_is test_commitment_equal

#define NOTA_HEAD                                                                                                     \
    "Ministerie van Infrastructuur en Waterstaat\n\nBeslisnota bij Kamerbrief over de stand van zaken Water\n\n"        \
    "Aan: de minister van Infrastructuur en Waterstaat\nVan: DG Water en Bodem\nDatum: 18 november 2026\n\n"       \
    "Tabel 1. Toezeggingen, stand van zaken\n\n"

/* The four rows every case below reads: a TZ number, the date of the
 * debate, the promise, how it stands (with a letter named in the last). */
static void four_rows(const ki_refs *r)
{
    assert_int_equal(r->ncommitments, 4);
    commitment_is(r, 0, "u", "2026-07-02", "voor het einde van het jaar", NULL, "TZ202607-018", "progress");
    commitment_is(r, 1, "u", "2026-07-02", "voor 1 december 2026", NULL, "TZ202607-021", "settled");
    commitment_is(r, 2, "u", "2026-07-09", NULL, NULL, "TZ202607-026", "addressed");
    commitment_is(r, 3, "u", "2025-11-14", "bij de Voorjaarsnota 2026", NULL, "TZ202511-087", "settled");
}

/* A table written with bars, a header above: each row's "U zegt toe" is
 * u's, dated by its Datum cell; "Loopt." progress, "Afgedaan met ..."
 * settled, "Vervallen: ..." addressed; the "voortgangsbrief", "Kamerbrief"
 * and "brief van 20 mei 2026 (Kamerstuk 27 625, nr. 712)" of the status
 * cell are no vindplaats and no reference of the promise. */
static void test_bar_table(void **state)
{
    (void)state;
    ki_refs *r = test_detect(
        det,
        NOTA_HEAD
        "| Nr. | Datum | Omschrijving | Stand van zaken |\n"
        "| TZ202607-018 | 02-07-2026 | U zegt toe de Kamer voor het einde van het jaar te informeren over de "
        "dijkversterking. | Loopt. De informatie volgt in de voortgangsbrief Hoogwaterbescherming van december. |\n"
        "| TZ202607-021 | 02-07-2026 | U zegt toe de Kamer voor 1 december 2026 een overzicht te sturen van de "
        "lozingen. | Afgedaan met bijgaande Kamerbrief. |\n"
        "| TZ202607-026 | 09-07-2026 | U zegt toe de Kamer te informeren over de pilot met zilte teelt. | "
        "Vervallen: de provincie start de pilot niet; dit wordt in de Kamerbrief toegelicht. |\n"
        "| TZ202511-087 | 14-11-2025 | U zegt toe bij de Voorjaarsnota 2026 terug te komen op het budget. | "
        "Afgedaan met de brief van 20 mei 2026 (Kamerstuk 27 625, nr. 712). |\n",
        NULL);
    four_rows(r);
    ki_refs_free(r);
}

/* The same table with tabs between its cells, as a text file holds it. */
static void test_tab_table(void **state)
{
    (void)state;
    static const char text[] =
        NOTA_HEAD
        "Nr.\tDatum\tOmschrijving\tStand van zaken\n"
        "TZ202607-018\t02-07-2026\tU zegt toe de Kamer voor het einde van het jaar te informeren over de "
        "dijkversterking.\tLoopt. De informatie volgt in de voortgangsbrief Hoogwaterbescherming van december.\n"
        "TZ202607-021\t02-07-2026\tU zegt toe de Kamer voor 1 december 2026 een overzicht te sturen van de "
        "lozingen.\tAfgedaan met bijgaande Kamerbrief.\n"
        "TZ202607-026\t09-07-2026\tU zegt toe de Kamer te informeren over de pilot met zilte teelt.\t"
        "Vervallen: de provincie start de pilot niet; dit wordt in de Kamerbrief toegelicht.\n"
        "TZ202511-087\t14-11-2025\tU zegt toe bij de Voorjaarsnota 2026 terug te komen op het budget.\t"
        "Afgedaan met de brief van 20 mei 2026 (Kamerstuk 27 625, nr. 712).\n";
    ki_text *t = NULL;
    ki_err err;
    if (ki_textfile_decode(text, sizeof text - 1, &t, &err))
        fail_msg("ki_textfile_decode: %s", err.msg);
    ki_refs *r = NULL;
    if (ki_detect(det, t, NULL, &r, &err))
        fail_msg("ki_detect: %s", err.msg);
    ki_text_free(t);
    four_rows(r);
    ki_refs_free(r);
}

/* A last cell under "Stand van zaken" that opens with no status word is
 * still the status: no vindplaats, no reference; its sentences say how the
 * promise stands ("Informatie volgt in de voortgangsbrief ...": under way,
 * test_review26.c has more).  Without
 * such a head a last cell that is no status is where the promise was made
 * ("| ... zegt toe ... | Commissiedebat X, d.d. ... |"). */
static void test_status_column(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             NOTA_HEAD "| Nr. | Datum | Omschrijving | Stand van zaken |\n"
                                       "| TZ202607-031 | 02-07-2026 | U zegt toe de Kamer te informeren over de "
                                       "droogte. | Informatie volgt in de voortgangsbrief Zoetwater van maart "
                                       "(Kamerstuk 27 625, nr. 720). |\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "u", "2026-07-02", NULL, NULL, "TZ202607-031", "progress");
    ki_refs_free(r);
    r = test_detect(det,
                    "Den Haag, 18 november 2026\n\nOverzicht van toezeggingen\n\n"
                    "| TZ202507-031 | De minister van Infrastructuur en Waterstaat zegt toe de Kamer te informeren "
                    "over de droogte. | Commissiedebat Water, d.d. 15-05-2025 |\n",
                    NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MIenW", "2025-05-15", NULL, "Commissiedebat Water", "TZ202507-031", "cited");
    ki_refs_free(r);
}

/* The cells before the promise's own: one that is a date and nothing else
 * dates it, a debate with its date gives both ("| Commissiedebat Water, 2
 * juli 2026 |"); a date after other words that name no debate ("| zaak
 * 12-07-2026 |") none. */
static void test_cells_before(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             NOTA_HEAD "| Nr. | Debat | Omschrijving | Stand van zaken |\n"
                                       "| TZ202607-032 | Commissiedebat Water, 2 juli 2026 | U zegt toe de Kamer te "
                                       "informeren over de droogte. | Loopt. |\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "u", "2026-07-02", NULL, "Commissiedebat Water", "TZ202607-032", "progress");
    ki_refs_free(r);
    r = test_detect(det,
                    NOTA_HEAD "| Nr. | Zaak | Omschrijving | Stand van zaken |\n"
                              "| TZ202607-033 | zaak 12-07-2026 | U zegt toe de Kamer te informeren over de dijk. | "
                              "Loopt. |\n",
                    NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "u", NULL, NULL, NULL, "TZ202607-033", "progress");
    ki_refs_free(r);
}

/* "U zegt toe" is the addressee's only in a beslisnota: in a letter the
 * row's promise is the signer's. */
static void test_u_only_in_nota(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 18 november 2026\n\nGeachte voorzitter,\n\n"
                             "| Nr. | Datum | Omschrijving | Stand van zaken |\n"
                             "| TZ202607-034 | 02-07-2026 | U zegt toe de Kamer te informeren over de dijk. | Loopt. |\n"
                             "\nDe minister van Infrastructuur en Waterstaat,\n\nJ. Jansen\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MIenW", "2026-07-02", NULL, NULL, "TZ202607-034", "progress");
    ki_refs_free(r);
}

/* A row with no promise verb, in a table of toezeggingen (a TZ number in
 * the row): its date is the cell that is only a date, its vindplaats a
 * cell of its own ended by its bar, and a status cell ("Afgedaan met
 * bijgaande Kamerbrief.", "Loopt. Volgt in de voortgangsbrief van
 * december.") is no vindplaats. */
static void test_rows_without_verb(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             NOTA_HEAD "| Nr. | Datum | Toezegging | Stand van zaken |\n"
                                       "| TZ202607-018 | 02-07-2026 | De Kamer voor het einde van het jaar informeren "
                                       "over de dijk. | Afgedaan met bijgaande Kamerbrief. |\n"
                                       "| TZ202607-019 | 03-07-2026 | Overzicht van de lozingen sturen. | Loopt. Volgt "
                                       "in de voortgangsbrief van december. |\n",
                             NULL);
    assert_int_equal(r->ncommitments, 2);
    commitment_is(r, 0, "", "2026-07-02", "voor het einde van het jaar", NULL, "TZ202607-018", "settled");
    commitment_is(r, 1, "", "2026-07-03", NULL, NULL, "TZ202607-019", "progress");
    ki_refs_free(r);
    r = test_detect(det,
                    "| Nr. | Datum | Toezegging | Vindplaats | Stand van zaken |\n"
                    "| TZ202607-018 | 02-07-2026 | De Kamer voor het einde van het jaar informeren over de dijk. | "
                    "Commissiedebat Water | Afgedaan met bijgaande Kamerbrief. |\n",
                    "2026-11-18");
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "", "2026-07-02", "voor het einde van het jaar", "Commissiedebat Water", "TZ202607-018",
                  "settled");
    ki_refs_free(r);
    /* (a last cell that is no status: the vindplaats still ends at its bar) */
    r = test_detect(det,
                    "| TZ202607-018 | 02-07-2026 | De Kamer informeren over de dijk. | Commissiedebat Water | Brief "
                    "volgt in december. |\n",
                    "2026-11-18");
    assert_int_equal(r->ncommitments, 1);
    assert_non_null(r->commitments[0].venue);
    assert_string_equal(r->commitments[0].venue, "Commissiedebat Water");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bar_table),
        cmocka_unit_test(test_tab_table),
        cmocka_unit_test(test_status_column),
        cmocka_unit_test(test_cells_before),
        cmocka_unit_test(test_u_only_in_nota),
        cmocka_unit_test(test_rows_without_verb),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
