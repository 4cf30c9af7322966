/*
 * test_ek.c - the detector (ingest/detect.h) on forms the blind set
 * heldout6 found wrong: Eerste Kamer letters as document numbers, the
 * minister answering a list of questions, a motion's relation in a
 * speaker's later words, a sponsor's party before the Kamerstuk.  Each case
 * is a rule of the language, with the look-alikes it must leave alone.
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

#define DATE "2026-12-15" /* the texts' own date */

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, DATE);
}

static void check(const char *text, const char *kst, const char *motions)
{
    test_check(det, text, DATE, kst, motions, ',', false);
}

#define EK_BODY                                                                                                \
    "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat leden van een rekenkamer geen functie "   \
    "bij de gemeente mogen vervullen;\n\nverzoekt de regering een onverenigbaarheid op te nemen,\n\nen gaat "     \
    "over tot de orde van de dag.\n\n"

/* The Eerste Kamer's Handelingen number a motion read out by a letter
 * ("Zij krijgt letter F (36 702).") and name its movers in the chair's line
 * before it ("Door de leden X, Y en Z wordt de volgende motie voorgesteld:") */
static void test_ek_motion_letter(void **state)
{
    (void)state;
    check("De voorzitter:\nDoor de leden Lagas, Ten Broeke en Veldhoen wordt de volgende motie voorgesteld:\n\n" EK_BODY
          "Zij krijgt letter F (36 702).\n\nDe heer Ten Broeke (VVD):\nVoorzitter.\n",
          "kst-36702-F", "kst-36702-F/Lagas,Ten Broeke,Veldhoen");
    check("De voorzitter:\nDoor het lid Kroeze wordt de volgende motie voorgesteld:\n\n" EK_BODY
          "Zij krijgt letter AB (36 702 VII).\n",
          "kst-36702-VII-AB", "kst-36702-VII-AB/Kroeze");
    /* a member reading it out, the chair numbering it */
    check("Mevrouw Lagas (D66):\nDaarom dien ik de volgende motie in.\n\n" EK_BODY "Zij krijgt nr. 12 (36 702).\n",
          "kst-36702-12", "kst-36702-12/Lagas");
    /* look-alikes: a letter of an article, a lower-case letter, an amount,
     * a capital that is a word */
    check("Zie artikel 3, onderdeel b, letter A (12 345 euro).", "", "");
    check("Het gaat om letter b (36 702) van het besluit.", "", "");
    check("De brief krijgt letter F mee (36 702).", "", "");
    check("Ik krijg een letter (36 702) terug.", "", "");
}

/* Footnotes that cite Eerste Kamer letters: the letter ends the footnote,
 * the next footnote's number starts the next line */
static void test_ek_footnote_letters(void **state)
{
    (void)state;
    check("De motie-Lagas c.s.2 is aangenomen.\n\n2 Kamerstukken I 2026/27, 36 702, F\n"
          "3 Kamerstukken I 2026/27, 36 702, G\n4 Kamerstukken II 2026/27, 29 911, nr. 412\n",
          "kst-36702-F kst-36702-G kst-29911-412", "kst-36702-F/Lagas");
    /* a number on the same line is no letter's */
    check("Zie Kamerstukken I 2026/27, 36 702, A 12 en verder.", "", NULL);
}

#define EK_HEAD                                                                                                \
    "Eerste Kamer der Staten-Generaal                                1\nVergaderjaar 2026\xe2\x80\x93" "2027\n\n" \
    "36 702          Wijziging van de Gemeentewet in verband met het versterken van\n"                          \
    "                de lokale rekenkamers\n\n"                                                                 \
    "H               BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN\n\n"                                  \
    "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 9 februari 2027\n\n"

/* An Eerste Kamer letter whose head sets the letter and the kind in
 * columns ("H      BRIEF VAN ..."): its own number, and the running foot
 * that cites it ("Kamerstukken I 2026/27, 36 702, H     1") is no reference */
static void test_ek_own_letter(void **state)
{
    (void)state;
    ki_refs *r = detect(EK_HEAD "Hierbij informeer ik u over de uitvoering van de motie.\n\n"
                                "Kamerstukken I 2026/27, 36 702, H                         1\n\n"
                                "Eerste Kamer, vergaderjaar 2026\xe2\x80\x93" "2027, 36 702, H          2\n\n"
                                "Zie ook de nota (Kamerstukken I 2026/27, 36 702, G).\n");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-36702-H");
    test_kst_equal(r, "kst-36702-G");
    ki_refs_free(r);
    /* another letter's number alone on a line is a reference */
    r = detect(EK_HEAD "Hierbij informeer ik u.\n\nKamerstukken I 2026/27, 36 702, G\n");
    test_kst_equal(r, "kst-36702-G");
    ki_refs_free(r);
    /* a capital and a word in capitals in the text are no letter's head */
    r = detect("Brief\n\n36 702 Wijziging van de Gemeentewet\n\nIn de tabel staat:\nA   BRIEFPAPIER en enveloppen\n");
    assert_null(r->self_id);
    ki_refs_free(r);
}

#define QA_HEAD                                                                                               \
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026\xe2\x80\x93" "2027\n\n"                              \
    "37 000 XIII     Vaststelling van de begrotingsstaten van het Ministerie van\n"                             \
    "                Economische Zaken (XIII) voor het jaar 2027\n\n"                                           \
    "Nr. 11          LIJST VAN VRAGEN EN ANTWOORDEN\n                Vastgesteld 29 oktober 2026\n\n"           \
    "De vaste commissie voor Economische Zaken heeft een aantal vragen voorgelegd\naan de minister van "      \
    "Economische Zaken over de begroting.\n\nDe minister heeft deze vragen beantwoord. Vragen\nen antwoorden "  \
    "zijn hierna afgedrukt.\n\nDe voorzitter van de commissie,\nKaminski\n\n"

/* The one the committee put its questions to answers them: "ik" in the
 * answers, though the last lines name another minister ("De minister van
 * Klimaat en Groene Groei heeft ... toegezegd"); a question that names a
 * commitment is no record of its own, its answer's commitment is the one
 * (with the day and meeting the question gave) */
static void test_questions_answered(void **state)
{
    (void)state;
    ki_refs *r = detect(QA_HEAD "1\nWat is de stand van zaken van de toezegging om een evaluatie van de\n"
                                "innovatiebox naar de Kamer te sturen?\n\nAntwoord\nIn het commissiedebat Innovatie "
                                "van 17 april 2026 heb ik toegezegd de\nKamer de evaluatie van de innovatiebox voor "
                                "het einde van 2026 te sturen.\n\n"
                                "2\nWelke toezeggingen uit het commissiedebat Mkb van 5 maart 2026 staan nog\nopen?\n\n"
                                "Antwoord\nGeen. De toezegging om de Kamer te informeren over betalingstermijnen van\n"
                                "grote bedrijven (TZ202603-041) is nagekomen met de brief van 30 september\n2026.\n\n"
                                "3\nHoe verhoudt de begroting zich tot de toezegging van de minister van Klimaat\n"
                                "en Groene Groei over de industrie?\n\nAntwoord\nDe minister van Klimaat en Groene "
                                "Groei heeft op 12 februari 2026 in het\ncommissiedebat Verduurzaming industrie "
                                "toegezegd maatwerkafspraken openbaar te maken.\n");
    assert_int_equal(r->ncommitments, 3);
    const ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MEZK");
    assert_string_equal(c->date, "2026-04-17");
    assert_true(c->relation != KI_REL_MADE); /* the answers report, they are no verslag of a debate */
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 0); /* passive, and the next question's minister is not its */
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->date, "2026-03-05");
    assert_string_equal(c->venue, "commissiedebat Mkb");
    c = &r->commitments[2];
    assert_string_equal(c->actors[0], "MKGG");
    ki_refs_free(r);
    /* a new promise in the answer is another commitment: the question's stays */
    r = detect(QA_HEAD "1\nHoe staat het met de toezegging uit het commissiedebat Mkb van 5 maart 2026 om de "
                       "betalingstermijnen te onderzoeken?\n\nAntwoord\nHet onderzoek loopt. Uw Kamer wordt "
                       "uiterlijk januari 2027 ge\xc3\xafnformeerd over de uitkomsten.\n");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[1].actors[0], "MEZK");
    ki_refs_free(r);
}

/* A sentence ends at a number alone on its line (the next question's):
 * "... nr. 640).\n6\nHoe verhoudt ...?" is two sentences */
static void test_number_line_ends_sentence(void **state)
{
    (void)state;
    ki_refs *r = detect("Antwoord\nDe toezegging om de Kamer te informeren (TZ202603-041) is nagekomen met de "
                        "brief (Kamerstuk 32 637, nr. 640).\n6\nHoe verhoudt de begroting zich tot de plannen van de "
                        "minister van Klimaat en Groene Groei?\n");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[0].nactors, 0);
    ki_refs_free(r);
}

/* "de minister" without a ministry is the minister named last before it,
 * also when the letter named another one earlier and that one again
 * ("Mede namens de minister van BZK en de minister van JenV ... De minister
 * van BZK heeft ... Ook heeft de minister toegezegd"): BZK */
static void test_bare_title_latest(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte Voorzitter,\n\nMede namens de minister van Binnenlandse Zaken en\nKoninkrijksrelaties "
                        "en de minister van Justitie en Veiligheid informeer ik u\nover de uitvoering.\n\n"
                        "De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft tijdens de\nbehandeling "
                        "toegezegd uw Kamer een overzicht te sturen (T03902). Hiermee is de toezegging "
                        "nagekomen.\n\nEvaluatie\nOok heeft de minister toegezegd de wet te laten evalueren "
                        "(T03901).\n\nDe staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\nJansen\n");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[1].nactors, 1);
    assert_string_equal(r->commitments[1].actors[0], "MBZK");
    ki_refs_free(r);
}

/* The relation of the only motion of text, which must be want. */
static void motion_relation(const char *text, ki_relation want)
{
    ki_refs *r = detect(text);
    if (r->nmotions != 1)
        fail_msg("%zu motions in \"%s\"", r->nmotions, text);
    if (r->motions[0].relation != want)
        fail_msg("relation %d, want %d: \"%s\"", (int)r->motions[0].relation, (int)want, text);
    ki_refs_free(r);
}

/* A stenogram: the member moved the motion "samen met" another ("Samen met
 * de heer X diende ik de motie over Y in (...)"), and the minister's later
 * words say how it stands: carrying it out step by step is progress, "is
 * uitgevoerd met de regeling" settles it; "de motie van mevrouw X en de
 * heer Y" is that one motion */
static void test_debate_motion_relations(void **state)
{
    (void)state;
    const char *text =
        "Mevrouw Oostra (VVD):\nVoorzitter. Vorig jaar is mijn motie over een ijzeren voorraad aangenomen "
        "(Kamerstuk\n29 477, nr. 902). Hoe staat het daarmee?\n\n"
        "Mevrouw Van Heusden (GroenLinks-PvdA):\nVoorzitter. Samen met de heer Kaptein diende ik de motie over "
        "transparantie van\ngeneesmiddelprijzen in (29 477, nr. 897).\n\n"
        "Minister Van den Broek-Amrani:\nDank u wel, voorzitter. De motie-Oostra over de\nijzeren voorraad voeren "
        "we stap voor stap uit. Sinds 1 juli houden\ngroothandels een voorraad aan.\n\n"
        "Dan de motie van mevrouw Van Heusden en de heer Kaptein over transparantie van\nprijzen. Die motie is "
        "uitgevoerd met de regeling die op 1 november is ingegaan.\n";
    ki_refs *r = detect(text);
    test_motions_equal(r, "kst-29477-902/Oostra kst-29477-897/Van Heusden,Kaptein", ',', false);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* what stays as it was: done by this letter, done as seen; not done is
     * a decision on it, the motion handled (addressed) */
    motion_relation("Met deze brief voer ik de motie van het lid Jansen (Kamerstuk 29 477, nr. 12) uit.",
                    KI_REL_SETTLED);
    motion_relation("De motie van het lid Jansen (Kamerstuk 29 477, nr. 12) wordt stap voor stap uitgevoerd.",
                    KI_REL_PROGRESS);
    motion_relation("De motie van het lid Jansen (Kamerstuk 29 477, nr. 12) wordt niet uitgevoerd.", KI_REL_ADDRESSED);
    motion_relation("De motie van het lid Jansen (Kamerstuk 29 477, nr. 12) wordt hiermee als uitgevoerd "
                    "beschouwd.", KI_REL_SETTLED);
}

/* Items numbered on a second level ("3.2 ...") are sentences of their own:
 * a motion "verworpen" does not take the item before's progress */
static void test_second_level_items(void **state)
{
    (void)state;
    ki_refs *r = detect("3. Moties\n3.1 De verkenning naar helmen (TZ202610-011)\n    Stand van zaken: de verkenning "
                        "wordt uitgevoerd en ligt op schema.\n3.2 Bij de stemmingen van 8 december jl. is de motie van de "
                        "leden Van Dijk (NSC) en\n    Veltman (VVD) over een helmplicht (Kamerstuk 29 398, nr. 1131) "
                        "verworpen.\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* A motion asked about without its party and then answered with it
 * ("Vermeer (BBB) (Kamerstuk 36 600-XIII, nr. 47)") keeps the party; one a
 * speaker's label gives ("Mevrouw Jansen (NSC):") is no party the mention
 * writes */
static void test_party_of_later_mention(void **state)
{
    (void)state;
    ki_refs *r = detect("3\nHoe wordt uitvoering gegeven aan de motie van het lid Vermeer over regeldruk?\n\n"
                        "Antwoord\nAan de motie van het lid Vermeer (BBB) (Kamerstuk 36 600-XIII, nr. 47)\nis "
                        "uitvoering gegeven met het MKB-loket.\n");
    test_motions_equal(r, "kst-36600-XIII-47/Vermeer", ',', false);
    assert_non_null(r->motions[0].sponsors[0].party);
    assert_string_equal(r->motions[0].sponsors[0].party, "BBB");
    ki_refs_free(r);
    r = detect("Mevrouw Jansen (NSC):\nVoorzitter. Ik dien de volgende motie in.\n\n" EK_BODY
               "De voorzitter:\nDeze motie is voorgesteld door het lid Jansen.\n\nZij krijgt nr. 513 (31839).\n");
    test_motions_equal(r, "kst-31839-513/Jansen", ',', false);
    assert_null(r->motions[0].sponsors[0].party);
    ki_refs_free(r);
}

/* A footnote mark set apart from the stop ("jl. 3") ends its sentence when
 * a capital starts the next line: the promise after it has its own meeting
 * and day, not the letter of the sentence before */
static void test_spaced_footnote_mark(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte Voorzitter,\n\nOver de samenhang verwijs ik naar mijn brief van 26 januari jl. 3\n\n"
                        "Rekenkamers en ondermijning\nDe minister van Justitie en Veiligheid heeft de Tweede Kamer in het\n"
                        "commissiedebat Ondermijning van 4 november 2026 toegezegd te verkennen welke\nrol "
                        "rekenkamers kunnen spelen.\n");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].date, "2026-11-04");
    assert_string_equal(r->commitments[0].venue, "commissiedebat Ondermijning");
    ki_refs_free(r);
    /* a number that goes on in its sentence is no mark */
    r = detect("Geachte Voorzitter,\n\nHet gaat om nr. 3\nvan de reeks. De minister van Justitie en Veiligheid heeft "
               "in het commissiedebat Ondermijning van 4 november 2026 toegezegd te verkennen welke rol "
               "rekenkamers spelen.\n");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].date, "2026-11-04");
    ki_refs_free(r);
}

/* Handelingen that set an item's number alone on its line and its title on
 * the next ("5\nWet versterking lokale rekenkamers"), below the date line
 * "Vergadering van dinsdag 15 december 2026": the item is in the own id */
static void test_item_number_alone(void **state)
{
    (void)state;
    const char *head = "Eerste Kamer der Staten-Generaal\nVergaderjaar 2026\xe2\x80\x93" "2027       nr. 11\n"
                       "Vergadering van dinsdag 15 december 2026\n\n";
    char buf[512];
    snprintf(buf, sizeof buf, "%s5\nWet versterking lokale rekenkamers\n\nAan de orde is de behandeling.\n\n"
             "De voorzitter:\nIk geef het woord aan de heer Kroeze.\n", head);
    ki_refs *r = detect(buf);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "h-ek-20262027-11-5");
    ki_refs_free(r);
    /* a number above "Aan de orde is" (a page's) is no item */
    snprintf(buf, sizeof buf, "%s5\nAan de orde is de behandeling van het wetsvoorstel.\n\n"
             "De voorzitter:\nIk geef het woord aan de heer Kroeze.\n", head);
    r = detect(buf);
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "h-ek-20262027-11");
    ki_refs_free(r);
}

/* The letter that kept a promise ("is nagekomen met de brief van 30
 * september (Kamerstukken II ..., nr. 640)") is no reference of it; the
 * letter it was made in still is */
static void test_kept_by_letter(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte Voorzitter,\n\nDe toezegging om de Kamer te informeren over betalingstermijnen "
                        "(TZ202603-041) is nagekomen met de brief van 30 september 2026 (Kamerstukken II 2025/26, "
                        "32 637, nr. 640).\n");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "TZ202603-041");
    ki_refs_free(r);
    r = detect("Geachte Voorzitter,\n\nIn mijn brief van 7 juni 2024 (Kamerstuk 28345, nr. 278) heb ik toegezegd "
               "uw Kamer voor de zomer te informeren over de wachttijden.\n");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "kst-28345-278");
    ki_refs_free(r);
}

/* A page without the first page's header names itself in its running head
 * ("Eerste Kamer, vergaderjaar 2026-2027, 36 702, H      2"): the own id,
 * no reference; a citation on a line of its own once, without a page
 * number, stays a reference */
static void test_running_head_own_id(void **state)
{
    (void)state;
    ki_refs *r = detect("Eerste Kamer, vergaderjaar 2026\xe2\x80\x93" "2027, 36 702, H                   2\n\n"
                        "Uit de verkenning blijkt dat rekenkamers zicht bieden op risico's (Kamerstukken I 2026/27, "
                        "36 702, G).\n\nKamerstukken I 2026/27, 36 702, H                   2\n");
    assert_non_null(r->self_id);
    assert_string_equal(r->self_id, "kst-36702-H");
    test_kst_equal(r, "kst-36702-G");
    ki_refs_free(r);
    r = detect("Tweede Kamer, vergaderjaar 2026\xe2\x80\x93" "2027, 37 000 IX, nr. 2        143\n\nDe tekst.\n");
    assert_string_equal(r->self_id, "kst-37000-IX-2");
    test_kst_equal(r, "");
    ki_refs_free(r);
    r = detect("Tweede Kamer, vergaderjaar 2009\xe2\x80\x93" "2010, 32 123 XIII, nr. 8\n");
    assert_null(r->self_id);
    test_kst_equal(r, "kst-32123-XIII-8");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ek_motion_letter),
        cmocka_unit_test(test_ek_footnote_letters),
        cmocka_unit_test(test_ek_own_letter),
        cmocka_unit_test(test_questions_answered),
        cmocka_unit_test(test_number_line_ends_sentence),
        cmocka_unit_test(test_bare_title_latest),
        cmocka_unit_test(test_debate_motion_relations),
        cmocka_unit_test(test_second_level_items),
        cmocka_unit_test(test_party_of_later_mention),
        cmocka_unit_test(test_spaced_footnote_mark),
        cmocka_unit_test(test_item_number_alone),
        cmocka_unit_test(test_kept_by_letter),
        cmocka_unit_test(test_running_head_own_id),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
