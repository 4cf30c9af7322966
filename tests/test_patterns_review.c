/*
 * test_patterns_review.c - the detector (ingest/detect.h) on the Kamerstuk
 * and motion forms that reviews of real text found wrong: each case is a
 * rule of the language, written as its own short sentence.
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

static ki_detector *det;

static ki_refs *detect(const char *text)
{
    ki_text *t = ki_text_from_string(text, strlen(text));
    ki_refs *r = NULL;
    ki_err err;
    assert_non_null(t);
    if (ki_detect(det, t, "2025-06-15", &r, &err))
        fail_msg("ki_detect: %s", err.msg);
    ki_text_free(t);
    return r;
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

/* The motions of r as "ID/SPONSOR" (ID "-" when null, SPONSOR the first
 * or "-"), space separated, must be want. */
static void motions_equal(const ki_refs *r, const char *want)
{
    char got[1024] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s/%s", o ? " " : "", m->kamerstuk ? m->kamerstuk : "-",
                         m->nsponsors ? m->sponsors[0].name : "-");
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

/* "motie op stuk ...": the ", nr." after a dash id makes the dash a
 * sub-dossier's; a bracketed dossier right after "op stuk nr. N" is N's */
static void test_motion_op_stuk(void **state)
{
    (void)state;
    check("De motie op stuk 21501-32, nr. 672 wordt aangehouden.", "kst-21501-32-672", "kst-21501-32-672/-");
    check("Op verzoek van het lid Lodders stel ik voor, haar motie op stuk 21501-32, nr. 672 opnieuw aan te "
          "houden.", "kst-21501-32-672", "kst-21501-32-672/Lodders");
    check("De motie op stuk nr. 68 (35483) is aangenomen.", "kst-35483-68", "kst-35483-68/-");
    /* the dossier of the motion before does not carry over */
    check("Zij krijgt nr. 2708 (19637).\n\nDe motie op stuk nr. 68 (35483) is aangenomen.",
          "kst-19637-2708 kst-35483-68", NULL);
    check("De moties op stuk nrs. 68 en 70 (35 483) zijn aangenomen.", "kst-35483-68 kst-35483-70", NULL);
    check("Het amendement op stuk nr. 12 (36 600-XVI) is aangenomen.", "kst-36600-XVI-12", NULL);
    /* a motion read out takes its number from "Zij krijgt nr.", not from
     * the motion its overwegingen cite */
    check("De heer Jansen (SP):\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat in februari "
          "de motie op stuk nr. 68 (35483) is aangenomen;\n\nverzoekt de regering de pardonners te "
          "naturaliseren,\n\nen gaat over tot de orde van de dag.\n",
          "kst-35483-68", "-/Jansen kst-35483-68/-");
}

/* "de moties, en ... de brieven van 14 september (A / B, CH)": the number
 * after a letter named between is the letter's, not the motions' */
static void test_motions_and_letters(void **state)
{
    (void)state;
    check("De commissies besluiten inbreng te leveren over de niet-uitgevoerde moties, en dit te combineren met "
          "de inbreng over de brieven van 14 september jl. (35526 / 25295, CH).",
          "kst-35526-CH kst-25295-CH", "");
    check("De commissie bespreekt de openstaande moties en de brieven van 14 september (36200, nr. 5).",
          "kst-36200-5", "");
    /* one motion in a joint dossier is one motion */
    check("De motie-Van der Voort c.s. (35.526, BH) is aangenomen.", "kst-35526-BH", "kst-35526-BH/Van der Voort");
    check("De moties van de leden Jansen en Pietersen (Kamerstukken 33 576 en 26 407, nr. 254) zijn aangenomen.",
          "kst-33576-254 kst-26407-254", "kst-33576-254/Jansen");
}

/* a page's own row names the document itself, not a reference */
static void test_own_row(void **state)
{
    (void)state;
    check("Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
          "Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n"
          "De commissie heeft over het rapport bij het jaarverslag (Kamerstuk 31 444 XI, nr. 4) de navolgende vragen "
          "ter beantwoording aan de regering voorgelegd.\n",
          "kst-31444-XI-4", NULL);
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n");
    assert_string_equal(r->self_id, "kst-31444-XVI-6");
    kst_equal(r, "");
    ki_refs_free(r);
}

/* "nr." may follow a dossier without the comma between, in every form:
 * the number is the document's, never a sub-dossier's */
static void test_nr_without_comma(void **state)
{
    (void)state;
    check("De motie op stuk 21501-32 nr. 672 wordt aangehouden.", "kst-21501-32-672", "kst-21501-32-672/-");
    check("Op verzoek van het lid Lodders stel ik voor, haar motie op stuk 21501-32 nr. 672 opnieuw aan te "
          "houden.", "kst-21501-32-672", "kst-21501-32-672/Lodders");
    check("De moties op stuk 21501-32 nrs. 672 en 673 worden aangehouden.", "kst-21501-32-672 kst-21501-32-673",
          NULL);
    check("Zie Kamerstuk 29279 nr. 889 en Kamerstuk 21501-32 nr. 674.", "kst-29279-889 kst-21501-32-674", NULL);
    check("Zie Kamerstukken II 2023/24 36410 nr. 5.", "kst-36410-5", NULL);
    check("De motie 21501-32 NR. 672 is aangenomen.", "kst-21501-32-672", NULL);
    /* a compact id stays whole */
    check("De motie op stuk 21501-32-1740 is uitgevoerd.", "kst-21501-32-1740", NULL);
    /* look-alikes stay silent */
    check("Het bedrag van EUR 21501-32 nr. 672 is hoog.", "", NULL);
    check("In de periode 2019-20 nr. 3 van de reeks.", "", NULL);
    check("Bel 070-34 nr. 5 of 06-12 nr. 4.", "", NULL);
    check("Zie stuk 2024-25 nr. 3 en stuk 12-3 nr. 4.", "", NULL);
    check("Het artikel 21501, lid 32, nr. 672 geldt.", "", NULL);
}

int main(void)
{
    ki_err err;
    if (ki_detector_new(&det, &err)) {
        fprintf(stderr, "ki_detector_new: %s\n", err.msg);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_motion_op_stuk),
        cmocka_unit_test(test_motions_and_letters),
        cmocka_unit_test(test_own_row),
        cmocka_unit_test(test_nr_without_comma),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
