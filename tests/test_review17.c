/*
 * test_review17.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev17: Handelingen headers, transcript-site pages, older
 * Kamerstuk headings) found wrong: each case is a rule of the language,
 * written as its own short text.
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

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, "2025-06-15");
}

static void meta_equal(const char *text, const char *kind, const char *title, const char *self)
{
    ki_refs *r = detect(text);
    if (!r->kind || strcmp(r->kind, kind) != 0)
        fail_msg("kind: got \"%s\", want \"%s\"", r->kind ? r->kind : "(null)", kind);
    if (title && (!r->title || strcmp(r->title, title) != 0))
        fail_msg("title: got \"%s\", want \"%s\"", r->title ? r->title : "(null)", title);
    if (self ? !r->self_id || strcmp(r->self_id, self) != 0 : r->self_id != NULL)
        fail_msg("self: got \"%s\", want \"%s\"", r->self_id ? r->self_id : "(null)", self ? self : "(null)");
    ki_refs_free(r);
}

static void motions(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    test_motions_equal(r, want, '+', false);
    ki_refs_free(r);
}

/* The house of a sitting is the one its header names in full ("Tweede
 * Kamer der Staten-Generaal2012-2013nr. 13, item 7"); the chair telling the
 * Eerste Kamer something does not make it hers. */
static void test_house_named_in_full(void **state)
{
    (void)state;
    meta_equal("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
               "Tweede Kamer der Staten-Generaal2012-2013nr. 13, item 7\n\n7 Regeling van werkzaamheden\n\n"
               "De voorzitter:\n\nIk stel voor, de Eerste Kamer te laten weten dat het lid Oskam de plaats zal "
               "innemen van de heer Van Dam bij de verdediging van het wetsvoorstel (30519).\n",
               "handelingen", "Regeling van werkzaamheden", "h-tk-20122013-13-7");
    /* the Eerste Kamer's own header stays hers */
    meta_equal("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
               "Eerste Kamer der Staten-Generaal2012-2013nr. 13, item 7\n\n7 Regeling van werkzaamheden\n\n"
               "De voorzitter:\n\nIk stel voor, de Tweede Kamer te laten weten dat de Kamer instemt.\n",
               "handelingen", "Regeling van werkzaamheden", "h-ek-20122013-13-7");
}

/* A transcript site's page says what it is on the line above its number
 * ("Verslag van een schriftelijk overleg / Nummer: 2025D18687"); the
 * documents it lists with it ("- Beslisnota bij het verslag ...") are
 * others. */
static void test_page_type_verslag(void **state)
{
    (void)state;
    meta_equal("Verslag van een schriftelijk overleg over de kabinetsinzet voor de Raad van Europa (Kamerstuk "
               "20043-142)\nParlementaire Vergadering van de Raad van Europa\nVerslag van een schriftelijk overleg\n"
               "Nummer: 2025D18687, datum: 2025-04-23, bijgewerkt: 2025-04-24 11:34, versie: 1\n"
               "Gerelateerde personen:- Eerste ondertekenaar: J.F. Klaver, voorzitter van de vaste commissie\n"
               "Bijbehorend: Beslisnota bij het verslag van een schriftelijk overleg over de kabinetsinzet\n"
               "Onderdeel van kamerstukdossier 20043 -153 Parlementaire Vergadering van de Raad van Europa.\n"
               "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld, .. xxxx 2025\n"
               "Binnen de vaste commissie voor Buitenlandse Zaken hebben de fracties vragen voorgelegd.\n",
               "verslag", NULL, "kst-20043-153");
    /* an item of a list names another document, without a page type too */
    meta_equal("Stand van zaken uitvoering Wet open overheid\n\nMeegestuurde stukken:\n"
               "- Beslisnota bij de Kamerbrief over de Wet open overheid\n- Rapport van de Inspectie\n\n"
               "Geachte voorzitter,\n\nHierbij informeer ik u over de uitvoering van de Wet open overheid.\n",
               "brief", NULL, NULL);
}

/* A heading in capitals keeps the names of bodies in their written form
 * ("DE ALGEMENE REKENKAMER", "HOGE COLLEGES VAN STAAT"), and loses the
 * footnote mark glued to its last word ("HUIS VAN DE KONING1"). */
static void test_heading_bodies_and_footnote(void **state)
{
    (void)state;
    meta_equal("34 000 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
               "Koninkrijksrelaties (VII) voor het jaar 2015\n\nNr. 8 BRIEF VAN DE ALGEMENE REKENKAMER\n\n"
               "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 27 oktober 2014\n\n"
               "Met deze brief ontvangt uw Kamer enkele aandachtspunten.\n",
               "brief",
               "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
               "Koninkrijksrelaties (VII) voor het jaar 2015; Brief van de Algemene Rekenkamer",
               "kst-34000-VII-8");
    meta_equal("35 261 Wijziging van de Algemene wet bestuursrecht (Wet modernisering elektronisch bestuurlijk "
               "verkeer)\n\nB VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES "
               "VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING1\n\nVastgesteld 21 juni 2022\n\n"
               "De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel.\n",
               "verslag",
               "Wijziging van de Algemene wet bestuursrecht (Wet modernisering elektronisch bestuurlijk verkeer); "
               "Voorlopig verslag van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van Staat / "
               "Algemene Zaken en Huis van de Koning",
               "kst-35261-B");
    meta_equal("32 500 XVI Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2011\n\n"
               "Nr. 155 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG12\n\nVastgesteld 25 juli 2011\n\n"
               "In de vaste commissie bestond er behoefte vragen voor te leggen.\n",
               "verslag",
               "Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2011; Verslag van een "
               "schriftelijk overleg",
               "kst-32500-XVI-155");
}

/* A PDF's text with a blank line after each line parts a heading in
 * capitals from its last word ("A BRIEF VAN DE VOORZITTER VAN DE WERKGROEP /
 * ZELFEVALUATIE"): a word or two in capitals with the letter's address or
 * date below them still belong to it; a heading that stops there does not
 * take the next capitals. */
static void test_heading_wrapped_past_blank(void **state)
{
    (void)state;
    meta_equal("Eerste Kamer der Staten-Generaal\n\n1\n\nVergaderjaar 2021–2022\n\nCXLVIII Rapport van de werkgroep "
               "zelfevaluatie naar aanleiding van de toeslagenaffaire\n\nA BRIEF VAN DE VOORZITTER VAN DE WERKGROEP\n\n"
               "ZELFEVALUATIE\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 21 december 2021\n\n"
               "Op 17 december 2020 is het rapport gepubliceerd.\n",
               "brief",
               "Rapport van de werkgroep zelfevaluatie naar aanleiding van de toeslagenaffaire; Brief van de "
               "voorzitter van de werkgroep zelfevaluatie",
               "kst-CXLVIII-A");
    meta_equal("32 500 XVI Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2011\n\n"
               "Nr. 3 MEMORIE VAN TOELICHTING\n\nALGEMEEN\n\nDit wetsvoorstel regelt de begroting.\n",
               "other",
               "Vaststelling van de begrotingsstaten van het Ministerie van VWS voor het jaar 2011; Memorie van "
               "toelichting",
               "kst-32500-XVI-3");
}

/* The older Kamerstuk gave the Raad van State's advice a letter of its own
 * line ("26 363 / Wijziging van de Postwet ... / A / ADVIES RAAD VAN STATE
 * EN NADER RAPPORT1 Hieronder ..."), as the Eerste Kamer does its letters. */
static void test_letter_advies_header(void **state)
{
    (void)state;
    meta_equal("Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1998–1999\n26 363\nWijziging van de Postwet\nA\n"
               "ADVIES RAAD VAN STATE EN NADER RAPPORT1 Hieronder zijn opgenomen het advies van de Raad van State "
               "d.d. 22 oktober 1998 en het nader rapport d.d. 21 december 1998.\n",
               "other", "Wijziging van de Postwet; Advies Raad van State en nader rapport", "kst-26363-A");
}

/* An older sitting's first item opens with its number and date ("76ste
 * vergadering / Donderdag 1 mei 1997 / Voorzitter: Weisglas / Tegenwoordig
 * zijn 82 leden"): the sitting is h-tk-19961997-76, its vergaderjaar that of
 * the date. */
static void test_sitting_opening(void **state)
{
    (void)state;
    meta_equal("76ste vergadering\n\nDonderdag 1 mei 1997\n\n10.15 uur\n\nVoorzitter: Weisglas\n\n"
               "Tegenwoordig zijn 82 leden, te weten:\n\nVan Ardenne-van der Hoeven, Assen en Wolters,\n\n"
               "en mevrouw De Boer, minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer.\n",
               "handelingen", NULL, "h-tk-19961997-76");
    meta_equal("11de vergadering\n\nWoensdag 8 oktober 1997\n\n10.15 uur\n\nVoorzitter: Doelman-Pel\n\n"
               "Tegenwoordig zijn 105 leden, te weten:\n\nAssen, Bakker en Zijlstra.\n",
               "handelingen", NULL, "h-tk-19971998-11");
}

/* A (voorlopig) verslag says what it is in its first sentence ("Het
 * voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding
 * gegeven tot het maken van een aantal opmerkingen ..."), also where a page
 * left out its heading. */
static void test_verslag_opening_sentence(void **state)
{
    (void)state;
    meta_equal("Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
               "Eerste Kamer der Staten-Generaal | 2012-2013 | 30372 nr. B |\nVastgesteld 26 maart 2013\n"
               "Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken "
               "van een aantal opmerkingen en het stellen van een aantal vragen.\nDe leden van de VVD-fractie hebben "
               "met belangstelling kennisgenomen van het voorstel.\n",
               "verslag", NULL, "kst-30372-B");
}

/* "de motie van van het lid X": a word the writer doubled does not hide
 * the sponsor. */
static void test_doubled_van(void **state)
{
    (void)state;
    motions("Naast het verslag treft u informatie aan over het Brexit Adjustment Reserve en de motie van van het "
            "lid Jasper van Dijk (Kamerstuk 35 663, nr.19) over meer balans in de gesprekken.\n",
            "kst-35663-19/Jasper van Dijk");
}

/* "Motie" alone on a page's line, its next field below it ("Motie⏎⏎Nummer:
 * 2025D03540"): no sponsor "Nummer".  A name after "motie" stays in its
 * sentence. */
static void test_type_line_no_sponsor(void **state)
{
    (void)state;
    motions("Motie van het lid Van Nispen over het serieus nemen van taken\n\nMotie\n\n"
            "Nummer: 2025D03540, datum: 2025-01-30, versie: 3\n",
            "-/Van Nispen");
    motions("Motie\nNummer: 2025D03540, datum: 2025-01-30\n", "");
    /* a bare name in its sentence stays a sponsor */
    motions("De motie Slob/De Rouwe (30 523, nr. 52) is uitgevoerd.\n", "kst-30523-52/Slob+De Rouwe");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_house_named_in_full),
        cmocka_unit_test(test_page_type_verslag),
        cmocka_unit_test(test_heading_bodies_and_footnote),
        cmocka_unit_test(test_heading_wrapped_past_blank),
        cmocka_unit_test(test_letter_advies_header),
        cmocka_unit_test(test_sitting_opening),
        cmocka_unit_test(test_verslag_opening_sentence),
        cmocka_unit_test(test_doubled_van),
        cmocka_unit_test(test_type_line_no_sponsor),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
