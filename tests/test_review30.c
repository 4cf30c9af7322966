/*
 * test_review30.c - the detector (ingest/detect.h) on forms that new
 * blind evaluation sets (session 22: heldout53-) and open gaps of the
 * earlier ones found wrong.  Each case is a rule of the language, written
 * as its own short text.
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

/* A footnote mark glued to the word "motie" itself ("De motie2 van het
 * lid Bakir"): the motion's Kamerstuk is on the footnote's line. */
static void test_mark_on_motie(void **state)
{
    (void)state;
    test_check(det,
               "Den Haag, 3 november 2026\n\nDe motie2 van het lid Bakir (DENK) c.s. vraagt om een verplichte "
               "certificering. Met deze brief is die motie uitgevoerd.\n\n"
               "2 Kamerstukken II 2025/26, 29 861, nr. 142\n",
               "2026-11-03", "kst-29861-142", "kst-29861-142/Bakir/settled", '/', true);
}

/* A report named by a progress word is the means of a settled verb:
 * "Met deze tussenstand doe ik de toezegging gestand ..." is settled. */
static void test_progress_as_means(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 20 april 2026\n\nMet deze tussenstand doe ik ook de toezegging gestand die ik "
                             "in het commissiedebat Mbo van 5 februari jl. deed.\n",
                             "2026-04-20");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "", "2026-02-05", NULL, TEST_ANY, "", "settled");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mark_on_motie),
        cmocka_unit_test(test_progress_as_means),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
