/*
 * test_review26.c - the detector (ingest/detect.h) on forms a review of
 * real text (session 18) found wrong.  Each case is a rule of the
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

/* A motion's paragraph that says the work on it has begun, the work
 * named as the sentence's subject ("De voorbereiding van de pilot is
 * gestart", "Het onderzoek is in maart begonnen"): progress.  A thing that
 * is no work on it ("Het jaar is goed gestart") says nothing. */
static void test_work_begun(void **state)
{
    (void)state;
    const char *text = "Den Haag, 12 maart 2026\n\nGeachte voorzitter,\n\nDe motie van het lid Bikker (CU) over "
                       "schuldhulp voor jongeren (Kamerstuk 36 600-XV, nr. 31) verzoekt de regering een pilot te "
                       "starten. De voorbereiding van de pilot is gestart.\n\nDe motie van het lid Dassen (Volt) "
                       "over fondsen (Kamerstuk 21 501-20, nr. 2100) verzoekt de regering een fonds op te richten. "
                       "Het jaar is goed gestart.\n\nDe motie van het lid Omtzigt (NSC) over toeslagen (Kamerstuk "
                       "31 066, nr. 1400) vraagt om een onderzoek. Het onderzoek is in maart begonnen.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r,
                       "kst-36600-XV-31/Bikker/progress kst-21501-20-2100/Dassen/cited "
                       "kst-31066-1400/Omtzigt/progress",
                       0, true);
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_work_begun),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
