/*
 * test_review27.c - the detector (ingest/detect.h) on forms a review of
 * real text (session 19) found wrong.  Each case is a rule of the
 * language, written as its own short text.
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

#include "ingest/dates.h"
#include "ingest/detect.h"
#include "testdetect.h"

static ki_detector *det;

/* Numbered promises told one by one in running text: "De eerste
 * toezegging, TZ..., deed ik in het commissiedebat X van D: ..." (the
 * writer's, made there and then, its number its ref); the next sentence
 * "Ik zegde toe ..." says what that one promised (one record, not two);
 * "die ik in het X van D toezegde" (the finite verb of the writer's
 * clause) takes the number the sentence gave its subject; "beschouw ik
 * deze toezegging als vervallen" closes it undone (addressed). */
static void test_numbered_told(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 9 maart 2026\n\nGeachte voorzitter,\n\nDe eerste toezegging, TZ202509-031, deed ik in het "
        "commissiedebat Wonen van 17 september 2025: ik zou de Kamer voor 1 januari 2026 informeren over de "
        "huurtoeslag. Die brief heeft u op 19 december 2025 ontvangen. Daarmee is deze toezegging voldaan.\n\n"
        "De tweede toezegging, TZ202510-044, deed ik tijdens het notaoverleg Bouw van 6 oktober 2025. Ik zegde toe "
        "voor de zomer van 2026 een wetsvoorstel in te dienen. Het wetsvoorstel is in voorbereiding.\n\n"
        "De derde toezegging, TZ202511-007, betrof een proef met tien gemeenten die ik in het tweeminutendebat "
        "Huur van 4 november 2025 toezegde te starten voor 1 maart 2026. Omdat de gemeenten de proef zelf al "
        "uitvoeren, beschouw ik deze toezegging als vervallen.\n\nDe minister van Volkshuisvesting en Ruimtelijke "
        "Ordening,\n\nP. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 3);
    test_commitment_equal(r, 0, "MVRO", "2025-09-17", "voor 1 januari 2026", "commissiedebat Wonen", "TZ202509-031",
                          "settled");
    test_commitment_equal(r, 1, "MVRO", "2025-10-06", "voor de zomer van 2026", "notaoverleg Bouw", "TZ202510-044",
                          "progress");
    test_commitment_equal(r, 2, "MVRO", "2025-11-04", "voor 1 maart 2026", "tweeminutendebat Huur", "TZ202511-007",
                          "addressed");
    ki_refs_free(r);
}

/* A Kamer committee's list of a debate's promises: "Toezeggingen gedaan
 * in het commissiedebat X van D" (a heading with no colon) over numbered
 * items parted by blank lines, each "De minister zegt toe ..." made there
 * and then by the one of that rank the "Bewindspersonen" line names, its
 * number at the right margin of its last line (an item may run on past
 * "nr." at a line's end). */
static void test_committee_list(void **state)
{
    (void)state;
    const char *text =
        "Tweede Kamer der Staten-Generaal\nVaste commissie voor Onderwijs, Cultuur en Wetenschap\n\n"
        "Den Haag, 3 december 2026\nLijst van toezeggingen\n\nBewindspersonen: de minister van Onderwijs, "
        "Cultuur en Wetenschap, A. Bakker, en de staatssecretaris van Onderwijs, Cultuur en Wetenschap, B. "
        "Claes\n\nToezeggingen gedaan in het commissiedebat Leraren van 26 november 2026\n\n1. De minister zegt "
        "toe de Kamer voor 1 april 2027 te informeren over het lerarentekort in het speciaal onderwijs.       "
        "TZ202611-101\n\n2. De staatssecretaris zegt toe in te gaan op de motie van het lid Jansen over "
        "zij-instromers (Kamerstuk 27 923, nr.\n512) in de voortgangsbrief.                           "
        "TZ202611-102\n\n3. De staatssecretaris zegt toe het lid De Vries een afschrift te sturen van de brief "
        "aan de PO-Raad.                           TZ202611-103\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 3);
    test_commitment_equal(r, 0, "MOCW", "2026-11-26", "voor 1 april 2027", "commissiedebat Leraren", "TZ202611-101",
                          "made");
    test_commitment_equal(r, 1, "SOCW", "2026-11-26", NULL, "commissiedebat Leraren", "TZ202611-102", "made");
    test_commitment_equal(r, 2, "SOCW", "2026-11-26", NULL, "commissiedebat Leraren", "TZ202611-103", "made");
    ki_refs_free(r);
}

/* The Handelingen's own number with its item: on the "Vergaderjaar" line
 * ("Vergaderjaar 2025-2026 nr. 21, item 5"), or as the citation on a line
 * of its own under the house ("Handelingen II 2026-2027, nr. 14, item 7"),
 * which is then no reference of the text. */
static void test_hand_own_item(void **state)
{
    (void)state;
    const char *a = "Eerste Kamer der Staten-Generaal\nHandelingen\nVergaderjaar 2025-2026 nr. 19, item 3\n\n"
                    "Wet versterking regie volkshuisvesting\n\nDe voorzitter:\nAan de orde is de behandeling van "
                    "het wetsvoorstel.\n";
    ki_refs *r = test_detect(det, a, "2026-03-10");
    test_meta_equal(r, "handelingen", NULL, "h-ek-20252026-19-3", NULL);
    ki_refs_free(r);
    const char *b = "Tweede Kamer der Staten-Generaal\nHandelingen II 2026-2027, nr. 22, item 9\nVergadering van "
                    "woensdag 11 november 2026\n9 Stikstof\nAan de orde is het debat over stikstof.\n\nDe "
                    "voorzitter:\nHet woord is aan de minister.\n";
    r = test_detect(det, b, NULL);
    test_meta_equal(r, "handelingen", NULL, "h-tk-20262027-22-9", NULL);
    assert_int_equal(r->nhandelingen, 0);
    ki_refs_free(r);
}

/* A scanner's slips: a stray blank inside a document number right before
 * its bracket closes ("nr. 12 98)" is nr. 1298), not a number and a page
 * ("nr. 41 1" at a line's end, five digits "nr. 123 45)"); "rnotie" for
 * "motie". */
static void test_ocr_mend(void **state)
{
    (void)state;
    const char *text = "Den Haag, 2 november 2026\n\nGeachte voorzitter,\n\nDe rnotie van het lid Jansen (SP) "
                       "over de huurtoeslag (Kamerstuk 29 544, nr.\n12 98) is uitgevoerd. De motie van het lid De "
                       "Vries (CDA) (Kamerstuk 36 800 X, nr. 3 12) is afgedaan. Zie ook Kamerstuk 31 839, nr. 123 "
                       "45).\n\nTweede Kamer, vergaderjaar 2026-2027, 36 800 XII, nr. 41 1\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_kst_equal(r, "kst-29544-1298 kst-36800-X-312");
    test_motions_equal(r, "kst-29544-1298/Jansen/settled kst-36800-X-312/De Vries/settled", 0, true);
    ki_refs_free(r);
}

/* A beslisnota's reader is "u": "heeft u toegezegd ..." kept by the letter
 * "waarmee u dat doet" (settled); "uw toezegging uit X" is that one; "de
 * toezegging van MSZW en u in het commissiedebat X" is both theirs, made
 * there; "komt u de toezegging uit het commissiedebat van D na" keeps it. */
static void test_nota_reader(void **state)
{
    (void)state;
    const char *a =
        "Beslisnota\n\nAan: de minister van Onderwijs, Cultuur en Wetenschap\nDatum: 6 november 2026\n\n"
        "1. Aanleiding\nIn het commissiedebat Curriculum van 14 oktober jl. heeft u toegezegd de Kamer voor het "
        "kerstreces te informeren over de pilot. Bijgaand treft u de brief aan waarmee u dat doet.\n\n2. "
        "Kernpunten\nMet de bijgevoegde brief doet u de volgende toezeggingen af:\n- uw toezegging uit het "
        "commissiedebat Curriculum van 14 oktober jl. over de pilot;\n- de toezegging van MSZW en u in het "
        "commissiedebat Laaggeletterdheid van 2 juli jl. om de aansluiting met de taalgelden te verkennen.\n";
    ki_refs *r = test_detect(det, a, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "u", "2026-10-14", "voor het kerstreces", "commissiedebat Curriculum", "",
                          "settled");
    test_commitment_equal(r, 1, "MSZW u", "2026-07-02", NULL, "commissiedebat Laaggeletterdheid", "", "settled");
    ki_refs_free(r);
    const char *b = "Beslisnota\n\nAan: de minister van Volksgezondheid, Welzijn en Sport\nDatum: 2 oktober "
                    "2026\n\n1. Aanleiding\nIn het commissiedebat GGZ van 18 juni jl. heeft u toegezegd de "
                    "Kamer voor 1 november 2026 te informeren over de wachttijden.\n\n2. Kernpunten\n- Met de "
                    "brief komt u de toezegging uit het commissiedebat van 18 juni na.\n";
    r = test_detect(det, b, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "u", "2026-06-18", "voor 1 november 2026", "commissiedebat GGZ", "", "settled");
    ki_refs_free(r);
}

/* A motion heading over a paragraph that names its movers and its number
 * but not the word "motie" ("De leden X (P) en Y (Q) vroegen ...
 * (Kamerstuk N)"): the number and the parties are the heading's motion's.
 * A number a line broke from its "nr." ("nr.⏎23) vraagt ...") is no list
 * item "23)": the sentence goes on, and its "heb ik aan deze motie
 * uitvoering gegeven" settles the motion. */
static void test_heading_paragraph(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 1 juni 2026\n\nGeachte voorzitter,\n\nMotie Jansen en Pietersen over voedselzekerheid\nDe "
        "leden Jansen (GroenLinks-PvdA) en Pietersen (NSC) vroegen de regering zich in te zetten voor een "
        "noodfonds (Kamerstuk 21 501-04, nr. 281). De Commissie werkt een opzet uit.\n\nMotie Dijk over "
        "exportkredieten voor fossiele projecten\nDe motie van het lid Dijk (VVD) (Kamerstukken II 2025/26, 36 800 "
        "XVII, nr.\n23) vraagt om een overgangstermijn. Met mijn brief van 12 maart 2026 (Kamerstuk 26 485, nr. 461) "
        "heb ik aan deze motie uitvoering gegeven.\n\nDe minister voor Buitenlandse Handel,\n\nP. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-21501-04-281/Jansen+Pietersen/progress kst-36800-XVII-23/Dijk/settled", '+', true);
    assert_string_equal(r->motions[0].sponsors[0].party, "GroenLinks-PvdA");
    assert_string_equal(r->motions[0].sponsors[1].party, "NSC");
    ki_refs_free(r);
}

/* Status cells that open with a decision against ("Niet uitgevoerd: ...",
 * addressed) or with the later work that takes the item along ("Wordt
 * meegenomen in ...", progress), for motions and toezeggingen alike; "de
 * toezegging die mijn ambtsvoorganger deed bij X op D (T...)" is the
 * office's that signs. */
static void test_status_cells(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 15 september 2026\n\nGeachte voorzitter,\n\n| Motie | Kamerstuk | Stand van zaken |\n|---|---|"
        "---|\n| Motie van het lid Jansen (SP) over een huurbevriezing | 32 847, nr. 1371 | Niet uitgevoerd: een "
        "bevriezing past niet in de wet. |\n| Motie van het lid De Boer (CDA) over flexwonen | 29 861, nr. 132 | "
        "Wordt meegenomen in de Nota Wonen. |\n\nDe toezegging die mijn ambtsvoorganger deed bij de plenaire "
        "behandeling van het wetsvoorstel op 11 februari 2025 (T03655), de Kamer voor 1 juli 2026 te informeren, "
        "is nagekomen.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nP. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-32847-1371/Jansen/addressed kst-29861-132/De Boer/progress", 0, true);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MVRO", "2025-02-11", "voor 1 juli 2026", TEST_ANY, "T03655", "settled");
    ki_refs_free(r);
}

/* "In hetzelfde overleg heeft de minister toegezegd ...": the meeting and
 * day of the promise before ("overleg" alone is a venue after
 * "hetzelfde"); "Ik betreur het dat ik uw Kamer later dan toegezegd
 * informeer", paragraphs below the promise it is late on, is no second. */
static void test_same_meeting_late(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 1 juni 2026\n\nGeachte voorzitter,\n\nTijdens het wetgevingsoverleg van 15 april jl. heeft "
        "de staatssecretaris toegezegd uw Kamer voor het zomerreces te informeren over de concessies. Daarmee is "
        "deze toezegging nagekomen.\n\nIn hetzelfde overleg heeft de minister toegezegd voor het einde van dit "
        "jaar te laten onderzoeken of de veerdienst onder de regels valt. Dat onderzoek loopt nog. De uitkomsten "
        "volgen later omdat de provincies meer tijd vragen voor het aanleveren van hun gegevens over de "
        "vervoerders en de ritten per week, en omdat de concessies per regio verschillen in looptijd en "
        "omvang.\n\nIk betreur het dat ik uw Kamer later dan toegezegd informeer.\n\nDe minister van "
        "Infrastructuur en Waterstaat,\n\nP. de Wit\n\nDe staatssecretaris van Infrastructuur en "
        "Waterstaat,\n\nJ. Jansen\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 1, "MIenW", "2026-04-15", "voor het einde van dit jaar", "wetgevingsoverleg", "",
                          "progress");
    ki_refs_free(r);
}

/* "Met deze brief geef ik uitvoering aan twee moties en een toezegging
 * over X" counts what the letter takes up below, no record of its own;
 * "Toezegging T03701 deed mijn ambtsvoorganger in het mondeling overleg X
 * van D: ..." is the signing office's, made there and then. */
static void test_count_and_predecessor(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 20 november 2026\n\nGeachte voorzitter,\n\nMet deze brief geef ik uitvoering aan twee moties "
        "en een toezegging over de toegang van ondernemers tot een betaalrekening.\n\nToezegging T03701 deed mijn "
        "ambtsvoorganger in het mondeling overleg Netcongestie van 8 oktober 2024: uw Kamer wordt jaarlijks "
        "geinformeerd over de wachtrijen. Met deze brief is die toezegging nagekomen.\n\nDe minister van "
        "Klimaat en Groene Groei,\n\nP. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MKGG", "2024-10-08", NULL, "mondeling overleg Netcongestie", "T03701", "settled");
    ki_refs_free(r);
}

/* An answer that names the promise its question asked about ("11. Is de
 * toezegging ... uit het commissiedebat X van 12 maart 2026 nagekomen? /
 * Ja. Mijn toezegging (TZ...) om ... is nagekomen"): made in the meeting
 * the question names, on its day. */
static void test_answer_names_asked(void **state)
{
    (void)state;
    const char *text =
        "Lijst van vragen en antwoorden\n\nDen Haag, 10 oktober 2026\n\n11. Is de toezegging over de "
        "toegankelijkheid van stations uit het commissiedebat Openbaar vervoer van 12 maart 2026 nagekomen?\n"
        "Ja. Mijn toezegging (TZ202603-088) om uw Kamer voor 1 oktober 2026 te informeren over de stations is "
        "nagekomen met de brief van 30 september 2026.\n\nDe minister van Infrastructuur en Waterstaat,\n\n"
        "P. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MIenW", "2026-03-12", "voor 1 oktober 2026", "commissiedebat Openbaar vervoer",
                          "TZ202603-088", "settled");
    ki_refs_free(r);
}

/* A letter's opening count of what it takes up below ("Met deze brief
 * voldoe ik aan twee moties en een toezegging ... en doe ik verslag van een
 * derde motie en een⏎toezegging van de minister van X", "over twee
 * toezeggingen over het gevangeniswezen, zoals gevraagd in de brief van de
 * commissie") is no record; the promise told below is the one. */
static void test_opening_count(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 30 juni 2026\n\nGeachte voorzitter,\n\nMet deze brief voldoe ik aan twee moties en een "
        "toezegging over het personeel en doe ik verslag van de voortgang van een derde motie en een\ntoezegging "
        "van de minister van Defensie. Ook informeer ik u over twee toezeggingen over de reservisten, zoals "
        "gevraagd in de brief van de vaste commissie van 9 juni jl.\n\nIn het commissiedebat Personeel van 4 "
        "maart jl. heb ik toegezegd uw Kamer voor de zomer te informeren over de werving. Met deze brief kom ik "
        "die toezegging na.\n\nDe staatssecretaris van Defensie,\n\nP. de Wit\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "SDef", "2026-03-04", "voor de zomer", "commissiedebat Personeel", "", "settled");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_told),
        cmocka_unit_test(test_committee_list),
        cmocka_unit_test(test_hand_own_item),
        cmocka_unit_test(test_ocr_mend),
        cmocka_unit_test(test_nota_reader),
        cmocka_unit_test(test_heading_paragraph),
        cmocka_unit_test(test_status_cells),
        cmocka_unit_test(test_same_meeting_late),
        cmocka_unit_test(test_count_and_predecessor),
        cmocka_unit_test(test_answer_names_asked),
        cmocka_unit_test(test_opening_count),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
