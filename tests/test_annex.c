/*
 * test_annex.c - the detector (ingest/detect.h) on the annex "Moties en
 * toezeggingen" of a begroting or jaarverslag, its table flattened to one
 * paragraph a cell: the dictum ("De Tweede Kamer verzoekt de regering ..."),
 * the vindplaats ("Debat [date] ..."), the motion's name ("Motie-X"), at
 * times its number, and the stand van zaken.  Each row is one motion.
 * Also the subject a letter gives a motion in the words such cells use.
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

static const char *rel_name(ki_relation rel)
{
    switch (rel) {
    case KI_REL_SETTLED:
        return "settled";
    case KI_REL_PROGRESS:
        return "progress";
    case KI_REL_ADDRESSED:
        return "addressed";
    case KI_REL_MADE:
        return "made";
    default:
        return "cited";
    }
}

/* The motions of r, one a line: "ID|SPONSOR+SPONSOR|RELATION|SUBJECT" (ID
 * and SUBJECT "-" when null), must be want. */
static void motions_equal(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    char got[4096] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s|", m->kamerstuk ? m->kamerstuk : "-");
        for (size_t k = 0; k < m->nsponsors && w >= 0 && (size_t)w < sizeof got - o; k++)
            w += snprintf(got + o + (size_t)w, sizeof got - o - (size_t)w, "%s%s", k ? "+" : "", m->sponsors[k].name);
        if (w >= 0 && (size_t)w < sizeof got - o)
            w += snprintf(got + o + (size_t)w, sizeof got - o - (size_t)w, "|%s|%s\n", rel_name(m->relation),
                          m->subject ? m->subject : "-");
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
    }
    ki_refs_free(r);
    if (strcmp(got, want) != 0)
        fail_msg("got:\n%swant:\n%s", got, want);
}

/* The row's dictum cell is the subject of its "Motie-X" cell, its stand
 * cell the relation. */
static void test_dictum_is_subject(void **state)
{
    (void)state;
    motions_equal("Bijlage 2: Moties en toezeggingen\n\nOmschrijving\n\nVindplaats\n\nStand van zaken\n\n"
                  "De Tweede Kamer verzoekt de regering een register van windparken op zee bij te houden.\n\n"
                  "Debat [12-03-2019] Commissiedebat Energie\n\nMotie-Pietersen\n\n"
                  "Aan de motie is uitvoering gegeven met de brief van 4 juni 2019.\n",
                  "-|Pietersen|settled|een register van windparken op zee bij te houden\n");
}

/* A dictum cell of two requests ("verzoekt de regering X; verzoekt de
 * regering voorts Y") gives both, without the words that open the second. */
static void test_two_requests(void **state)
{
    (void)state;
    motions_equal("Bijlage 2: Moties en toezeggingen\n\n"
                  "De Tweede Kamer verzoekt de regering een register van windparken bij te houden; verzoekt de "
                  "regering voorts dit register jaarlijks te publiceren.\n\n"
                  "Debat [12-03-2019] Commissiedebat Energie\n\nMotie-Pietersen\n\n"
                  "Aan de motie is uitvoering gegeven met de brief van 4 juni 2019.\n",
                  "-|Pietersen|settled|een register van windparken bij te houden; dit register jaarlijks te "
                  "publiceren\n");
    motions_equal("BIJLAGE 1. MOTIES EN TOEZEGGINGEN\n\n"
                  "De Kamer verzoekt de regering de reiskosten te vergoeden; verzoekt de regering tevens om de "
                  "wachtlijsten te publiceren.AO [3-10-2004] Begroting VWS Smits, mr. A.kamerstuk 29 800 XVI, nr. "
                  "41De motie is afgedaan met brief d.d. 2 mei 2005.\n",
                  "kst-29800-XVI-41|Smits|settled|de reiskosten te vergoeden; de wachtlijsten te publiceren\n");
}

/* Two rows of one member are two motions, told apart by their dicta, each
 * with its own stand; "Motie-X/ Y" after "Motie-X" is a third. */
static void test_rows_of_one_member(void **state)
{
    (void)state;
    motions_equal("Bijlage 4: Moties en toezeggingen\n\n"
                  "De Tweede Kamer verzoekt de regering de aanvraag van vergunningen te vereenvoudigen.\n\n"
                  "Debat [5-11-2020] Begroting Infrastructuur\n\nMotie-De Kort\n\n"
                  "Op dit moment wordt bekeken hoe de aanvraag kan worden vereenvoudigd.\n\n"
                  "De Tweede Kamer verzoekt de regering de aanvraag van vergunningen digitaal mogelijk te maken.\n\n"
                  "Debat [3-2-2021] Commissiedebat Water\n\nMotie-De Kort\n\n"
                  "Aan de motie is uitvoering gegeven met de brief van 1 juli 2021.\n\n"
                  "De Tweede Kamer verzoekt de regering gemeenten te steunen bij de aanvraag van vergunningen.\n\n"
                  "Debat [3-2-2021] Commissiedebat Water\n\nMotie-De Kort/ Amrani\n\n"
                  "De motie is afgedaan met de brief van 1 juli 2021.\n",
                  "-|De Kort|progress|de aanvraag van vergunningen te vereenvoudigen\n"
                  "-|De Kort|settled|de aanvraag van vergunningen digitaal mogelijk te maken\n"
                  "-|De Kort+Amrani|settled|gemeenten te steunen bij de aanvraag van vergunningen\n");
}

/* A considerans cell before the request, and a number cell: the request is
 * the subject; motions the settling letter is "inzake" are only cited. */
static void test_letter_inzake_others(void **state)
{
    (void)state;
    motions_equal("BIJLAGE 3. MOTIES EN TOEZEGGINGEN\n\nA. Door de Staten-Generaal aanvaarde moties\n\n"
                  "De Kamer constaterende, dat de wachttijden oplopen;\n\n"
                  "verzoekt de regering, de wachttijden in de jeugdzorg te halveren.\n\n"
                  "Debat [8-3-2012] Wetgevingsoverleg Jeugd\n\nMotie-Bosman c.s.\n\n31 839, nr. 201\n\n"
                  "De motie is afgedaan met de brief van 19 april 2013, Kamerstuk 31 839, nr. 300, inzake "
                  "motie 31 839, nr. 180 en motie 33 400-XVI, nr. 12.\n",
                  "kst-31839-201|Bosman|settled|de wachttijden in de jeugdzorg te halveren\n"
                  "kst-31839-180||cited|-\n"
                  "kst-33400-XVI-12||cited|-\n");
}

/* A row without a number cell whose stand cell names one numbered motion
 * ("antwoord op motie 34 251, nr. 60") is that motion: one record. */
static void test_number_in_stand(void **state)
{
    (void)state;
    motions_equal("Bijlage 3: Moties en toezeggingen\n\n"
                  "De Tweede Kamer verzoekt de regering de meldplicht voor datalekken te evalueren.\n\n"
                  "Debat [3-2-2016] Wetgevingsoverleg Privacy\n\nMotie-Veldman\n\n"
                  "Aan de motie is uitvoering gegeven met de brief inzake antwoord op motie 32 761, nr. 95 "
                  "van 16 juni 2016.\n",
                  "kst-32761-95|Veldman|settled|de meldplicht voor datalekken te evalueren\n");
}

/* A stand cell without a cue reports where things stand: progress; a
 * heading in capitals "BIJLAGE 1. MOTIES EN TOEZEGGINGEN" is no motion. */
static void test_stand_without_cue(void **state)
{
    (void)state;
    motions_equal("BIJLAGE 1. MOTIES EN TOEZEGGINGEN\n\nA. Door de Staten-Generaal aanvaarde moties\n\n"
                  "De Tweede Kamer verzoekt de regering het toezicht op kinderopvang te versterken.\n\n"
                  "Debat [18-6-2014] VAO Kinderopvang\n\nMotie-Hoekstra\n\n"
                  "Er is aandacht gevraagd voor het toezicht in het reguliere overleg met de GGD.\n",
                  "-|Hoekstra|progress|het toezicht op kinderopvang te versterken\n");
}

/* Not a row: a motion named with its number, after the sentence of the
 * motion before, takes no dictum from two paragraphs up. */
static void test_not_a_row(void **state)
{
    (void)state;
    motions_equal("Bijlage 1\n\nMoties\n\nMotie van het lid Smit (Kamerstuk 29 383, nr. 168)\n\n"
                  "Verzoekt de regering de opslag van kuilgras niet meer als bodemrisico aan te merken,\n\n"
                  "Deze motie is ingediend bij het VAO Milieu.\n\n"
                  "Motie van de leden Smit en Koopmans (Kamerstuk 29 383, nr. 169)\n\n"
                  "Roept de regering op te werken aan een actieplan.\n",
                  "kst-29383-168|Smit|cited|-\n"
                  "kst-29383-169|Smit+Koopmans|cited|-\n");
}

/* An older annex, its cells glued into one line: dictum, vindplaats with
 * its date in brackets, the members as the register writes them ("Vlies,
 * ir. B.J. van der"), the number glued to the stand ("nr. 72De motie"). */
static void test_glued_row(void **state)
{
    (void)state;
    motions_equal("BIJLAGE 1. MOTIES EN TOEZEGGINGEN\n\nA. Door de Staten-Generaal aanvaarde moties\n"
                  "OmschrijvingIngediend bijStand van zaken\n\n"
                  "De Kamer verzoekt de regering de reiskosten van mantelzorgers te vergoeden.AO [3-10-2004] "
                  "Begroting VWS Bakker, drs. P.J., Vlies, ir. B.J. van der kamerstuk 29 800 XVI, nr. 41De motie "
                  "is afgedaan met brief d.d. 2 mei 2005.\n\n"
                  "De Kamer verzoekt de regering de wachtlijsten te publiceren.PA [1-12-2004] Begrotingsbehandeling "
                  "Smits, mr. A.kamerstuk 29 800 XVI, nr. 77Over de uitvoering wordt de Kamer in het voorjaar "
                  "van 2006 bericht.\n",
                  "kst-29800-XVI-41|Bakker+Van der Vlies|settled|de reiskosten van mantelzorgers te vergoeden\n"
                  "kst-29800-XVI-77|Smits|progress|de wachtlijsten te publiceren\n");
}

/* Not an annex, but what its cells say in a letter: the request named with
 * the Kamer that made it ("Met de motie X c.s. verzocht uw Kamer het kabinet
 * Y", a later mention giving the subject the first lacked) and the purport
 * of a motion moved in a debate ("ingediend, met als strekking dat Y"). */
/* A stand cell that names another motion beside the row's ("zie ook motie
 * X") does not give the row that motion's number */
static void test_stand_names_another(void **state)
{
    (void)state;
    ki_refs *r = detect("Bijlage 2. Moties en toezeggingen\n\nDe Tweede Kamer verzoekt de regering de regeldruk voor "
                        "scholen te verminderen.\n\nDebat [5-11-2020] Begroting OCW\n\nMotie-Kwint\n\nDe motie is "
                        "uitgevoerd met de brief van 1 maart 2021 (35 570-VIII, nr. 150); zie ook motie 35 570-VIII, "
                        "nr. 60.\n");
    assert_int_equal(r->nmotions, 2);
    assert_null(r->motions[0].kamerstuk);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->motions[1].kamerstuk, "kst-35570-VIII-60");
    assert_int_equal(r->motions[1].relation, KI_REL_CITED);
    ki_refs_free(r);
}

static void test_subject_in_letter(void **state)
{
    (void)state;
    motions_equal("Den Haag, 10 februari 2023\n\nMet deze brief informeer ik uw Kamer over de uitvoering van de "
                  "motie Vermeer c.s. (Kamerstuk 36200-VII-41). Met de motie Vermeer c.s. verzocht uw Kamer het "
                  "kabinet een register van algoritmes in te richten.\n",
                  "kst-36200-VII-41|Vermeer|addressed|een register van algoritmes in te richten\n");
    motions_equal("Den Haag, 5 december 2017\n\nIn het debat is ook een motie-Koster c.s. ingediend, met als "
                  "strekking dat alle vergaderingen van de raad in beginsel openbaar dienen te zijn. De motie is "
                  "aan het slot van het debat ingetrokken.\n",
                  "-|Koster|cited|alle vergaderingen van de raad in beginsel openbaar dienen te zijn\n");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dictum_is_subject),
        cmocka_unit_test(test_two_requests),
        cmocka_unit_test(test_rows_of_one_member),
        cmocka_unit_test(test_letter_inzake_others),
        cmocka_unit_test(test_number_in_stand),
        cmocka_unit_test(test_stand_without_cue),
        cmocka_unit_test(test_not_a_row),
        cmocka_unit_test(test_glued_row),
        cmocka_unit_test(test_subject_in_letter),
        cmocka_unit_test(test_stand_names_another),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
