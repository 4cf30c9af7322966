/*
 * test_mot15.c - the detector (ingest/detect.h) on motion and Kamerstuk
 * forms: a table laid out in columns whose status cell starts a little
 * left of its column, "op stuk nr." in the verslag of a debate on a
 * dossier, a motion read out and signed by its movers, a compact number
 * alone at a line's start, a motion partly carried out.  Each case is a
 * rule of the language written as its own short text; all made up.
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

/* The Kamerstuk ids of r, space separated, must be want. */
static void kst_equal(const ki_refs *r, const char *want)
{
    char got[1024] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nkamerstukken; i++) {
        int w = snprintf(got + o, sizeof got - o, "%s%s", o ? " " : "", r->kamerstukken[i].id);
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
}

/* The motions of r as "ID/SPONSORS/RELATION" (ID "-" when null, SPONSORS
 * the names joined by "+", "-" when none), space separated, must be want. */
static void motions_equal(const ki_refs *r, const char *want)
{
    char got[2048] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s/", o ? " " : "", m->kamerstuk ? m->kamerstuk : "-");
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
        for (size_t k = 0; k < m->nsponsors || k == 0; k++) {
            w = snprintf(got + o, sizeof got - o, "%s%s", k ? "+" : "", m->nsponsors ? m->sponsors[k].name : "-");
            if (w < 0 || (size_t)w >= sizeof got - o)
                break;
            o += (size_t)w;
        }
        w = snprintf(got + o, sizeof got - o, "/%s", ki_relation_str(m->relation));
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
}

static void check(const char *text, const char *kst, const char *motions)
{
    ki_refs *r = detect(text);
    kst_equal(r, kst);
    if (motions)
        motions_equal(r, motions);
    ki_refs_free(r);
}

/* A table in columns: a status cell that starts a character or a few left
 * of its column, on a line whose first cell has text too, moves the column
 * start (even up to the text before it); the row keeps its number. */
static void test_table_cell_left_of_column(void **state)
{
    (void)state;
    check("Motie                                                 Stand van zaken\n"
          "Motie van het lid Bakker (VVD) over de inzet van de    Afgedaan. De regeling is\n"
          "drones bij de brandweer (Kamerstuk 29 517,           per 1 maart aangepast.\n"
          "nr. 240)\n"
          "\n"
          "Motie-Visser (SP) over de kosten van ambulances    Loopt. Het onderzoek\n"
          "in de regio Twente (Kamerstuk 29 517, nr. 251)       volgt in juni.\n",
          "kst-29517-240 kst-29517-251",
          "kst-29517-240/Bakker/settled kst-29517-251/Visser/progress");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_cell_left_of_column),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
