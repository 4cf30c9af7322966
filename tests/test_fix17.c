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

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_endnote_brackets),
        cmocka_unit_test(test_endnote_after_stop),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
