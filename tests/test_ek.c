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

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, "2026-12-15");
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

/* The motions of r as "ID/SPONSOR,SPONSOR" (ID "-" when null, sponsors
 * "-" when none), space separated, must be want. */
static void motions_equal(const ki_refs *r, const char *want)
{
    char got[1024] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions && o < sizeof got; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s/", o ? " " : "", m->kamerstuk ? m->kamerstuk : "-");
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
        for (size_t j = 0; j < m->nsponsors || j == 0; j++) {
            w = snprintf(got + o, sizeof got - o, "%s%s", j ? "," : "", m->nsponsors ? m->sponsors[j].name : "-");
            if (w < 0 || (size_t)w >= sizeof got - o)
                break;
            o += (size_t)w;
        }
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

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ek_motion_letter),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
