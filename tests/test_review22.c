/*
 * test_review22.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev22: letters of several ministries, verslagen and lijsten
 * van vragen, Eerste Kamer pages, berthub pages, older citation forms) found
 * wrong: each case is a rule of the language, written as its own short
 * text.
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
#include "testdetect.h"

static ki_detector *det;

/* The Handelingen ids found in text, space separated, must be want. */
static void han(const char *text, const char *want)
{
    ki_refs *r = test_detect(det, text, "2025-06-15");
    test_ids_equal(r, TEST_HAND, want);
    ki_refs_free(r);
}

/* An older Handelingen citation gives its pages without "blz.", also as a
 * range: "(Handelingen TK 1997-1998, 6368-6375)" is the sitting's first
 * page; a range followed by more text is no such citation. */
static void test_handelingen_page_range(void **state)
{
    (void)state;
    han("naar aanleiding van de motie Poppe (Handelingen TK 1997\xE2\x80\x93" "1998, 6368\xE2\x80\x93" "6375). Met deze",
        "h-tk-19971998-6368");
    han("(Handelingen II 2005/06, 5631-5640)", "h-tk-20052006-5631");
    han("(Handelingen II 2005/06, 5631)", "h-tk-20052006-5631");
    han("(Handelingen II 2005/06, 12-14 en 20)", "");
}

/* The title of a page whose first line is its onderwerp keeps the case it is
 * written in: only a heading written in capitals ("2021D32728 INBRENG
 * VERSLAG VAN ...") is put in sentence case; tweedekamer.nl's type before
 * " : " ("Inbreng verslag schriftelijk overleg : ...") is no part of it. */
static void test_inbreng_title_case(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Inbreng verslag van een schriftelijk overleg over o.a. Stand van zaken van moties "
                             "(Kamerstuk 35334-415)\n\nInbreng verslag schriftelijk overleg\n\nNummer: 2026D04747, "
                             "datum: 2026-02-02, bijgewerkt: 2026-02-02 11:45, versie: 1\n\nBinnen de vaste commissie.\n",
                             "2025-06-15");
    test_meta_equal(r, "verslag",
                    "Inbreng verslag van een schriftelijk overleg over o.a. Stand van zaken van moties (Kamerstuk "
                    "35334-415)",
                    NULL, "2026-02-02");
    ki_refs_free(r);
    r = test_detect(det,
                    "Inbreng verslag schriftelijk overleg : Inbreng verslag van een schriftelijk overleg over "
                    "voortgang VTH-stelsel (Kamerstuk 22343-151)\n2023D06019 INBRENG VERSLAG VAN EEN SCHRIFTELIJK "
                    "OVERLEG\nBinnen de vaste commissie voor Infrastructuur en Waterstaat hebben fracties vragen.\n",
                    "2025-06-15");
    test_meta_equal(r, "verslag",
                    "Inbreng verslag van een schriftelijk overleg over voortgang VTH-stelsel (Kamerstuk 22343-151)",
                    NULL, NULL);
    ki_refs_free(r);
    r = test_detect(det,
                    "2021D32728 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nBinnen de vaste commissie voor "
                    "Justitie hebben fracties vragen.\n",
                    "2025-06-15");
    test_meta_equal(r, "verslag", "Inbreng verslag van een schriftelijk overleg", NULL, NULL);
    ki_refs_free(r);
}

/* A page of the Kamer's documents whose type line above its number is "Lijst
 * van vragen" or "Lijst van vragen en antwoorden" is a verslag, also when
 * it holds an answering body's letter ("Geachte heer Bosma, ..."). */
static void test_page_lijst_van_vragen(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Lijst van vragen en antwoorden over het rapport Staat van de rijksverantwoording 2024 "
                             "(Kamerstuk 36740-3)\nFinancieel Jaarverslag van het Rijk 2024\nLijst van vragen en "
                             "antwoorden\nNummer: 2025D26913, datum: 2025-06-10, bijgewerkt: 2025-06-11 11:48, versie: "
                             "1\nPreview document\nGeachte heer Bosma,\nHierbij bieden wij u onze antwoorden aan.\n",
                             "2025-06-15");
    test_meta_equal(r, "verslag", NULL, NULL, "2025-06-10");
    ki_refs_free(r);
    r = test_detect(det,
                    "Lijst van vragen over de voortgang stikstofproblematiek: structurele aanpak\n\nLijst van "
                    "vragen\n\nNummer: 2020D17507, datum: 2020-05-08, bijgewerkt: 2024-02-19 10:56, versie: 3\n\n"
                    "2020D17507 LIJST VAN VRAGEN\n\nDe vaste commissie heeft een aantal vragen voorgelegd.\n",
                    "2025-06-15");
    test_meta_equal(r, "verslag", "Lijst van vragen over de voortgang stikstofproblematiek: structurele aanpak", NULL,
                    "2020-05-08");
    ki_refs_free(r);
}

/* A member who asks the government whether it will do something "ter
 * uitvoering van de motie X" (the one asked between the verb and "of")
 * reports nothing of the motion: cited; a letter recalling such a question
 * may still handle it. */
static void test_member_asks_whether(void **state)
{
    (void)state;
    test_check(det,
               "Aan de orde is het debat.\n\nDe heer Ten Horn (SP):\n\nWij vragen de regering verder of zij ter "
               "uitvoering van de motie-Van Bochove/Leerdam voornemens is het besluit voor te hangen.\n",
               "2025-06-15", NULL, "-/Van Bochove,Leerdam/cited", ',', true);
    test_check(det,
               "Aan de orde is het debat.\n\nMevrouw Ten Horn (SP):\n\nIk vraag de minister of hij ter uitvoering "
               "van de motie-Van Bochove/Leerdam het besluit zal voorhangen.\n",
               "2025-06-15", NULL, "-/Van Bochove,Leerdam/cited", ',', true);
}

/* A later sentence that says a toezegging is kept ("Met deze brief doe ik
 * deze toezegging gestand."), or a toezegging page's status under "Datum
 * toezegging", is the toezegging's, not that of a motion named before it;
 * a sentence that names the motion too still speaks of it. */
static void test_toezegging_status_not_motion(void **state)
{
    (void)state;
    test_check(det,
               "Geachte voorzitter,\n\nMijn voorganger heeft toegezegd u regelmatig te informeren. Ik heb deze "
               "toezegging bevestigd in het debat over de uitvoerbaarheid van de motie Poppe inzake een algemene "
               "vervangingsplicht. Met deze brief doe ik deze toezegging gestand.\n",
               "2025-06-15", NULL, "-/Poppe/cited", ',', true);
    test_check(det,
               "T02658\n\nToezegging Uitgangspunten aanstelling burgemeester (34.716)\nDe minister zegt de Kamer toe "
               "haar een brief te sturen met een nadere duiding van de motie-Rombouts c.s.\n\nKerngegevens\n\n"
               "Nummer T02658\nStatus voldaan\nDatum toezegging 13 november 2018\n",
               "2025-06-15", NULL, "-/Rombouts/cited", ',', true);
    test_check(det,
               "Geachte voorzitter,\n\nIk heb toegezegd u te informeren over de motie Poppe inzake een algemene "
               "vervangingsplicht. Met deze brief is de toezegging en de motie afgedaan.\n",
               "2025-06-15", NULL, "-/Poppe/settled", ',', true);
}

/* officielebekendmakingen's table row gives an older document's own number
 * with its small letter ("25159 nr. 140b", also with a "Datum ontvangst"
 * column): the self id, not a citation; another small letter is no
 * number's. */
static void test_table_row_nr_letter(void **state)
{
    (void)state;
    static const char *const head =
        "Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum ontvangst |\n"
        "---|---|---|---|---|\nEerste Kamer der Staten-Generaal | 1997-1998 | ";
    char text[512];
    snprintf(text, sizeof text, "%s%s", head, "25159 nr. 140b |\nOntvangen 2 april 1998\nMet belangstelling heb ik "
                                              "kennis genomen van het voorlopig verslag.\n");
    ki_refs *r = test_detect(det, text, "2025-06-15");
    test_meta_equal(r, "other", NULL, "kst-25159-140b", "1998-04-02");
    test_kst_equal(r, "");
    ki_refs_free(r);
    snprintf(text, sizeof text, "%s%s", head, "25159 nr. 140x |\nOntvangen 2 april 1998\nMet belangstelling heb ik "
                                              "kennis genomen van het voorlopig verslag.\n");
    r = test_detect(det, text, "2025-06-15");
    if (r->self_id)
        fail_msg("self: got \"%s\", want none", r->self_id);
    ki_refs_free(r);
}

/* A joint document's page: its kenmerk names both dossiers ("Kenmerk 33826;
 * 33992, nr. C"); the second dossier with the own number is the document
 * itself, no citation.  Another Kamerstuk in the text is still one. */
static void test_joint_kenmerk(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Brief van de minister en de staatssecretaris van VWS met Nadere beleidsreactie - "
                             "Mensenrechten in Nederland\n\nDeze brief is onder nr. C toegevoegd aan dossier 33826 - "
                             "Nationaal actieplan mensenrechten in Nederland en wetsvoorstel 33992 (R2034) - "
                             "Goedkeuring van het Verdrag i.\n\n1.\n\nKerngegevens\n\nOfficiële titel Mensenrechten "
                             "in Nederland; Brief van de minister\nDocumentdatum 04-06-2024\nPublicatiedatum "
                             "04-06-2024\nNummer KST1145521\nKenmerk 33826; 33992, nr. C\n\n2.\n\nTekst\n\nZie ook "
                             "de brief van 26 mei 2023 (Kamerstukken I 2022/23, 33992, nr. B).\n",
                             "2025-06-15");
    if (!r->self_id || strcmp(r->self_id, "kst-33826-C") != 0)
        fail_msg("self: got \"%s\"", r->self_id ? r->self_id : "(null)");
    test_kst_equal(r, "kst-33992-B");
    ki_refs_free(r);
}

/* A footnote's mark glued to the last word of the dossier's title line
 * ("... rechten van het kind1") is no part of the title; a title that ends
 * in a number after a blank keeps it. */
static void test_dossier_title_footnote(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "35 827 EU-voorstel: Strategie voor de rechten van het kind1\n\nC VERSLAG VAN EEN "
                             "SCHRIFTELIJK OVERLEG\n\nVastgesteld 8 juli 2021\n\nDe vaste commissie heeft "
                             "kennisgenomen van de EU-mededeling.\n",
                             "2025-06-15");
    test_meta_equal(r, "verslag", "EU-voorstel: Strategie voor de rechten van het kind; Verslag van een schriftelijk overleg",
                    "kst-35827-C", "2021-07-08");
    ki_refs_free(r);
    r = test_detect(det,
                    "36 740 Financieel Jaarverslag van het Rijk 2024\n\nNr. 4 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
                    "Vastgesteld 9 juni 2025\n\nDe commissie heeft vragen voorgelegd.\n",
                    "2025-06-15");
    test_meta_equal(r, "verslag", "Financieel Jaarverslag van het Rijk 2024; Lijst van vragen en antwoorden",
                    "kst-36740-4", "2025-06-09");
    ki_refs_free(r);
}

/* A document of both Kamers is cited "Kamerstukken I/II 30 953, A en nr.
 * 1": the Eerste Kamer's letter and the Tweede Kamer's number, the second
 * read on after "en" without a comma. */
static void test_both_chambers(void **state)
{
    (void)state;
    test_check(det, "In vervolg op haar brief (Kamerstukken I/II 30 953, A en nr. 1) biedt de commissie het rapport aan.",
               "2025-06-15", "kst-30953-A kst-30953-1", NULL, 0, false);
    test_check(det, "Zie Kamerstukken I/II 2006/07, 30 953, nr. 4.", "2025-06-15", "kst-30953-4", NULL, 0, false);
    test_check(det, "Zie Kamerstuk 21501-32-1740 en nr. 1741 over de Landbouwraad.", "2025-06-15",
               "kst-21501-32-1740 kst-21501-32-1741", NULL, 0, false);
    test_check(det, "(Kamerstuk 36 100, nr. 3) en nr. 5 van de agenda", "2025-06-15", "kst-36100-3", NULL, 0, false);
    /* the letter is the Eerste Kamer's, the number the Tweede Kamer's */
    ki_refs *r = test_detect(det, "(Kamerstukken I/II 30 953, A en nr. 1)", "2025-06-15");
    assert_int_equal(r->nkamerstukken, 2);
    assert_non_null(r->kamerstukken[0].chamber);
    assert_non_null(r->kamerstukken[1].chamber);
    assert_string_equal(r->kamerstukken[0].chamber, "I");
    assert_string_equal(r->kamerstukken[1].chamber, "II");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handelingen_page_range),
        cmocka_unit_test(test_inbreng_title_case),
        cmocka_unit_test(test_page_lijst_van_vragen),
        cmocka_unit_test(test_member_asks_whether),
        cmocka_unit_test(test_toezegging_status_not_motion),
        cmocka_unit_test(test_table_row_nr_letter),
        cmocka_unit_test(test_joint_kenmerk),
        cmocka_unit_test(test_dossier_title_footnote),
        cmocka_unit_test(test_both_chambers),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
