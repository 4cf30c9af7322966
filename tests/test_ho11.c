/*
 * test_ho11.c - the detector (ingest/detect.h) on the forms of the eleventh
 * held-out set's kinds that are no commitments: a scanner's "rn" for "m"
 * in "nummer", an Aanhangsel answer's own id in its foot, an amendment's
 * "op stuk nr." in a debate on a bill, a second motion printed in a motion's
 * file, a motion named in a motion's considerans, "voer ik uit" as work
 * under way, the relation of a motion numbered in a footnote, "werkt dit
 * uit", "Doorlopend", "heb ik met ... uitgevoerd", a status "Vervalt", a
 * month name hyphenated at a line end.  Each case is a rule of the
 * language, written as its own short text, with look-alikes.
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

#define DATE "2026-12-01" /* the texts' own date */

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, DATE);
}

static void check_kst(const char *text, const char *want)
{
    test_check(det, text, DATE, want, NULL, 0, false);
}

static void check_motions(const char *text, const char *motions)
{
    test_check(det, text, DATE, NULL, motions, ',', true);
}

/* A scanner reads the "m" of "nummer" as "rn": "nurnmer 64" is nr. 64, in
 * brackets and alone in a sentence, its number also on the next line; and
 * a "1" of a dossier as "l" ("32 l23 VIII"), read as 1 after a Kamerstuk's
 * prefix only. */
static void test_ocr_rn_for_m(void **state)
{
    (void)state;
    check_kst("Het actieplan is aan uw Kamer gezonden (TK 2007-2008, 27 923, nurnmer 64).\n", "kst-27923-64");
    check_kst("1 Zie ook de brief over de beurs, TK 2008-2009, 31 289, nurnmer\n  62, en het verslag.\n",
              "kst-31289-62");
    check_kst("Zie Kamerstukken II 2010/11, 32 500 VIII, nurnrner 12.\n", "kst-32500-VIII-12");
    /* ... and an "l" for one "1" of a dossier after a full prefix */
    check_kst("De motie (Kamerstukken 11 2009/10, 32 l23 VIII, nr, 41) is uitgevoerd.\n", "kst-32123-VIII-41");
    check_kst("Zie het pakket van 32 l23 stuks, nr. 4.\n", "");
    /* look-alike: a word that is no number */
    check_kst("De nurnmer van de klant is 31 289 en die van de zaak 62.\n", "");
}

/* An Aanhangsel answer's own id printed alone on a line of its foot is not a
 * reference to itself; the same id cited in the text still is one. */
static void test_own_aanhangsel_foot(void **state)
{
    (void)state;
    const char *head = "Tweede Kamer der Staten-Generaal           Aanhangsel van de Handelingen\n"
                       "Vergaderjaar 2025\xE2\x80\x93" "2026\n"
                       "Vragen gesteld door de leden der Kamer, met de daarop door de regering\n"
                       "gegeven antwoorden\n\n1587\n\n"
                       "Vragen van het lid Van Asselt (VVD) aan de minister van Infrastructuur en Waterstaat "
                       "over overwegen (ingezonden 3 maart 2026).\n\n"
                       "Antwoord van minister Verhagen-Smit (Infrastructuur en Waterstaat) (ontvangen 27 maart "
                       "2026).\n\nVraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n\n";
    char text[2048];
    snprintf(text, sizeof text, "%sah-tk-20252026-1587\nISSN 1388-8951\n's-Gravenhage 2026      "
             "Aanhangsel Handelingen II 2025/26         1\n", head);
    ki_refs *r = detect(text);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "ah-tk-20252026-1587");
    assert_int_equal(r->nhandelingen, 0);
    ki_refs_free(r);
    /* a different answer's id at the foot stays */
    snprintf(text, sizeof text, "%sZie ook ah-tk-20252026-1211\n", head);
    r = detect(text);
    assert_int_equal(r->nhandelingen, 1);
    assert_string_equal(r->handelingen[0].id, "ah-tk-20252026-1211");
    ki_refs_free(r);
}

/* In a debate on a bill, an amendment "op stuk nr. 14" and a "nota van
 * wijziging (stuk nr. 9)" are that bill's, not the dossier of the motion a
 * speaker cited just before; a motion "op stuk nr." still takes the last
 * Kamerstuk's, and a letter (no debate) keeps the rule of the last one. */
static void test_debate_amendment_bill(void **state)
{
    (void)state;
    const char *head = "Wetgevingsoverleg Wijziging van de Wet op het primair onderwijs in verband\n"
                       "met de vrije schoolkeuze (36 512)\n\nVoorzitter: Jansen\n\nDe voorzitter:\n"
                       "Ik open dit wetgevingsoverleg over het wetsvoorstel 36 512.\n\nMinister Kuipers:\n"
                       "De motie van het lid Dekker over de schooltijden (31 293, nr. 700) voer ik uit.\n";
    char text[2048];
    snprintf(text, sizeof text, "%sDan het amendement op stuk nr. 14 van mevrouw Smit. Dat ontraad ik. De nota\n"
             "van wijziging (stuk nr. 9) regelt de overgang.\n", head);
    check_kst(text, "kst-31293-700 kst-36512-14 kst-36512-9");
    snprintf(text, sizeof text, "%sDe motie op stuk nr. 701 ontraad ik.\n", head);
    check_kst(text, "kst-31293-700 kst-31293-701");
    check_kst("Geachte voorzitter,\n\nHet wetsvoorstel 36 512 ligt bij uw Kamer. De motie van het lid Dekker "
              "(31 293, nr. 700) voer ik uit. Het amendement op stuk nr. 14 vraagt hetzelfde.\n",
              "kst-31293-700 kst-31293-14");
}

/* A Kamerstuk PDF that prints a motion and, on its next page, a gewijzigde
 * motie: the second page's "Nr. 52 GEWIJZIGDE MOTIE VAN DE LEDEN X EN Y"
 * is motion 52 of the same dossier with its own sponsors, the number it
 * replaces ("TER VERVANGING VAN DIE GEDRUKT ONDER NR. 40", after the first
 * page's own number in its foot) a motion too; a motion named in either's
 * considerans is cited, whatever the clause says of it. */
static const char *const two_motions =
    "Tweede Kamer der Staten-Generaal                                        2\n"
    "Vergaderjaar 2025\xE2\x80\x93" "2026\n\n"
    "36 800 XVI     Vaststelling van de begrotingsstaten van het Ministerie van\n"
    "               Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2026\n\n"
    "Nr. 45         MOTIE VAN HET LID DE KORTE-ELSHOUT\n"
    "               Voorgesteld 12 november 2025\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "constaterende dat de eerder aangenomen motie-Oudekerk c.s. (36 600 XVI,\n"
    "nr. 112) over respijtzorg nog niet volledig is uitgevoerd;\n\n"
    "verzoekt de regering, de wachtlijsten in kaart te brengen,\n\n"
    "en gaat over tot de orde van de dag.\n\nDe Korte-Elshout\n\n"
    "kst-36800-XVI-45\nISSN 0921 - 7371\n"
    "'s-Gravenhage 2025        Tweede Kamer, vergaderjaar 2025\xE2\x80\x93" "2026, 36 800 XVI, nr. 45     1\n"
    "------------------------------------------------------------------\n\n"
    "Tweede Kamer der Staten-Generaal                                        2\n"
    "Vergaderjaar 2025\xE2\x80\x93" "2026\n\n"
    "36 800 XVI     Vaststelling van de begrotingsstaten van het Ministerie van\n"
    "               Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2026\n\n"
    "Nr. 52         GEWIJZIGDE MOTIE VAN DE LEDEN VAN WAVEREN EN OUDEKERK\n"
    "               TER VERVANGING VAN DIE GEDRUKT ONDER NR. 40\n"
    "               Voorgesteld 13 november 2025\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "verzoekt de regering, met de VNG afspraken te maken over respijtzorg,\n\n"
    "en gaat over tot de orde van de dag.\n\nVan Waveren\nOudekerk\n";

static void test_two_motions_one_file(void **state)
{
    (void)state;
    ki_refs *r = detect(two_motions);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-36800-XVI-45");
    test_motions_equal(r, "kst-36800-XVI-45/De Korte-Elshout/cited kst-36600-XVI-112/Oudekerk/cited "
                          "kst-36800-XVI-52/Van Waveren,Oudekerk/cited kst-36800-XVI-40/-/cited",
                       ',', true);
    /* (the first page's "Nr. 45" is the document's own: no reference) */
    test_kst_equal(r, "kst-36600-XVI-112 kst-36800-XVI-40 kst-36800-XVI-52");
    ki_refs_free(r);
    /* a letter's "Nr. 12  MOTIE ..." line is no motion document's */
    check_kst("Geachte voorzitter,\n\nIn de bijlage:\nNr. 12  MOTIE VAN HET LID JANSEN (36 800 XVI, nr. 12)\n",
              "kst-36800-XVI-12");
}

/* The relation of the motion with Kamerstuk kst in r ("none" when there is
 * no such motion). */
static const char *relation_of(const ki_refs *r, const char *kst)
{
    for (size_t i = 0; i < r->nmotions; i++)
        if (r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, kst) == 0)
            return ki_relation_str(r->motions[i].relation);
    return "none";
}

/* A motion named in the considerans of a motion read out in a debate is
 * cited, not settled by the clause around it; after its "orde van de
 * dag" the speaker's report counts again. */
static void test_considerans_cites(void **state)
{
    (void)state;
    ki_refs *r = detect("De voorzitter:\nEr is een motie ingediend.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                        "constaterende dat de motie-Kat (31 066, nr. 1355) is uitgevoerd en afgedaan;\n\n"
                        "verzoekt de regering, de beoordeling af te ronden,\n\nen gaat over tot de orde van de dag.\n\n"
                        "Van Haga\n\nZij krijgt nr. 1420 (31 066).\n\n"
                        "Staatssecretaris Van Lier:\nDe motie-Dekker (31 066, nr. 1377) is uitgevoerd; ik beschouw haar "
                        "als afgedaan.\n");
    assert_string_equal(relation_of(r, "kst-31066-1355"), "cited");
    assert_string_equal(relation_of(r, "kst-31066-1377"), "settled");
    ki_refs_free(r);
}

/* "De motie-X voer ik uit via het programma ..." is work under way
 * (progress); with the means of this letter ("Met deze brief voer ik de
 * motie ... uit") or a word that it is done ("... voer ik uit met artikel
 * 1.7; die motie is daarmee uitgevoerd") it is settled. */
static void test_carrying_out(void **state)
{
    (void)state;
    check_motions("Geachte voorzitter,\n\nDe motie-Van Asselt c.s. (Kamerstuk 29 893, nr. 288) voer ik uit via het "
                  "programma dat ik in de brief van 14 januari heb beschreven.\n",
                  "kst-29893-288/Van Asselt/progress");
    check_motions("Geachte voorzitter,\n\nDe motie-Breukink c.s. over lasten (Kamerstukken II 2010/11, 32 500 VIII, "
                  "nr. 52) voer ik uit in het wetsvoorstel dat ik in het voorjaar aan uw Kamer zend.\n",
                  "kst-32500-VIII-52/Breukink/progress");
    check_motions("Geachte voorzitter,\n\nMet deze brief voer ik de motie van het lid Bikker (Kamerstuk 36 200, "
                  "nr. 12) uit.\n",
                  "kst-36200-12/Bikker/settled");
    check_motions("Geachte voorzitter,\n\nDe motie-Tellegen (31 322, nr. 512) voer ik uit met artikel 1.7 van het "
                  "besluit; die motie is daarmee uitgevoerd.\n",
                  "kst-31322-512/Tellegen/settled");
}

/* A motion whose number stands only in a footnote ("(NSC)4", "4 Kamerstuk
 * 24 515, nr. 830" at the page foot): what the rest of its sentence says of
 * it is its relation, as for a number in brackets. */
static void test_footnote_motion_relation(void **state)
{
    (void)state;
    check_motions("Geachte voorzitter,\n\nDe gewijzigde motie van het lid Keulen (NSC)4 over vroegsignalering van "
                  "schulden heeft de staatssecretaris met haar brief van 3 februari jl.5 afgedaan.\n\n_____\n"
                  "4 Kamerstuk 24 515, nr. 830.\n5 Kamerstuk 24 515, nr. 835.\n",
                  "kst-24515-830/Keulen/settled");
    check_motions("Geachte voorzitter,\n\nDe motie van het lid Keulen (NSC)4 over vroegsignalering noem ik hier "
                  "alleen volledigheidshalve.\n\n_____\n4 Kamerstuk 24 515, nr. 830.\n",
                  "kst-24515-830/Keulen/cited");
}

/* Cues the pattern rows miss: "De staatssecretaris werkt dit uit met de
 * VNG" (work under way, the subject before the verb), a register's status
 * "Doorlopend", and "De motie-X (...) heb ik met de bijgevoegde aanpassing
 * van het besluit uitgevoerd" (the motion named first, the means after). */
static void test_more_status_words(void **state)
{
    (void)state;
    check_motions("Geachte voorzitter,\n\nDe motie-Heutink/Slagter (Kamerstuk 36 800-XV, nr. 44) vraagt om een vast "
                  "aanspreekpunt in iedere gemeente. De staatssecretaris van Sociale Zaken en Werkgelegenheid werkt dit "
                  "uit met de VNG; in 41 gemeenten is "
                  "het er al.\n",
                  "kst-36800-XV-44/Heutink,Slagter/progress");
    check_motions("3 Moties\n\n3.3 Gewijzigde motie van de leden Kats en Ter Horst over monitoring\n"
                  "Vindplaats: Kamerstuk 33 576, nr. 452\nStatus: Doorlopend\n"
                  "Toelichting: de monitoring is onderdeel van de jaarlijkse Natuurbalans.\n",
                  "kst-33576-452/Kats,Ter Horst/progress");
    check_motions("Geachte voorzitter,\n\nDe motie van het lid Terpstra-Visser c.s. over het pakket thuis "
                  "(Kamerstukken I 2025/26, 36 610, F) heb ik met de bijgevoegde aanpassing van het Besluit "
                  "langdurige zorg uitgevoerd.\n",
                  "kst-36610-F/Terpstra-Visser/settled");
    /* look-alikes: a denied working out; "een doorlopende leerlijn" */
    check_motions("Geachte voorzitter,\n\nDe motie-Heutink (Kamerstuk 36 800-XV, nr. 44) vraagt om een aanspreekpunt. "
                  "De staatssecretaris werkt dit niet uit.\n",
                  "kst-36800-XV-44/Heutink/cited");
    check_motions("Geachte voorzitter,\n\nDe motie-Kats (Kamerstuk 33 576, nr. 452) vraagt om een doorlopende "
                  "leerlijn.\n",
                  "kst-33576-452/Kats/cited");
}

/* A register's status "Vervalt" (after "Status:" or alone in a table
 * cell) closes an item without it being done: addressed; the verb in a
 * sentence ("het formulier vervalt") is no status. */
static void test_status_vervalt(void **state)
{
    (void)state;
    check_motions("3 Moties\n\n3.4 Motie Schreurs over een herstelfonds voor de Waddenzee\n"
                  "Vindplaats: Kamerstuk 29 684, nr. 233\nStatus: Vervalt\n"
                  "Toelichting: het Waddenfonds is opgeheven; een apart herstelfonds is niet meer nodig.\n",
                  "kst-29684-233/Schreurs/addressed");
    check_motions("Motie\tVindplaats\tStatus\nMotie Schreurs over de Waddenzee\t29 684, nr. 233\tVervalt\n",
                  "kst-29684-233/Schreurs/addressed");
    check_motions("Geachte voorzitter,\n\nDe motie-Schreurs (Kamerstuk 29 684, nr. 233) vraagt om een fonds. Het "
                  "formulier vervalt per 1 juli.\n",
                  "kst-29684-233/Schreurs/cited");
}

/* A month broken at a line end by hyphenation is still that month: "op 11
 * novem-\nber 2009", "3 sep-\n  tember 2025"; a word that joins to no month
 * is none. */
static void test_month_hyphenated(void **state)
{
    (void)state;
    ki_date d;
    const char *a = "op 11 novem-\nber 2009 toegezegd";
    assert_true(ki_date_find(a, strlen(a), &d));
    assert_int_equal(d.year, 2009);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.day, 11);
    const char *b = "op 3 sep-\n  tember 2025 gedaan";
    assert_true(ki_date_find(b, strlen(b), &d));
    assert_int_equal(d.month, 9);
    assert_int_equal(d.year, 2025);
    const char *c = "de 11 novem-\nbertjes van 2009";
    assert_false(ki_date_find(c, strlen(c), &d) && d.day == 11);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ocr_rn_for_m),
        cmocka_unit_test(test_own_aanhangsel_foot),
        cmocka_unit_test(test_debate_amendment_bill),
        cmocka_unit_test(test_two_motions_one_file),
        cmocka_unit_test(test_considerans_cites),
        cmocka_unit_test(test_carrying_out),
        cmocka_unit_test(test_footnote_motion_relation),
        cmocka_unit_test(test_more_status_words),
        cmocka_unit_test(test_status_vervalt),
        cmocka_unit_test(test_month_hyphenated),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
