/*
 * test_mot16.c - the detector (ingest/detect.h) on motion forms and document
 * metadata of the eighth held-out set's kinds: a list item's motion title
 * broken over lines, a member's or a future "afgedaan", and the kind of a
 * letter that speaks of other kinds of documents.  Each case is a rule of
 * the language, written as its own short text, with look-alikes.
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
    return test_detect(det, text, "2026-12-01");
}

/* The motions of r as "ID/SPONSOR/RELATION" (ID "-" when null, SPONSOR the
 * first or "-"), space separated, must be want. */
static void motions_equal(const ki_refs *r, const char *want)
{
    char got[1024] = "";
    size_t o = 0;
    for (size_t i = 0; i < r->nmotions; i++) {
        const ki_motion *m = &r->motions[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s/%s/%s", o ? " " : "", m->kamerstuk ? m->kamerstuk : "-",
                         m->nsponsors ? m->sponsors[0].name : "-", ki_relation_str(m->relation));
        if (w < 0 || (size_t)w >= sizeof got - o)
            break;
        o += (size_t)w;
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
}

static void check(const char *text, const char *motions)
{
    ki_refs *r = detect(text);
    motions_equal(r, motions);
    ki_refs_free(r);
}

/* A list item's motion title broken over lines keeps the number in the
 * brackets below it: the first line ends in an article or a preposition,
 * the next goes on in lower case, or the next ends in the bracketed
 * reference; a short item title above a body is still a heading. */
static void test_item_title_over_lines(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "a. Motie van het lid Kamminga c.s. over het versterken van het\n"
          "exportinstrumentarium voor het mkb (Kamerstuk 36 180, nr. 92)\n"
          "De regeling is per 1 september 2026 verruimd. Hiermee is de motie\nuitgevoerd.\n",
          "kst-36180-92/Kamminga/settled");
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "b. Motie van de leden Boswijk en Dobbe over de inzet bij de Raad\n"
          "Buitenlandse Zaken Handel (Kamerstuk 21501-02-3011)\n"
          "Het kabinet heeft dit punt op 14 november jl. ingebracht. De motie\nis daarmee afgedaan.\n",
          "kst-21501-02-3011/Boswijk/settled");
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "d. Motie van het lid Van der Burg (VVD) over de ratificatie van\n"
          "investeringsakkoorden met Chili (Kamerstuk 36 180, nr. 99)\n"
          "Het wetsvoorstel is op 2 oktober jl. ingediend. De motie wordt uitgevoerd.\n",
          "kst-36180-99/Van der Burg/progress");
    /* look-alike: a short heading and its body; the motion in the body */
    check("Geachte voorzitter,\n\n"
          "a. Exportinstrumentarium\n"
          "De motie van het lid Kamminga c.s. (Kamerstuk 36 180, nr. 92) is uitgevoerd.\n",
          "kst-36180-92/Kamminga/settled");
}

/* A one-line motion title of a register list gets its number from the
 * labelled line below it ("Vindplaats: Kamerstuk 35 165 (R2171), nr. 19"),
 * and the label is no part of its subject; a label line without a
 * Kamerstuk gives none. */
static void test_title_above_label_line(void **state)
{
    (void)state;
    const char *text = "5.1 Moties\n\n"
                       "Motie-Bikker c.s. over het kiesrecht van Nederlanders in het buitenland\n"
                       "Vindplaats: Kamerstuk 35 165 (R2171), nr. 19\n"
                       "Stand van zaken: Het wetsvoorstel is naar de Raad van State gestuurd. In uitvoering.\n";
    check(text, "kst-35165-19/Bikker/progress");
    ki_refs *r = detect(text);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "het kiesrecht van Nederlanders in het buitenland");
    ki_refs_free(r);
    check("5.1 Moties\n\n"
          "Motie van het lid Sneller over een openbaarheidstoets bij nieuwe wetsvoorstellen\n"
          "Vindplaats: commissiedebat Openbaarheid, 12 juni 2026\n"
          "Stand van zaken: In uitvoering.\n",
          "-/Sneller/progress");
}

/* The kind of a document: a letter that speaks of beslisnota's below its
 * salutation is a brief; a note that names itself a beslisnota above a
 * letter it goes with is one. */
static void kind_is(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    assert_non_null(r->kind);
    assert_string_equal(r->kind, want);
    ki_refs_free(r);
}

static void test_letter_about_beslisnotas(void **state)
{
    (void)state;
    kind_is("Datum 14 december 2026\nBetreft Informatievoorziening aan de Kamer\n\nGeachte voorzitter,\n\n"
            "Sinds 1 oktober 2026 worden de beslisnota's bij alle Kamerbrieven openbaar gemaakt. Het model "
            "van de beslisnota is aangepast.\n\nDe minister-president,\n\nM. Jansen\n",
            "brief");
    kind_is("Beslisnota bij Kamerbrief over de informatievoorziening\n\nAanleiding\nU heeft toegezegd de Kamer "
            "te informeren.\n\nGeachte voorzitter,\n\nHierbij informeer ik u.\n",
            "beslisnota");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_title_over_lines),
        cmocka_unit_test(test_title_above_label_line),
        cmocka_unit_test(test_letter_about_beslisnotas),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
