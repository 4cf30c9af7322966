/*
 * test_review20.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev20: footnotes of laws and court decisions citing
 * Kamerstukken, older Handelingen of both Kamers, joint letters of two
 * sub-dossiers, provincial minutes) found wrong: each case is a rule of the
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

#include "ingest/detect.h"
#include "testdetect.h"

static ki_detector *det;

static void kst(const char *text, const char *want)
{
    test_check(det, text, "2025-06-15", want, NULL, 0, false);
}

/* An older document number may carry a small letter ("nr. 42e", the
 * Eerste Kamer's "nr. 175a"): it is part of the number; another small
 * letter or a word glued to the number makes it none. */
static void test_nr_with_letter(void **state)
{
    (void)state;
    kst("Zie de Nadere Memorie van Antwoord (Kamerstukken I 1979/80, 15 516, nr. 42e, blz. 7).",
        "kst-15516-42e");
    kst("In de nota (zie kamerstukken I 2000-2001, 26 976, nr. 175a) heb ik aangegeven", "kst-26976-175a");
    kst("Kamerstukken II 2020/21, 35 625, nr. 4 en het 2e kwartaal", "kst-35625-4");
    kst("Kamerstukken II 2020/21, 35 625, nr. 4km verderop", "");
}

/* A joint letter of two sub-dossiers, each written with its sub
 * ("Kamerstukken 36 600 B en 36 600 C, nr. 6"): the number is in both; a
 * dossier without a sub before "en" is a joint one read elsewhere, and a
 * year before "en" none. */
static void test_joint_subs(void **state)
{
    (void)state;
    kst("toegezonden (Kamerstukken 36 600 B en 36 600 C, nr. 6).", "kst-36600-B-6 kst-36600-C-6");
    kst("Zie Kamerstukken II 2024/25, 36 600 B en 36 600 C, nr. 6.", "kst-36600-B-6 kst-36600-C-6");
    kst("de brief (36 410 VII en 36 410 B, nr. 3)", "kst-36410-VII-3 kst-36410-B-3");
    kst("In 2024 en 36 600 C, nr. 7 staat het.", "kst-36600-C-7");
    kst("de motie-Bikker (bijlage B en 36 600 C, nr. 7)", "kst-36600-C-7");
}

/* A footnote whose number the text glued to its first word ("100Motie van
 * het lid Sneller c.s., Kamerstukken ..."): the motion is read; a figure
 * glued to a small "motie" is no such footnote. */
static void test_footnote_glued_motion(void **state)
{
    (void)state;
    test_check(det, "Zie de brief.\n               100Motie van het lid Sneller c.s., Kamerstukken II 2020/21 35 570-IX, nr. 14\n",
               "2025-06-15", "kst-35570-IX-14", "kst-35570-IX-14/Sneller", ',', false);
    test_check(det, "12Motie van de leden Bromet en Inge van Dijk (Kamerstuk 35 830 VII, nr. 13).\n", "2025-06-15",
               "kst-35830-VII-13", "kst-35830-VII-13/Bromet,Inge van Dijk", ',', false);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nr_with_letter),
        cmocka_unit_test(test_joint_subs),
        cmocka_unit_test(test_footnote_glued_motion),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
