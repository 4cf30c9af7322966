/*
 * test_patterns.c - every example of the pattern table (ingest/patterns.c)
 * is a test: each must-match example matches its row, each must-not example
 * does not, and where an example names the ids the detector must report,
 * the whole detector reports exactly those, in order.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/detect.h"
#include "ingest/patterns.h"
#include "util/buf.h"

static int setup(void **state)
{
    ki_detector *d;
    ki_err err;
    if (ki_detector_new(&d, &err))
        return -1;
    *state = d;
    return 0;
}

static int teardown(void **state)
{
    ki_detector_free(*state);
    return 0;
}

static void test_table_is_indexed_by_id(void **state)
{
    (void)state;
    for (int i = 0; i < KI_P_COUNT; i++) {
        assert_int_equal(ki_patterns[i].id, i);
        assert_non_null(ki_patterns[i].name);
        assert_non_null(ki_patterns[i].re);
        assert_non_null(ki_patterns[i].match);
        assert_non_null(ki_patterns[i].match[0].text); /* every row has an example */
        assert_non_null(ki_patterns[i].nomatch);
        if (i <= KI_P_SCAN_LAST)
            assert_non_null(ki_patterns[i].canon);
    }
}

/* The ids the detector reports for text, space separated, document order
 * within each kind (Kamerstukken, Handelingen, tk numbers). */
static char *ids_of(ki_detector *d, const char *text)
{
    ki_text *t = ki_text_from_string(text, strlen(text));
    ki_refs *r = NULL;
    ki_err err;
    assert_non_null(t);
    assert_int_equal(ki_detect(d, t, "2025-06-15", &r, &err), KI_OK);
    ki_buf b = KI_BUF_INIT;
    ki_buf_adds(&b, "");
    for (size_t i = 0; i < r->nkamerstukken; i++)
        ki_buf_addf(&b, "%s%s", b.len ? " " : "", r->kamerstukken[i].id);
    for (size_t i = 0; i < r->nhandelingen; i++)
        ki_buf_addf(&b, "%s%s", b.len ? " " : "", r->handelingen[i].id);
    for (size_t i = 0; i < r->ntk_numbers; i++)
        ki_buf_addf(&b, "%s%s", b.len ? " " : "", r->tk_numbers[i].id);
    ki_refs_free(r);
    ki_text_free(t);
    return ki_buf_detach(&b, NULL);
}

static void test_examples(void **state)
{
    ki_detector *d = *state;
    int checked = 0;
    for (int i = 0; i < KI_P_COUNT; i++) {
        const ki_pattern *p = &ki_patterns[i];
        for (const ki_example *e = p->match; e->text; e++) {
            size_t s, en;
            int rc = ki_detector_match(d, i, e->text, strlen(e->text), &s, &en);
            if (rc != 1)
                fail_msg("%s: must match \"%s\" (rc %d)", p->name, e->text, rc);
            if (e->expect) {
                char *got = ids_of(d, e->text);
                if (strcmp(got, e->expect) != 0)
                    fail_msg("%s: \"%s\" gives \"%s\", want \"%s\"", p->name, e->text, got, e->expect);
                free(got);
            }
            checked++;
        }
        for (const char *const *x = p->nomatch; *x; x++) {
            size_t s, en;
            int rc = ki_detector_match(d, i, *x, strlen(*x), &s, &en);
            if (rc != 0)
                fail_msg("%s: must not match \"%s\" (matched \"%.*s\")", p->name, *x,
                         rc == 1 ? (int)(en - s) : 0, rc == 1 ? *x + s : "");
            /* and the whole detector reports no reference of this kind */
            if (p->kind == KI_PK_KAMERSTUK || p->kind == KI_PK_HANDELING || p->kind == KI_PK_TKNUMBER) {
                char *got = ids_of(d, *x);
                const char *pre = p->kind == KI_PK_KAMERSTUK ? "kst-" : p->kind == KI_PK_HANDELING ? "h" : "";
                if (*pre && strstr(got, pre) == got)
                    fail_msg("%s: \"%s\" must give no %s reference, gives \"%s\"", p->name, *x, pre, got);
                free(got);
            }
            checked++;
        }
    }
    assert_true(checked > 100);
}

/* Look-alikes the issue names: none of them is any kind of reference. */
static void test_lookalikes_find_nothing(void **state)
{
    static const char *const texts[] = {
        "Het budget bedraagt EUR 29.279 per gemeente.",
        "De subsidie bedraagt \xE2\x82\xAC 28.345 per jaar.",
        "Bel ons op 070-3407911 of 070 - 340 79 11.",
        "Op grond van artikel 3, lid 5, van de wet.",
        "Postbus 20350, 2500 EJ Den Haag; Turfmarkt 147, 2511 CV Den Haag.",
        "Ons kenmerk 4132817-1084052-DMO.",
        "Een stijging van 12,5% en 29 procent in 2024.",
        "In 2023 en 2024 en 1999.",
        "Op 16 oktober 2024 om 14.00 uur.",
        "Stb. 2023, 45 en Stcrt. 2023, 18279.",
        NULL,
    };
    for (const char *const *t = texts; *t; t++) {
        char *got = ids_of(*state, *t);
        if (*got)
            fail_msg("\"%s\" gives \"%s\", want nothing", *t, got);
        free(got);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_is_indexed_by_id),
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_lookalikes_find_nothing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
