/*
 * test_fix17.c - the detector (ingest/detect.h) on the forms the blind set
 * tests/heldout17 found wrong outside the commitments: endnote marks in
 * brackets, motion relations of a condition or a refusal, a Kamer number
 * closing a heading, a Handelingen header on a line of its own.  Each case
 * is a rule of the language, written as its own short text.
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

/* A word processor's endnote mark in brackets glued to the words of a
 * motion's mention ("buitenland[2]", "beschikkingen[3]?") leads to the
 * note "[2] Kamerstuk ..." at the end of the text, as a glued digit or a
 * markdown "[^2]" does. */
static void test_endnote_brackets(void **state)
{
    (void)state;
    test_check(det,
               "Vraag 5\nHoe staat het met de uitvoering van de motie-Baarsma c.s. over een vast aanspreekpunt\n"
               "voor ouders in het buitenland[2] en de motie van het lid Oudshoorn over vertaling van\n"
               "beschikkingen[3]?\n\nAntwoord op vraag 5\nDe motie-Baarsma c.s. is daarmee uitgevoerd. De "
               "motie-Oudshoorn\nis daarom nog niet afgedaan.\n\n[2] Kamerstuk 31 066, nr. 1502\n"
               "[3] Kamerstuk 31 066, nr. 1517\n",
               "2026-11-23", "kst-31066-1502 kst-31066-1517",
               "kst-31066-1502/Baarsma/settled kst-31066-1517/Oudshoorn/progress", 0, true);
    /* a number in brackets with a space before it is no mark */
    test_check(det,
               "De motie van het lid Jansen over de wachtlijsten [4] is ontvangen.\n\n[4] Kamerstuk 31 066, nr. 1520\n",
               "2026-11-23", "kst-31066-1520", "-/Jansen", 0, false);
}

/* A bracketed mark after a sentence's full stop ("uitgevoerd.[5] Het",
 * "jongeren.[^2] De") ends the sentence, as a glued digit does: the next
 * sentence is no part of the motion's. */
static void test_endnote_after_stop(void **state)
{
    (void)state;
    static const char *const marks[] = {"[5]", "[^5]", "5"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Geachte voorzitter,\n\nDe motie van het lid Jansen over de wachtlijsten is uitgevoerd.%s Het "
                 "kabinet zet de aanpak voort.\n\n%s Kamerstuk 31 066, nr. 1600\n",
                 marks[i], marks[i][0] == '[' && marks[i][1] == '^' ? "[^5]" : marks[i][0] == '[' ? "[5]" : "5");
        ki_refs *r = test_detect(det, text, "2026-11-23");
        test_motions_equal(r, "kst-31066-1600/Jansen/settled", 0, true);
        assert_non_null(r->motions[0].evidence);
        assert_string_equal(r->motions[0].evidence,
                            "De motie van het lid Jansen over de wachtlijsten is uitgevoerd.");
        ki_refs_free(r);
    }
    /* the sentence after the mark is read from its first word */
    ki_refs *r = test_detect(det,
                             "Geachte voorzitter,\n\nDe motie van het lid Jansen over de wachtlijsten verzoekt de "
                             "regering de aanpak uit te breiden.[^2] De motie is daarmee afgedaan.\n\n"
                             "[^2] Kamerstuk 31 066, nr. 1601\n",
                             "2026-11-23");
    test_motions_equal(r, "kst-31066-1601/Jansen/settled", 0, true);
    assert_string_equal(r->motions[0].evidence, "De motie is daarmee afgedaan.");
    ki_refs_free(r);
}

/* The relation of a motion a letter handles in the sentences after its
 * mention; rel the expected relation of the one motion in text. */
static void rel(const char *sentences, const char *want)
{
    char text[1024];
    snprintf(text, sizeof text,
             "Geachte voorzitter,\n\nDe motie-Van der Goot c.s. (Kamerstukken I 2025/26, 36 512, J) verzoekt de "
             "regering de provincies een rol te geven. %s\n\nHoogachtend,\n",
             sentences);
    char m[128];
    snprintf(m, sizeof m, "kst-36512-J/Van der Goot/%s", want);
    test_check(det, text, "2026-11-23", NULL, m, 0, true);
}

/* "pas als afgedaan beschouwen wanneer ...": done only once a condition is
 * met, a step still to come (progress, as "nog niet afgedaan"); not "pas"
 * without a condition, nor the noun "de pas". */
static void test_settled_only_then(void **state)
{
    (void)state;
    rel("In het besluit is die rol vastgelegd. Ik kan de motie pas als afgedaan beschouwen wanneer het besluit in "
        "werking is getreden.",
        "progress");
    rel("Ik beschouw de motie pas als afgedaan zodra het besluit is gepubliceerd.", "progress");
    rel("Pas wanneer het besluit in werking is getreden, beschouw ik de motie als afgedaan.", "progress");
    rel("De motie is daarmee afgedaan.", "settled");
    rel("Met de pas voor mantelzorgers is de motie uitgevoerd, als de Kamer dat wil.", "settled");
}

/* "de motie loopt vooruit op het besluit" (to anticipate) tells no step
 * under way; "het onderzoek loopt nog" does. */
static void test_loopt_vooruit(void **state)
{
    (void)state;
    rel("Ik ontraad de motie; de motie loopt vooruit op het Europese besluit.", "cited");
    rel("Het onderzoek naar die rol loopt nog.", "progress");
}

/* "De uitvoering vergt overleg met X; dat overleg is gestart": the clause
 * after the semicolon names what has begun (progress). */
static void test_begun_after_semicolon(void **state)
{
    (void)state;
    rel("De uitvoering vergt overleg met het IPO; dat overleg is gestart.", "progress");
    rel("De uitvoering vergt overleg met het IPO; dat overleg is nog niet gestart.", "cited");
}

/* "Wij kunnen de motie daarom niet uitvoeren": decided against, as "voer
 * ik niet uit" (addressed, heldout5/9/17); "nog niet uitvoeren" is no
 * refusal. */
static void test_cannot_carry_out(void **state)
{
    (void)state;
    rel("De uitvoerder kan dat op zijn vroegst in 2029. Wij kunnen de motie daarom niet uitvoeren.", "addressed");
    rel("Ik kan de motie niet uitvoeren.", "addressed");
    rel("Wij kunnen de motie nog niet uitvoeren.", "cited");
}

/* The Kamer numbers found in text, space separated, must be want. */
static void tkn(const char *text, const char *want)
{
    ki_refs *r = test_detect(det, text, "2026-12-01");
    test_ids_equal(r, TEST_TK, want);
    ki_refs_free(r);
}

/* The Eerste Kamer's toezegging number closing a heading after a comma
 * ("..., T03512"), its line or the next about the Eerste Kamer or a
 * toezegging; in text order among the others; not a product's type at a
 * line's end. */
static void test_tnumber_heading_end(void **state)
{
    (void)state;
    tkn("Toezeggingen\n\n4. Eerste Kamer, behandeling Wet toekomstbestendige telecom (9 juni 2026), T03512\n"
        "Toezegging: uiterlijk eind 2026 de Eerste Kamer informeren.\n",
        "T03512");
    tkn("Zie ook toezegging T03400.\n\n5. Plenair debat Omgevingswet (3 maart 2026) \xE2\x80\x93 T03411\n"
        "Toezegging: de Kamer informeren.\n\nen de toezegging T03500.\n",
        "T03400 T03411 T03500");
    tkn("De leverancier levert de pomp, type T12345\nvoor de kelder.\n", "");
}

/* The Kamer's running header of a Handelingen page standing on two lines:
 * "Tweede Kamer   Funderend onderwijs   10 november 2026" above "TK 16
 * 16-7-1" (the columns apart): the sitting's id, date and title; a line
 * above that names no house gives none. */
static void test_hand_header_two_lines(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Tweede Kamer                    Funderend onderwijs                    10 november 2026\n"
                             "TK 16                                                                      16-7-1\n\n7\n"
                             "Funderend onderwijs\n\nAan de orde is het tweeminutendebat Funderend onderwijs.\n\n"
                             "De voorzitter:\nIk heet de minister van harte welkom.\n",
                             NULL);
    test_meta_equal(r, "handelingen", "Funderend onderwijs", "h-tk-20262027-16-7", "2026-11-10");
    ki_refs_free(r);
    r = test_detect(det,
                    "5 maart 2024 TK 58      58-15-1\n\nStemmingen\n\nDe voorzitter:\nAan de orde zijn de "
                    "stemmingen.\n",
                    NULL);
    test_meta_equal(r, "handelingen", NULL, "h-tk-20232024-58-15", "2024-03-05");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_endnote_brackets),
        cmocka_unit_test(test_endnote_after_stop),
        cmocka_unit_test(test_settled_only_then),
        cmocka_unit_test(test_loopt_vooruit),
        cmocka_unit_test(test_begun_after_semicolon),
        cmocka_unit_test(test_cannot_carry_out),
        cmocka_unit_test(test_tnumber_heading_end),
        cmocka_unit_test(test_hand_header_two_lines),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
