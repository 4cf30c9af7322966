/*
 * test_review15.c - the detector (ingest/detect.h) on forms a review of 25
 * real excerpts (real15: berthub pages, motion documents, stemmingslijsten,
 * verslagen) found wrong: each case is a rule of the language.
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

/* A page about a Kamerstuk links to the document itself by its id
 * ("officiële HTML versie (kst-35256-4)"): that is the document's own id,
 * not a citation, also when no "Nr. 4 ..." header follows the page's head.
 * Another document's id written the same way stays a citation. */
static void test_own_link_as_id(void **state)
{
    (void)state;
    static const char page[] =
        "Advies Afdeling advisering Raad van State en Nader rapport\n"
        "Wijziging van de Algemene wet bestuursrecht en enkele andere wetten in verband met het nieuwe "
        "omgevingsrecht en nadeelcompensatierecht\n"
        "Advies Afdeling advisering Raad van State en Nader rapport\n"
        "Nummer: 2019D30995, datum: 2019-07-10, bijgewerkt: 2024-02-19 10:56, versie: 3\n"
        "Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site, offici\xC3\xAB"
        "le HTML versie (kst-35256-4).\n"
        "Gerelateerde personen:- Eerste ondertekenaar: Th.C. de Graaf, vicepresident van de Raad van State\n"
        "Onderdeel van kamerstukdossier 35256 -4 Wijziging van de Algemene wet bestuursrecht.\n"
        "Onderdeel van zaak 2019Z15077:\n"
        "- Indiener: S. Dekker, minister voor Rechtsbescherming\n";
    ki_refs *r = detect(page);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-35256-4");
    test_kst_equal(r, "");
    ki_refs_free(r);

    static const char other[] =
        "Advies Afdeling advisering Raad van State en Nader rapport\n"
        "Wijziging van de Algemene wet bestuursrecht\n"
        "Advies Afdeling advisering Raad van State en Nader rapport\n"
        "Nummer: 2019D30995, datum: 2019-07-10, bijgewerkt: 2024-02-19 10:56, versie: 3\n"
        "Directe link naar document (.pdf), offici\xC3\xAB" "le HTML versie (kst-35256-4).\n"
        "Onderdeel van kamerstukdossier 35256 -4 Wijziging van de Algemene wet bestuursrecht.\n"
        "Onderdeel van zaak 2019Z15077:\n"
        "Zie ook het voorstel van wet (kst-35256-2).\n";
    r = detect(other);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-35256-4");
    test_kst_equal(r, "kst-35256-2");
    ki_refs_free(r);
}

/* A page about a Kamer document (berthub's layout: title, dossier, type
 * line, "Nummer: 2023D48516, ...") has its title on the first line, also
 * when that title is one or two words. */
static void test_short_page_title(void **state)
{
    (void)state;
    static const char page[] =
        "Wijzigingen Natuurherstelverordening\n"
        "Milieuraad\n"
        "Brief regering\n"
        "Nummer: 2023D48516, datum: 2023-12-08, bijgewerkt: 2024-02-19 10:56, versie: 3\n"
        "Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site, offici\xC3\xAB"
        "le HTML versie (kst-21501-08-928).\n"
        "Gerelateerde personen:- Eerste ondertekenaar: C. van der Wal, minister voor Natuur en Stikstof\n"
        "Onderdeel van zaak 2023Z19876:\n"
        "Preview document\n"
        "Tweede Kamer der Staten-Generaal | 2 |\n"
        "Vergaderjaar 2023-2024 |\n"
        "21 501-08 Milieuraad\n"
        "Nr. 928 BRIEF VAN DE MINISTER VOOR NATUUR EN STIKSTOF\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 8 december 2023\n"
        "Conform het verzoek van de vaste commissie ga ik in deze brief in op het voorlopig akkoord.\n";
    ki_refs *r = detect(page);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Wijzigingen Natuurherstelverordening");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-21501-08-928");
    ki_refs_free(r);

    static const char one[] =
        "Natuurherstelverordening\n"
        "Milieuraad\n"
        "Brief regering\n"
        "Nummer: 2023D48516, datum: 2023-12-08, bijgewerkt: 2024-02-19 10:56, versie: 3\n"
        "Onderdeel van zaak 2023Z19876:\n"
        "Geachte voorzitter,\n"
        "Hierbij informeer ik u over het voorlopig akkoord.\n";
    r = detect(one);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Natuurherstelverordening");
    ki_refs_free(r);
}

/* A Kamer page headed "TYPE : ONDERWERP" whose onderwerp only repeats the
 * document's kind ("Verslag (initiatief)wetsvoorstel (nader) : Verslag",
 * "Memorie van toelichting : Memorie van toelichting") has no onderwerp of
 * its own: the Kamerstuk header's "DOSSIER; Heading" is the title.  A real
 * onderwerp ("Brief regering : Voortgang ...") stays the title. */
static void test_type_line_repeats_kind(void **state)
{
    (void)state;
    ki_refs *r = detect("Verslag (initiatief)wetsvoorstel (nader) : Verslag\n"
                        "35 497 Tweede Verzamelspoedwet COVID-19\n"
                        "Nr. 5 VERSLAG\n"
                        "Vastgesteld 23 juni 2020\n"
                        "De vaste commissie voor Onderwijs, Cultuur en Wetenschap, belast met het voorbereidend\n"
                        "onderzoek van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen.\n");
    assert_non_null(r->title);
    assert_string_equal(r->title, "Tweede Verzamelspoedwet COVID-19; Verslag");
    assert_string_equal(r->kind, "verslag");
    ki_refs_free(r);

    r = detect("Memorie van toelichting : Memorie van toelichting\n"
               "36 410 Wijziging van de Wet op de jeugdzorg\n"
               "Nr. 3 MEMORIE VAN TOELICHTING\n"
               "I. ALGEMEEN DEEL\n"
               "Dit wetsvoorstel regelt de reikwijdte van de jeugdzorg opnieuw.\n");
    assert_non_null(r->title);
    assert_string_equal(r->title, "Wijziging van de Wet op de jeugdzorg; Memorie van toelichting");
    ki_refs_free(r);

    r = detect("Brief regering : Voortgang aanpak ondermijning\n"
               "29 911 Bestrijding georganiseerde criminaliteit\n"
               "Nr. 300 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n"
               "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
               "Den Haag, 3 maart 2025\n"
               "Met deze brief informeer ik u over de voortgang.\n");
    assert_non_null(r->title);
    assert_string_equal(r->title, "Voortgang aanpak ondermijning");
    ki_refs_free(r);
}

/* A motion document's heading in capitals names a member with a double
 * surname: the second part's particle is written in lower case, as the
 * Kamer writes it ("FABER-VAN DE KLASHORST" -> "Faber-van de Klashorst",
 * "AIKING-VAN WAGENINGEN" -> "Aiking-van Wageningen"), in the sponsor and in
 * the title; a second part without particle keeps its capital
 * ("VAN KOOTEN-ARISSEN" -> "Van Kooten-Arissen"). */
static void test_double_name_in_caps(void **state)
{
    (void)state;
    ki_refs *r = detect("Eerste Kamer der Staten-Generaal\n"
                        "Vergaderjaar 2021-2022\n"
                        "35 788 Regeringsverklaring\n"
                        "D MOTIE VAN HET LID FABER-VAN DE KLASHORST C.S.\n"
                        "Voorgesteld 15 februari 2022\n"
                        "De Kamer,\n"
                        "gehoord de beraadslaging,\n"
                        "verzoekt de regering de AOW-uitkering niet te ontkoppelen van het minimumloon,\n"
                        "en gaat over tot de orde van de dag.\n"
                        "Faber-van de Klashorst\n"
                        "Van Rooijen\n");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35788-D");
    assert_string_equal(r->motions[0].sponsors[0].name, "Faber-van de Klashorst");
    assert_non_null(r->title);
    assert_string_equal(r->title, "Regeringsverklaring; Motie van het lid Faber-van de Klashorst c.s.");
    ki_refs_free(r);

    r = detect("Tweede Kamer der Staten-Generaal\n"
               "Vergaderjaar 2019-2020\n"
               "35 300 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken\n"
               "Nr. 17 MOTIE VAN DE LEDEN AIKING-VAN WAGENINGEN EN VAN KOOTEN-ARISSEN\n"
               "Voorgesteld 13 november 2019\n"
               "De Kamer,\n"
               "gehoord de beraadslaging,\n"
               "verzoekt de regering een jaarlijkse monitor in te stellen,\n"
               "en gaat over tot de orde van de dag.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Aiking-van Wageningen");
    assert_string_equal(r->motions[0].sponsors[1].name, "Van Kooten-Arissen");
    ki_refs_free(r);
}

/* The relation of a motion: the sentence after it counts only while no other
 * motion is named in it.  "De motie-Thijssen ... is aangenomen. Ter
 * uitvoering van de motie Marijnissen c.s. ... is een plan opgesteld." says
 * nothing of Thijssen's motion (cited), the plan is Marijnissen's; with "de
 * motie" alone the next sentence is about the first one (addressed). */
static void test_next_sentence_names_other_motion(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\n"
                        "De motie-Thijssen over de Klimaatnota is aangenomen.\n\n"
                        "Ter uitvoering van de motie Marijnissen c.s. (Kamerstuk 35510-21) is een plan opgesteld.\n");
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Thijssen");
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    assert_string_equal(r->motions[1].sponsors[0].name, "Marijnissen");
    assert_int_equal(r->motions[1].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\n"
               "De motie-Thijssen over de Klimaatnota is aangenomen.\n\n"
               "Ter uitvoering van de motie is een plan opgesteld.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
}

/* A motion named by its number first, its sponsors after the bracket:
 * "de motie (Kamerstuk 35 510, nr. 21) van het lid Omtzigt c.s.", "de motie
 * op stuk nr. 21 (35510) van het lid Omtzigt" (as "de motie 35510-21 van het
 * lid Omtzigt" already was).  A date after the bracket names nobody. */
static void test_names_after_bracketed_number(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nDe motie (Kamerstuk 35 510, nr. 21) van het lid Omtzigt c.s. "
                        "verzoekt de regering een plan te maken.\n");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35510-21");
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Omtzigt");
    assert_true(r->motions[0].cs);
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\nDe motie op stuk nr. 21 (35510) van de leden Omtzigt en Leijten is "
               "aangenomen.\n");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35510-21");
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[1].name, "Leijten");
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\nDe motie (Kamerstuk 35 510, nr. 21) van 15 januari 2021 is aangenomen.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 0);
    ki_refs_free(r);
}

/* A motion whose number stands in a markdown footnote: the mark "[^1]" glued
 * to the mention ("de motie van het lid Omtzigt c.s.[^1]") and the note
 * "[^1]: Kamerstuk 35 510, nr. 21" (with or without the colon) give its
 * number; its text ends at the mark, not at the note far below. */
static void test_markdown_footnote_mark(void **state)
{
    (void)state;
    static const char doc[] = "Geachte voorzitter,\n\n"
                              "Met deze brief geef ik uitvoering aan de motie van het lid Omtzigt c.s.[^1] over de "
                              "risicomodellen.\n\nHoogachtend,\n\nde staatssecretaris van Binnenlandse Zaken en "
                              "Koninkrijksrelaties,\n\n[^1]: Kamerstuk 35 510, nr. 21\n";
    ki_refs *r = detect(doc);
    assert_int_equal(r->nmotions, 1);
    assert_non_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35510-21");
    assert_string_equal(r->motions[0].text, "motie van het lid Omtzigt c.s.[^1]");
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\nDe motie-Dassen2 vroeg om een eigen zorgverzekeraar. Die motie is "
               "uitgevoerd.\n\n2 Kamerstuk 36 124, nr. 12\n");
    assert_int_equal(r->nmotions, 1);
    assert_non_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].kamerstuk, "kst-36124-12");
    assert_string_equal(r->motions[0].text, "motie-Dassen2");
    ki_refs_free(r);
}

/* Several motions named by their members, each with his c.s.: one motion
 * each.  "de moties Marijnissen c.s. en Klaver c.s." (no "van de leden", no
 * numbers) gives Marijnissen's and Klaver's; with numbers "de moties van de
 * leden Omtzigt c.s. en Klaver c.s. (Kamerstuk 35 510, nrs. 21 en 16)" pairs
 * them in order (nr. 16 is Klaver's, not Omtzigt's). */
static void test_plural_motions_each_cs(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over de voortgang van de "
                        "uitvoering van de moties Marijnissen c.s. en Klaver c.s. (hierna: Motie#21).\n");
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Marijnissen");
    assert_string_equal(r->motions[1].sponsors[0].name, "Klaver");
    assert_true(r->motions[1].cs);
    assert_int_equal(r->motions[1].relation, r->motions[0].relation);
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\nDe moties van de leden Omtzigt c.s. en Klaver c.s. (Kamerstuk 35 510, "
               "nrs. 21 en 16) zijn aangenomen.\n");
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35510-21");
    assert_string_equal(r->motions[0].sponsors[0].name, "Omtzigt");
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[1].kamerstuk, "kst-35510-16");
    assert_string_equal(r->motions[1].sponsors[0].name, "Klaver");
    assert_int_equal(r->motions[1].nsponsors, 1);
    ki_refs_free(r);

    /* one member, several numbers: each is his */
    r = detect("Geachte voorzitter,\n\nDe aangehouden moties-Voortman (19637, nrs. 32, 33 en 35) komen in "
               "stemming.\n");
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[2].sponsors[0].name, "Voortman");
    ki_refs_free(r);
}

/* The Eerste Kamer numbers a motion moved in its sitting by letter: "Zij
 * krijgt letter N (35788)." gives kst-35788-N, joined with the chair's
 * "Deze motie is voorgesteld door het lid Koffeman"; its chair may also
 * announce the motion before it is read out ("Door de leden Lagas, Ten Broeke
 * en Veldhoen wordt de volgende motie voorgesteld:"), and the number after it
 * is that motion's. */
static void test_ek_motion_letter(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Koffeman (PvdD):\nVoorzitter. Ik dien de volgende motie in.\n\nMotie\n\n"
                        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de handel in "
                        "stikstofruimte landelijk te verbieden,\n\nen gaat over tot de orde van de dag.\n\n"
                        "De voorzitter:\nDeze motie is voorgesteld door het lid Koffeman.\n\n"
                        "Zij krijgt letter N (35788).\n");
    test_kst_equal(r, "kst-35788-N");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35788-N");
    assert_string_equal(r->motions[0].sponsors[0].name, "Koffeman");
    ki_refs_free(r);

    r = detect("Mevrouw Lagas (D66):\nVoorzitter. Daarom dien ik de volgende motie in.\n\n"
               "De voorzitter:\nDoor de leden Lagas, Ten Broeke en Veldhoen wordt de volgende motie voorgesteld:\n\n"
               "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering in het Besluit "
               "rekenkamers een onverenigbaarheid op te nemen,\n\nen gaat over tot de orde van de dag.\n\n"
               "Zij krijgt letter F (36 702).\n");
    assert_int_equal(r->nmotions, 1);
    assert_non_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].kamerstuk, "kst-36702-F");
    assert_int_equal(r->motions[0].nsponsors, 3);
    assert_string_equal(r->motions[0].sponsors[2].name, "Veldhoen");
    ki_refs_free(r);
}

/* A motion read out in a debate and numbered by the chair ("Zij krijgt nr. 81
 * (37 000-XVI)"), then appraised by its number alone after another Kamerstuk
 * was cited ("De motie op stuk nr. 81 laat ik aan het oordeel van de Kamer"):
 * the number is the motion numbered here (not nr. 81 of the dossier cited
 * last), and the mention joins the motion read out. */
static void test_appraisal_by_number_here(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Krul (CDA):\nVoorzitter. Ik dien daarover een motie in.\n\nMotie\n\n"
                        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regeling voor "
                        "sportbuurtbanen voort te zetten,\n\nen gaat over tot de orde van de dag.\n\nKrul\n"
                        "Paulusma\n\nZij krijgt nr. 81 (37 000-XVI).\n\n"
                        "Mevrouw Slagt-Tichelman (GroenLinks-PvdA):\nDe motie-Slagt-Tichelman c.s. over "
                        "zwemvaardigheid (Kamerstuk 30 234, nr. 401) vroeg om gratis zwemles.\n\n"
                        "Staatssecretaris Kuijpers-Maas:\nVoorzitter. De motie op stuk nr. 81 laat ik aan het "
                        "oordeel van de Kamer.\n");
    test_kst_equal(r, "kst-37000-XVI-81 kst-30234-401 kst-37000-XVI-81");
    int n81 = 0;
    for (size_t i = 0; i < r->nmotions; i++)
        if (r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, "kst-37000-XVI-81") == 0) {
            n81++;
            assert_true(r->motions[i].nsponsors >= 1);
            assert_string_equal(r->motions[i].sponsors[0].name, "Krul");
        }
    assert_int_equal(n81, 1);
    ki_refs_free(r);
}

/* A motion read out in a debate as the Handelingen print it now: its
 * signatures one a line under "en gaat over tot de orde van de dag.", then
 * the chair's number.  All who signed are its sponsors (not only the member
 * speaking); a speech after it is no signature. */
static void test_signature_lines(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Kr\xC3\xB6ger (GroenLinks):\nVoorzitter. Ik heb een motie.\n\nMotie\n\n"
                        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering nog dit jaar tot "
                        "besluitvorming te komen over extra klimaatmaatregelen,\n\nen gaat over tot de orde van de "
                        "dag.\n\nKr\xC3\xB6ger\nThijssen\nVan der Lee\n\nZij krijgt nr. 62 (36200-XIII).\n\n"
                        "De voorzitter:\nDank u wel.\n");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-36200-XIII-62");
    assert_int_equal(r->motions[0].nsponsors, 3);
    assert_string_equal(r->motions[0].sponsors[1].name, "Thijssen");
    assert_string_equal(r->motions[0].sponsors[2].name, "Van der Lee");
    ki_refs_free(r);

    /* no signatures: the member speaking */
    r = detect("De heer Kr\xC3\xB6ger (GroenLinks):\nVoorzitter. Ik heb een motie.\n\nMotie\n\n"
               "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering te besluiten,\n\nen gaat over tot "
               "de orde van de dag.\n\nDe voorzitter:\nDank u wel. Dan is het woord aan de heer Bontenbal.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Kr\xC3\xB6ger");
    ki_refs_free(r);
}

/* An Eerste Kamer letter laid out as its PDF gives it: the letter and the
 * heading parted by the column's blanks ("H<blanks>BRIEF VAN DE
 * STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN" and "KONINKRIJKSRELATIES" on the
 * next line), footnotes citing its sibling letters one a line ("2 Kamerstukken
 * I 2026/27, 36 702, F" above "3 ..."), and its own reference with the page
 * number as the page's footer.  Self kst-36702-H, the whole heading in the
 * title, F and G cited, the footer not. */
static void test_ek_letter_pdf_layout(void **state)
{
    (void)state;
    ki_refs *r = detect("Eerste Kamer der Staten-Generaal                                            1\n"
                        "Vergaderjaar 2026\xE2\x80\x93" "2027\n\n"
                        "36 702          Wijziging van de Gemeentewet in verband met het versterken van de\n"
                        "                lokale rekenkamers\n\n"
                        "H               BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN\n"
                        "                KONINKRIJKSRELATIES\n\n"
                        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\n"
                        "Den Haag, 9 februari 2027\n\n"
                        "De motie-Lagas c.s.2 is uitgevoerd. Zie ook mijn brief van 26 januari jl.3\n\n"
                        "________________\n"
                        "2 Kamerstukken I 2026/27, 36 702, F\n"
                        "3 Kamerstukken I 2026/27, 36 702, G\n"
                        "Kamerstukken I 2026/27, 36 702, H                                            1\n");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-36702-H");
    assert_non_null(r->title);
    assert_non_null(strstr(r->title, "Brief van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"));
    test_kst_equal(r, "kst-36702-F kst-36702-G");
    ki_refs_free(r);
}

/* The Handelingen of a sitting as a PDF gives their head: "Vergaderjaar
 * 2026-2027  nr. 11", "Vergadering van dinsdag 15 december 2026", then the
 * item's number alone on a line and its title on the next: self
 * h-ek-20262027-11-5, title the item's. */
static void test_item_number_alone(void **state)
{
    (void)state;
    ki_refs *r = detect("Eerste Kamer der Staten-Generaal\n"
                        "Vergaderjaar 2026-2027                                                 nr. 11\n"
                        "Vergadering van dinsdag 15 december 2026\n\n"
                        "5\n"
                        "Wet versterking lokale rekenkamers\n\n"
                        "Aan de orde is de voortzetting van de behandeling van het wetsvoorstel (36 702).\n\n"
                        "De voorzitter:\nIk geef het woord aan de minister.\n");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "h-ek-20262027-11-5");
    assert_non_null(r->title);
    assert_string_equal(r->title, "Wet versterking lokale rekenkamers");
    ki_refs_free(r);
}

/* A "stand van zaken" table as markdown: a motion's number as a compact id in
 * a cell of its own ("| 3 | Motie van het lid Bikker over gokreclame |
 * 24557-201 | Afgedaan |") is its Kamerstuk, and the row's status cell its
 * relation. */
static void test_compact_id_in_table_cell(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\n| Nr. | Motie | Kamerstuk | Stand van zaken |\n|---|---|---|---|\n"
                        "| 3 | Motie van het lid Bikker over gokreclame | 24557-201 | Afgedaan |\n");
    test_kst_equal(r, "kst-24557-201");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-24557-201");
    assert_string_equal(r->motions[0].sponsors[0].name, "Bikker");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A list of motions, each with its "Stand van zaken:" line: "Stand van zaken:
 * Afgedaan." (the status written with its capital) says done, not progress
 * and done (which would make it addressed); "In uitvoering" says progress. */
static void test_status_label_capital(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nIn deze bijlage treft u de stand van zaken van de moties aan.\n\n"
                        "1. Motie van het lid Bikker (ChristenUnie) over gokreclame (Kamerstuk 24 557, nr. 201)\n"
                        "Stand van zaken: Afgedaan. De reclamecode is aangepast.\n\n"
                        "2. Motie van de leden Dijk en Kathmann over loot boxes (Kamerstuk 24 557, nr. 202)\n"
                        "Stand van zaken: In uitvoering; de consultatie loopt tot juni.\n");
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    /* a status that says nothing is done nor under way: only cited */
    r = detect("Geachte voorzitter,\n\n1. Motie van het lid Bikker over gokreclame (Kamerstuk 24 557, nr. 201)\n"
               "Stand van zaken: Aangehouden.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* An Eerste Kamer verslag of a schriftelijk overleg whose heading the page
 * left out: "Vastgesteld 10 januari 2025 ... De commissie brengt bijgaand
 * verslag uit van het gevoerde schriftelijk overleg." is a verslag, though
 * the committee's letter after it has "Aan de Minister" and "Den Haag,". */
static void test_verslag_without_heading(void **state)
{
    (void)state;
    ki_refs *r = detect("| Eerste Kamer der Staten-Generaal | 2024-2025 | 30573 nr. J |\n"
                        "Vastgesteld 10 januari 2025\n"
                        "De vaste commissie voor Immigratie en Asiel/JBZ-Raad van de Eerste Kamer der Staten-Generaal "
                        "heeft kennisgenomen van de Staat van Migratie 2024.\n"
                        "Naar aanleiding hiervan is op 23 oktober 2024 een brief gestuurd aan de Minister van Asiel en "
                        "Migratie.\nDe Minister heeft op 7 januari 2025 gereageerd.\n"
                        "De commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.\n"
                        "De griffier van de vaste commissie voor Immigratie & Asiel / JBZ-Raad, De Man\n"
                        "Aan de Minister van Asiel en Migratie\nDen Haag, 23 oktober 2024\n"
                        "De vaste commissie heeft met belangstelling kennisgenomen van de Staat van Migratie 2024.\n");
    assert_non_null(r->kind);
    assert_string_equal(r->kind, "verslag");
    ki_refs_free(r);
}

/* The Eerste Kamer prints a written exchange as "H  BRIEFWISSELING" under its
 * dossier: the letter H is its own number (self kst-36514-H, not cited), and
 * it is a verslag. */
static void test_ek_briefwisseling(void **state)
{
    (void)state;
    ki_refs *r = detect("Eerste Kamer der Staten-Generaal                                              1\n\n"
                        "Vergaderjaar 2026-2027\n\n"
                        "36 514          Wijziging van de Vreemdelingenwet 2000 in verband met de\n"
                        "                invoering van een tweestatusstelsel\n\n"
                        "                H               BRIEFWISSELING\n"
                        "                                Vastgesteld 20 november 2026\n\n"
                        "De vaste commissie voor Immigratie en Asiel heeft op 6 oktober 2026 een brief gestuurd aan de "
                        "minister van Asiel en Migratie.\n\nDe minister heeft op 13 november 2026 gereageerd.\n\n"
                        "Eerste Kamer, vergaderjaar 2026-2027, 36 514, H                              2\n");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-36514-H");
    assert_string_equal(r->kind, "verslag");
    test_kst_equal(r, "");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_link_as_id),
        cmocka_unit_test(test_short_page_title),
        cmocka_unit_test(test_type_line_repeats_kind),
        cmocka_unit_test(test_double_name_in_caps),
        cmocka_unit_test(test_next_sentence_names_other_motion),
        cmocka_unit_test(test_names_after_bracketed_number),
        cmocka_unit_test(test_markdown_footnote_mark),
        cmocka_unit_test(test_plural_motions_each_cs),
        cmocka_unit_test(test_ek_motion_letter),
        cmocka_unit_test(test_appraisal_by_number_here),
        cmocka_unit_test(test_signature_lines),
        cmocka_unit_test(test_ek_letter_pdf_layout),
        cmocka_unit_test(test_item_number_alone),
        cmocka_unit_test(test_compact_id_in_table_cell),
        cmocka_unit_test(test_status_label_capital),
        cmocka_unit_test(test_verslag_without_heading),
        cmocka_unit_test(test_ek_briefwisseling),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
