/*
 * test_review16.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev16: regelingen van werkzaamheden, flattened PDF headers)
 * found wrong: each case is a rule of the language, written as its own
 * short text.
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

#define DATE "2025-06-15" /* the texts' own date */

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, DATE);
}

static void check(const char *text, const char *kst)
{
    test_check(det, text, DATE, kst, NULL, 0, false);
}

/* "voor de stukken 31761, 31741, 31718, nr. 1, ...": dossiers parted by
 * commas alone are a list's items, each its own; the number is only the
 * last one's.  A joint document ("A, B en C, nr. 7", "A/B, nr. 19",
 * "Kamerstukken A, B, nr. 7") keeps the number for all. */
static void test_comma_list_of_stukken(void **state)
{
    (void)state;
    check("Ik deel aan de Kamer mee dat voor de stukken 31761, 31754 (R1869), 31741, 31743, 31718, nr. 1, "
          "31725 (R1867), 31708, nr. 1, 31747, 23490, nr. 528, 23490, nrs. 517 en 525 de termijnen zijn verstreken.",
          "kst-31718-1 kst-31708-1 kst-23490-528 kst-23490-517 kst-23490-525");
    check("Voor de stukken 31744, 28286, nr. 232 en 27923, nr. 65 is de termijn verstreken.",
          "kst-28286-232 kst-27923-65");
    /* joint documents stay joint */
    check("Zie de brief (Kamerstukken 35 234, 35 235, 35 236 en 35 237, nr. 7).",
          "kst-35234-7 kst-35235-7 kst-35236-7 kst-35237-7");
    check("de brief van 19 december 2007 (31 031/29 949, nr. 19)", "kst-31031-19");
}

static void meta_equal(const char *text, const char *kind, const char *title, const char *self)
{
    ki_refs *r = detect(text);
    if (!r->kind || strcmp(r->kind, kind) != 0)
        fail_msg("kind: got \"%s\", want \"%s\"", r->kind ? r->kind : "(null)", kind);
    if (title ? !r->title || strcmp(r->title, title) != 0 : r->title != NULL)
        fail_msg("title: got \"%s\", want \"%s\"", r->title ? r->title : "(null)", title ? title : "(null)");
    if (self ? !r->self_id || strcmp(r->self_id, self) != 0 : r->self_id != NULL)
        fail_msg("self: got \"%s\", want \"%s\"", r->self_id ? r->self_id : "(null)", self ? self : "(null)");
    ki_refs_free(r);
}

/* A heading in capitals that a flattened page runs on into the text on its
 * line ends where the capitals end: "VERSLAG VAN EEN ALGEMEEN OVERLEG
 * Vastgesteld 7 april 2000 De vaste commissie ..." */
static void test_heading_run_on(void **state)
{
    (void)state;
    meta_equal("Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1999–2000\n21 501-08\nMilieuraad\nNr. 108\n"
               "VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste commissie voor VROM heeft op 16 "
               "maart 2000 overleg gevoerd met minister Pronk.\n",
               "verslag", "Milieuraad; Verslag van een algemeen overleg", "kst-21501-08-108");
    meta_equal("31 700 XVI Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2009\n"
               "Nr. 112 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT Aan de Voorzitter van de Tweede "
               "Kamer der Staten-Generaal Den Haag, 3 maart 2009\nGeachte voorzitter,\n",
               "brief",
               "Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2009; Brief van de "
               "minister van Volksgezondheid, Welzijn en Sport",
               "kst-31700-XVI-112");
    /* a heading on its own line, and one in small letters, are whole */
    meta_equal("21 501-08 Milieuraad\nNr. 108 VERSLAG VAN EEN ALGEMEEN OVERLEG\nVastgesteld 7 april 2000\n",
               "verslag", "Milieuraad; Verslag van een algemeen overleg", "kst-21501-08-108");
}

/* The Eerste Kamer's older layout: the letter on the dossier's line after
 * its sub, the heading below the dossier title without a letter. */
static void test_ek_letter_on_dossier_line(void **state)
{
    (void)state;
    meta_equal("Eerste Kamer der Staten-Generaal\n1\nVergaderjaar 2005-2006\n30300 VII A\nVaststelling van de "
               "begrotingsstaat van het Ministerie van BZK (VII) voor het jaar 2006\nVERSLAG VAN EEN MONDELING "
               "OVERLEG\nVastgesteld 28 november 2005\nDe vaste commissie heeft overleg gevoerd.\n",
               "verslag",
               "Vaststelling van de begrotingsstaat van het Ministerie van BZK (VII) voor het jaar 2006; Verslag "
               "van een mondeling overleg",
               "kst-30300-VII-A");
}

/* A header that a transcript of the PDF ran into one line with the text:
 * the vergaderjaar, the dossier (sub, letter), its title, "Nr. N" or a
 * letter, the heading in capitals, then the text. */
static void test_flattened_header(void **state)
{
    (void)state;
    static const char body[] = " De vaste commissie heeft overleg gevoerd met de minister over de brief van 1 december "
                               "2008 en over andere zaken, zodat deze regel lang is zoals de pagina van een "
                               "transcriptiesite die een heel blad op een regel zet.\n";
    char t[1024];
    snprintf(t, sizeof t, "%s%s",
             "Eerste Kamer der Staten-Generaal 1 Vergaderjaar 2005-2006 30300 VII A Vaststelling van de "
             "begrotingsstaat van het Ministerie van BZK (VII) voor het jaar 2006 VERSLAG VAN EEN MONDELING OVERLEG "
             "Vastgesteld 28 november 2005",
             body);
    meta_equal(t, "verslag",
               "Vaststelling van de begrotingsstaat van het Ministerie van BZK (VII) voor het jaar 2006; Verslag "
               "van een mondeling overleg",
               "kst-30300-VII-A");
    snprintf(t, sizeof t, "%s%s",
             "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2008–2009 31 700 XVI Vaststelling van de "
             "begrotingsstaten van VWS voor het jaar 2009 Nr. 112 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 3 "
             "maart 2009",
             body);
    meta_equal(t, "verslag", "Vaststelling van de begrotingsstaten van VWS voor het jaar 2009; Verslag van een "
               "algemeen overleg", "kst-31700-XVI-112");
    snprintf(t, sizeof t, "%s%s",
             "Eerste Kamer der Staten-Generaal 1 Vergaderjaar 2024–2025 36 600 B Vaststelling van de "
             "begrotingsstaat van het gemeentefonds voor het jaar 2025 K VERSLAG VAN EEN SCHRIFTELIJK OVERLEG "
             "Vastgesteld 13 mei 2025",
             body);
    meta_equal(t, "verslag", "Vaststelling van de begrotingsstaat van het gemeentefonds voor het jaar 2025; Verslag "
               "van een schriftelijk overleg", "kst-36600-B-K");
    /* a vergaderjaar without a dossier after it is no header */
    snprintf(t, sizeof t, "%s%s", "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2008–2009 Over de brief van 3 "
             "maart is in de commissie gesproken.", body);
    ki_refs *r = detect(t);
    assert_null(r->self_id);
    ki_refs_free(r);
}

/* Names with a Latin Extended-A letter ("Ş", "Ğ", "Ć"): written in
 * capitals in a motion's heading, in title case as a sponsor and in the
 * title; one may begin a name. */
static void test_latin_ext_names(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"KOŞER KAYA", "Koşer Kaya"}, {"GÜNDOĞAN", "Gündoğan"}, {"KOSTIĆ", "Kostić"}, {"ŞAHIN", "Şahin"}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char t[256], title[160];
        snprintf(t, sizeof t, "35 300 VII Vaststelling\nNr. 17 MOTIE VAN HET LID %s\nVoorgesteld 12 november "
                 "2019\nDe Kamer,\n", cases[k][0]);
        ki_refs *r = detect(t);
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].nsponsors, 1);
        assert_string_equal(r->motions[0].sponsors[0].name, cases[k][1]);
        snprintf(title, sizeof title, "Vaststelling; Motie van het lid %s", cases[k][1]);
        assert_string_equal(r->title, title);
        ki_refs_free(r);
    }
    ki_refs *r = detect("De motie van het lid Şahin (36200, nr. 5) is aangenomen.");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Şahin");
    ki_refs_free(r);
}

/* Handelingen before 2011 are cited by page, "blz.", "pag." or "p.", or
 * the page alone before the bracket closes: the id takes the first page. */
static void test_handelingen_page(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"Zie Handelingen TK 2007-2008, pag. 4709-4713.", "h-tk-20072008-4709"},
        {"Zie (Handelingen II 2005/06, p. 5631).", "h-tk-20052006-5631"},
        {"Zie Handelingen II 1997/98, blz. 4512.", "h-tk-19971998-4512"},
        {"Zie Handelingen II 1997/98, pp. 4512-4520.", "h-tk-19971998-4512"},
        /* a bare page that closes the citation */
        {"Zie (Handelingen II 2005/06, 5631).", "h-tk-20052006-5631"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k][0]);
        if (r->nhandelingen != 1 || strcmp(r->handelingen[0].id, cases[k][1]) != 0)
            fail_msg("%s: got %zu, %s", cases[k][0], r->nhandelingen,
                     r->nhandelingen ? r->handelingen[0].id : "-");
        ki_refs_free(r);
    }
}

/* The older Aanhangsel: the chamber's mark "2" under "Tweede Kamer der
 * Staten-Generaal" is not its number; "(Ingezonden ...)" with a capital ends
 * the question line's title; the answering minister's department of the
 * time ("(Justitie)") gives the actor. */
static void test_older_aanhangsel(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2008–2009\nAanhangsel van de Handelingen\n"
                        "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden\n"
                        "2345\nVragen van het lid Koşer Kaya (D66) aan de minister van Justitie over de aanpak van "
                        "stalking. (Ingezonden 3 maart 2009)\n1\nKent u het bericht?\nAntwoord van minister Hirsch "
                        "Ballin (Justitie) (Ontvangen 1 april 2009)\n1\nJa. Ik zal de Kamer voor de zomer informeren "
                        "over de uitkomsten.\n");
    assert_string_equal(r->kind, "antwoord");
    assert_string_equal(r->self_id, "ah-tk-20082009-2345");
    assert_string_equal(r->title,
                        "Vragen van het lid Koşer Kaya (D66) aan de minister van Justitie over de aanpak van stalking");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MJ");
    ki_refs_free(r);
}

/* The same Aanhangsel run into one line by a transcript: its number after
 * "... gegeven antwoorden", its question line the title. */
static void test_flattened_aanhangsel(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2008–2009 Aanhangsel van de Handelingen Vragen "
                        "gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 2345 Vragen "
                        "van het lid Koşer Kaya (D66) aan de minister van Justitie over de aanpak van stalking. "
                        "(Ingezonden 3 maart 2009) 1 Kent u het bericht? Antwoord van minister Hirsch Ballin (Justitie) "
                        "(Ontvangen 1 april 2009) 1 Ja.\n");
    assert_non_null(r->self_id);
    assert_non_null(r->title);
    assert_string_equal(r->self_id, "ah-tk-20082009-2345");
    assert_string_equal(r->title,
                        "Vragen van het lid Koşer Kaya (D66) aan de minister van Justitie over de aanpak van stalking");
    ki_refs_free(r);
}

/* Departments of earlier cabinets name their bewindspersoon too. */
static void test_older_departments(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"de staatssecretaris van Justitie", "SJ"},
        {"de minister van Justitie en Veiligheid", "MJenV"},
        {"de minister voor Vreemdelingenzaken en Integratie", "MVI"},
        {"de minister voor Grote Steden- en Integratiebeleid", "MGSI"},
        {"de minister voor Bestuurlijke Vernieuwing en Koninkrijksrelaties", "MBVK"},
        {"de minister van Landbouw, Natuurbeheer en Visserij", "MLNV"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char t[256];
        snprintf(t, sizeof t, "Den Haag, 4 oktober 2000\n%c%s zal de Kamer voor de zomer informeren over het "
                 "onderzoek.\n", 'D', cases[k][0] + 1);
        ki_refs *r = detect(t);
        if (r->ncommitments != 1 || r->commitments[0].nactors != 1 ||
            strcmp(r->commitments[0].actors[0], cases[k][1]) != 0)
            fail_msg("%s: got %zu commitments, actor %s", cases[k][0], r->ncommitments,
                     r->ncommitments && r->commitments[0].nactors ? r->commitments[0].actors[0] : "-");
        ki_refs_free(r);
    }
}

/* An Eerste Kamer agenda item names its letter at the start of its line,
 * without brackets: "1. 32820, A", "3. 36410 VIII, C", and a joint letter
 * "2. 35526 / 25295, AP (betrokken commissies: ...)" in both dossiers. */
static void test_ek_agenda_letters(void **state)
{
    (void)state;
    check("Korte aantekeningen vergadering commissie OCW van 12 december 2023\n1. 32820, A\n\nBrief van de "
          "staatssecretaris van OCW.\n\n2. 35526 / 25295, AP (betrokken commissies: J&V en VWS)\n\nBrief van de "
          "minister van VWS.\n3. 36410 VIII, C\nVerslag van een schriftelijk overleg (36410 VIII, C).\n",
          "kst-32820-A kst-35526-AP kst-25295-AP kst-36410-VIII-C kst-36410-VIII-C");
    /* a number in a sentence or a list line is none */
    check("In 2023 waren er 32 820, A en B zeiden het.\n1. Het bedrag 12 345, A is geen stuk.\n32 820, A en B.\n", "");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_comma_list_of_stukken),
        cmocka_unit_test(test_heading_run_on),
        cmocka_unit_test(test_ek_letter_on_dossier_line),
        cmocka_unit_test(test_flattened_header),
        cmocka_unit_test(test_latin_ext_names),
        cmocka_unit_test(test_handelingen_page),
        cmocka_unit_test(test_older_aanhangsel),
        cmocka_unit_test(test_older_departments),
        cmocka_unit_test(test_flattened_aanhangsel),
        cmocka_unit_test(test_ek_agenda_letters),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
