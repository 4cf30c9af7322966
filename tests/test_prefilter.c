/*
 * test_prefilter.c - the detector's prefilters (ingest/detect.h,
 * ki_detector_prefilter()): the SSE2 test, the SSSE3 nibble tables and
 * their AVX2 form must let the same places through, so that every level
 * gives the same records.  Asked of a text that puts each anchor at every
 * place of a 32-byte block, and of the gold and corpus texts.
 */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/detect.h"
#include "tests/testutil.h"
#include "util/buf.h"

static ki_detector *det;

/* The records of text at prefilter level, as JSON (the caller frees). */
static char *records(const char *text, size_t len, int level)
{
    assert_int_equal(ki_detector_prefilter(det, level) <= level, 1);
    ki_text *t = ki_text_from_string(text, len);
    assert_non_null(t);
    ki_refs *r = NULL;
    ki_err err;
    if (ki_detect(det, t, "2025-06-15", &r, &err))
        fail_msg("ki_detect: %s", err.msg);
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_refs_to_json(r, "t", &b), KI_OK);
    ki_refs_free(r);
    ki_text_free(t);
    return b.data;
}

/* Every level gives what the best one gives; returns how many records
 * (JSON objects) that is, roughly: the number of "id" keys. */
static int same_at_all_levels(const char *text, size_t len)
{
    int best = ki_detector_prefilter(det, KI_PF_AVX2);
    char *want = records(text, len, best);
    for (int level = KI_PF_SSE2; level < best; level++) {
        char *got = records(text, len, level);
        if (strcmp(got, want) != 0)
            fail_msg("prefilter level %d finds other records than level %d", level, best);
        free(got);
    }
    ki_detector_prefilter(det, best);
    int n = 0;
    for (const char *p = want; (p = strstr(p, "\"id\"")); p++)
        n++;
    free(want);
    return n;
}

static void test_levels(void **state)
{
    (void)state;
    int best = ki_detector_prefilter(det, -1);
    assert_true(best >= KI_PF_SSE2 && best <= KI_PF_AVX2);
    assert_int_equal(ki_detector_prefilter(det, KI_PF_SSE2), KI_PF_SSE2);
    assert_int_equal(ki_detector_prefilter(det, KI_PF_AVX2), best);
}

/* Each anchor the prefilter knows, at each of the 32 places of a block
 * and near the end of the text, where the vector loops hand over to the
 * byte loop. */
static void test_anchors_everywhere(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Zie Kamerstukken II 2019/20, 35 300-XV, nr. 28 en Kamerstuk 21501-32-1740.",
        "De motie-Van Dijk (Kamerstuk 36200-XVI, nr. 12) is aangenomen; t.v.v. 31497-297.",
        "Ik zeg de Kamer toe dat ik uw Kamer voor de zomer zal informeren.",
        "Zoals toegezegd (TZ202501-123, T03912) informeer ik u hierbij; idem, nr. 14.",
        "Handelingen II 2012-2013, nr. 71, item 15; kst-36200-XVI-12; ah-tk-20242025-1821.",
        "Wij zijn voornemens u te berichten; ik heb eerder aangegeven uw Kamer te informeren.",
        "Ik kom hierop terug. Uw Kamer ontvangt voor de zomer een brief; ik streef ernaar.",
        "Ik verwacht uw Kamer in het najaar te informeren, zoals gemeld en laten weten.",
        "Ik heb de Kamer in het debat van 14 mei beloofd een overzicht te sturen.",
        "Wel laat ik u voor 1 mei 2027 weten of de regeling doorgaat.",
        "(EK, B) en (EK CXXIV, H), brief 2024D38217 en 2023Z06928, letter A; EK 34300.",
        "vervallen: 35300-XII-53; 34348-74\n31497-305 (CXLVIII, D) no. 3, nos. 4",
        "Uw Kamer is geïnformeerd; dit stuk, op stuk nr. 13, de motie op nr. 58.",
    };
    ki_buf b = KI_BUF_INIT;
    for (size_t pad = 0; pad < 33; pad++)
        for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
            assert_int_equal(ki_buf_addf(&b, "%.*s%s\n", (int)pad, "................................."
                                                              "..", lines[k]), 0);
        }
    int n = same_at_all_levels(b.data, b.len);
    /* the text holds references of every kind: a test that finds none
     * compares nothing */
    assert_true(n > 100);
    /* the same lines as the last bytes of a text, one length after another */
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++)
        for (size_t cut = 0; cut < 40; cut++) {
            size_t l = strlen(lines[k]);
            same_at_all_levels(lines[k] + (cut < l ? cut : l), l - (cut < l ? cut : l));
        }
    ki_buf_free(&b);
}

static void test_real_texts(void **state)
{
    (void)state;
    const char *top = getenv("TOP");
    static const char *const dirs[] = {"tests/gold/docs", "corpus/txt"};
    int files = 0, recs = 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        char pat[4096];
        snprintf(pat, sizeof pat, "%s/%s/*.txt", top ? top : ".", dirs[d]);
        glob_t g;
        if (glob(pat, 0, NULL, &g) != 0)
            continue;
        for (size_t i = 0; i < g.gl_pathc; i++) {
            size_t len = 0;
            char *text = test_slurp(g.gl_pathv[i], &len);
            assert_non_null(text);
            recs += same_at_all_levels(text, len);
            free(text);
            files++;
        }
        globfree(&g);
    }
    if (!files) {
        print_message("no texts under %s: skipped\n", top ? top : ".");
        skip();
    }
    assert_true(recs > 0);
}

static int setup(void **state)
{
    (void)state;
    ki_err err;
    return ki_detector_new(&det, &err) == KI_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ki_detector_free(det);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_anchors_everywhere),
        cmocka_unit_test(test_real_texts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
