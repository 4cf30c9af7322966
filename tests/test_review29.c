/*
 * test_review29.c - the detector (ingest/detect.h) on forms that new
 * blind evaluation sets (session 21: heldout43-heldout48) found wrong.
 * Each case is a rule of the language, written as its own short text.
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

/* The chair of the Eerste Kamer names the number a promise is registered
 * under: "die wordt geregistreerd als T03929". */
static void test_registered_as(void **state)
{
    (void)state;
    const char *text =
        "De voorzitter:\nIk constateer dat de minister een toezegging heeft gedaan aan de heer Van Wely over de "
        "wachtrij per netbeheerder, die wordt\ngeregistreerd als T03929.\n";
    ki_refs *r = test_detect(det, text, "2025-12-09");
    test_ids_equal(r, TEST_TK, "T03929");
    ki_refs_free(r);
}

/* A double surname with a one-letter part, in a joint motion's name:
 * "de motie-Haverkamp-Dijk/Tjon-A-Fat". */
static void test_one_letter_part(void **state)
{
    (void)state;
    test_check(det,
               "Den Haag, 3 juni 2026\n\nDe motie-Haverkamp-Dijk/Tjon-A-Fat over een landelijk telefoonnummer "
               "(Kamerstuk 31 839, nr. 1020) is uitgevoerd.\n",
               "2026-06-03", "kst-31839-1020", "kst-31839-1020/Haverkamp-Dijk/Tjon-A-Fat", '/', false);
}

/* A passive "wordt ... nagekomen" is done when this text or a provision of
 * it does it ("Met artikel I, onderdeel B, wordt die toezegging
 * nagekomen", "Hiermee wordt ..."), and under way otherwise ("wordt stap
 * voor stap uitgevoerd"). */
static void test_passive_done_here(void **state)
{
    (void)state;
    static const struct {
        const char *verdict, *rel;
    } cases[] = {
        {"Met artikel I, onderdeel B, wordt die toezegging nagekomen.", "settled"},
        {"Hiermee wordt die toezegging nagekomen.", "settled"},
        {"Die toezegging wordt stap voor stap uitgevoerd.", "progress"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Den Haag, 1 april 2026\n\nTijdens het commissiedebat Woningmarkt van 12 maart 2026 heeft de "
                 "minister voor Volkshuisvesting en Ruimtelijke Ordening toegezegd een meldplicht op te nemen. "
                 "%s\n",
                 cases[i].verdict);
        ki_refs *r = test_detect(det, text, "2026-04-01");
        assert_int_equal(r->ncommitments, 1);
        test_commitment_equal(r, 0, "MVRO", "2026-03-12", NULL, "commissiedebat Woningmarkt", "", cases[i].rel);
        ki_refs_free(r);
    }
}

/* What gives effect to a motion, named before its verb: "Artikel I,
 * onderdeel D, geeft aan die motie uitvoering" (settled); the writer at
 * work ("Ik geef aan deze motie uitvoering via ...; het ontwerpbesluit
 * wordt in het voorjaar voorgehangen") and "geef ik verder uitvoering aan
 * deze motie" go on (progress). */
static void test_gives_effect(void **state)
{
    (void)state;
    test_check(det,
               "Den Haag, 1 april 2026\n\nDe Eerste Kamer nam de motie-Dekkers-Aalbers c.s. aan (Kamerstukken I "
               "2023/24, 36 040, K), die vroeg woningdelers te beschermen. Artikel I, onderdeel D, geeft aan die "
               "motie uitvoering.\n",
               "2026-04-01", "kst-36040-K", "kst-36040-K/Dekkers-Aalbers/settled", '/', true);
    test_check(det,
               "Den Haag, 1 april 2026\n\nDe motie van het lid De Graaf-Wouters (ChristenUnie) c.s. over "
               "platformwerk (Kamerstuk 21 501-31, nr. 798) verzoekt de regering in de Raad te pleiten voor "
               "strenger toezicht. Bij de onderhandelingen in 2026 geef ik verder uitvoering aan deze motie.\n",
               "2026-04-01", "kst-21501-31-798", "kst-21501-31-798/De Graaf-Wouters/progress", '/', true);
}

/* A verdict that names the item again in the sentence after wins over a
 * state of its subject told first: "De triloog loopt nog; ... Hiermee is
 * deze toezegging afgedaan." is settled, not progress. */
static void test_verdict_after_state(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 20 januari 2026\n\nTijdens het commissiedebat Landbouw- en Visserijraad van 3 december jl. heb "
        "ik toegezegd uw Kamer voorafgaand aan deze Raad te informeren over de onderhandelingen over nieuwe "
        "genomische technieken. De triloog loopt nog; een akkoord over de etikettering ligt binnen bereik. "
        "Hiermee is deze toezegging afgedaan.\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en "
        "Natuur,\n\nA. Verbeek\n";
    ki_refs *r = test_detect(det, text, "2026-01-20");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MLVVN", "2025-12-03", NULL, "commissiedebat Landbouw- en Visserijraad", "",
                          "settled");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_registered_as),     cmocka_unit_test(test_one_letter_part),
        cmocka_unit_test(test_passive_done_here), cmocka_unit_test(test_gives_effect),
        cmocka_unit_test(test_verdict_after_state),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
