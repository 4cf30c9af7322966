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
    test_commitment_equal(r, 0, "MLVVN", "2025-12-03", "voorafgaand aan deze Raad", "commissiedebat Landbouw- en Visserijraad", "",
                          "settled");
    ki_refs_free(r);
}

/* A verslag's closing list: "De staatssecretaris stuurt de Kamer ..." is
 * the staatssecretaris the committee met (staatssecretaris Jeugd,
 * Preventie en Sport), not the minister its head names first. */
static void test_verslag_item_rank(void **state)
{
    (void)state;
    const char *text =
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2025-2026\n\n32 793  Preventiebeleid voor de "
        "volksgezondheid\n\nNr. 861  VERSLAG VAN EEN COMMISSIEDEBAT\n\nVastgesteld 7 mei 2026\n\nDe vaste "
        "commissie voor Volksgezondheid, Welzijn en Sport heeft op 9 april 2026 overleg\ngevoerd met mevrouw Van "
        "Aalst-Brink, minister van Volksgezondheid, Welzijn en Sport, en de\nheer Brandsma-Kooi, staatssecretaris "
        "Jeugd, Preventie en Sport, over:\n- de brief over de Nationale Preventiestrategie.\n\nToezeggingen:\n"
        "- De staatssecretaris stuurt de Kamer voor het zomerreces een brief over de afspraken met\nsupermarkten.\n"
        "- De minister zegt toe de Kamer voor 1 juli 2026 te informeren over de handhaving.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "SJSP", "2026-04-09", "voor het zomerreces", TEST_ANY, "", "made");
    test_commitment_equal(r, 1, "MVWS", "2026-04-09", "voor 1 juli 2026", TEST_ANY, "", "made");
    ki_refs_free(r);
}

/* A term named by a meeting to come: a Raad of the EU by its short name
 * and month ("voor de EPSCO van maart 2026", "voor de Ecofinraad van
 * maart"), an event after its article ("voorafgaand aan deze Raad"); not
 * "voor de Raad van State". */
static void test_council_terms(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Ik zal uw Kamer voor de EPSCO van maart 2026 informeren.", "voor de EPSCO van maart 2026"},
        {"Ik zeg u toe dat u voor de Ecofinraad van maart een brief ontvangt.", "voor de Ecofinraad van maart"},
        {"Ik informeer u voorafgaand aan deze Raad over de stand.", "voorafgaand aan deze Raad"},
        {"Het advies gaat voor de Raad van State ter inzage.", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_deadline d;
        bool found = ki_deadline_find(cases[i].text, strlen(cases[i].text), &d);
        if (!cases[i].want) {
            assert_false(found);
            continue;
        }
        assert_true(found);
        assert_int_equal(d.end - d.start, strlen(cases[i].want));
        assert_memory_equal(cases[i].text + d.start, cases[i].want, strlen(cases[i].want));
    }
}

/* A body's promise named by its name is no bewindspersoon's, nor a
 * refusal ("Die toezegging doe ik niet"): "ProRail
 * heeft de toezegging gedaan ...", "Universiteiten van Nederland heeft mij
 * toegezegd ..."; the minister's, with the subject after the verb, is:
 * "In dat overleg heeft de minister toegezegd ...". */
static void test_named_body(void **state)
{
    (void)state;
    static const struct {
        const char *sentence;
        size_t want;
    } cases[] = {
        {"ProRail heeft de toezegging gedaan de overweg voor 1 juli 2027 te beveiligen.", 0},
        {"Noord-Brabant heeft een vergelijkbare toezegging gedaan voor de zomer.", 0},
        {"Universiteiten van Nederland heeft mij toegezegd voor 1 juli 2027 te rapporteren.", 0},
        {"In het commissiedebat Spoor van 3 maart jl. heeft de minister toegezegd de Kamer voor de zomer te "
         "informeren.",
         1},
        {"De heer Lammers vraagt of de kosten dalen. Die toezegging doe ik niet.", 0},
        {"De heer Lammers vraagt of de kosten dalen. Die toezegging doe ik graag.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Den Haag, 1 mei 2026\n\n%s\n\nDe minister van Infrastructuur en Waterstaat,\n\nJ. Jansen\n",
                 cases[i].sentence);
        ki_refs *r = test_detect(det, text, "2026-05-01");
        if (r->ncommitments != cases[i].want)
            fail_msg("\"%s\": %zu commitments, want %zu", cases[i].sentence, r->ncommitments, cases[i].want);
        ki_refs_free(r);
    }
}

/* A verslag's "kondigt een motie aan" is a motion still to come, in the
 * tweeminutendebat asked for: no record (the past "kondigde ... aan" of a
 * debate held stays one). */
static void test_announced_motion(void **state)
{
    (void)state;
    test_check(det,
               "Vastgesteld 20 oktober 2026\n\nHet lid Maaskant (GroenLinks-PvdA) heeft een tweeminutendebat "
               "Hoger onderwijs aangevraagd en kondigt een motie aan over de duur van promotietrajecten.\n",
               "2026-10-20", "", "", '/', false);
}

/* Two sittings of one year, each with its item: "(Handelingen II
 * 2026/27, nr. 47, item 6,\nen nr. 48, item 11)". */
static void test_next_sitting(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 1 mei 2027\n\nZie de debatten (Handelingen II 2026/27, nr. 47, item 6,\nen "
                             "nr. 48, item 11) en Handelingen II 2026/27, nr. 21, item 4 en nr. 22, item 6.\n",
                             "2027-05-01");
    test_ids_equal(r, TEST_HAND, "h-tk-20262027-47-6 h-tk-20262027-48-11 h-tk-20262027-21-4 h-tk-20262027-22-6");
    ki_refs_free(r);
}

/* A ministry's note that advises its bewindspersoon or the cabinet is a
 * beslisnota whatever it calls itself: "ADVIESNOTA", "NOTA AAN DE
 * MINISTERRAAD". */
static void test_advice_notes(void **state)
{
    (void)state;
    static const char *const heads[] = {"ADVIESNOTA\n\nAan           de staatssecretaris van Justitie en Veiligheid\n",
                                        "NOTA AAN DE MINISTERRAAD\n\nMinisterie       Sociale Zaken en "
                                        "Werkgelegenheid\n"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "%sDatum         27 oktober 2026\nOnderwerp     Kamerbrief capaciteit gevangeniswezen\n\n"
                 "Met de brief doet u de toezegging af.\n",
                 heads[i]);
        ki_refs *r = test_detect(det, text, NULL);
        test_meta_equal(r, "beslisnota", NULL, NULL, "2026-10-27");
        ki_refs_free(r);
    }
}

/* The writer's next step on a promise just named, a sentence pointing at
 * it between: "heb ik toegezegd te onderzoeken ... Dat onderzoek is
 * gestart. Ik zal uw Kamer voor de zomer over de uitkomsten informeren."
 * is one record in progress with that term; "over de uitkomsten van de
 * marktconsultatie" is a new promise of its own. */
static void test_next_step_mine(void **state)
{
    (void)state;
    static const struct {
        const char *next;
        size_t n;
        const char *deadline;
    } cases[] = {
        {"Ik zal uw Kamer voor de zomer over de uitkomsten informeren.", 1, "voor de zomer"},
        {"Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de marktconsultatie.", 2, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[768];
        snprintf(text, sizeof text,
                 "Den Haag, 2 maart 2020\n\nTijdens het algemeen overleg Armoede- en schuldenbeleid van 7 november "
                 "2019 heb ik toegezegd te onderzoeken of beslag op de zorgtoeslag kan worden uitgesloten. Dat "
                 "onderzoek is gestart en wordt in mei afgerond. %s\n\nDe staatssecretaris van Sociale Zaken en "
                 "Werkgelegenheid,\n\nT. van Ark\n",
                 cases[i].next);
        ki_refs *r = test_detect(det, text, "2020-03-02");
        assert_int_equal(r->ncommitments, cases[i].n);
        test_commitment_equal(r, 0, "SSZW", "2019-11-07", cases[i].deadline, TEST_ANY, "", "progress");
        ki_refs_free(r);
    }
}

/* "Het amendement-Van Dijk (stuk nr. 12)" in a document of the bill
 * (36 947) is the bill's amendment, not one in the dossier of the motion
 * cited the sentence before. */
static void test_amendment_stuk(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026-2027\n\n36 947  Wijziging van de "
                             "Leegstandwet\n\nNr. 28  TWEEDE NOTA VAN WIJZIGING\n\nOnderdeel B geeft uitvoering aan "
                             "de motie van het lid Oosterwijk (SP) (Kamerstuk 32 847, nr. 1325). Die motie is "
                             "aangenomen. Het\namendement-Van Dijk (stuk nr. 12) over de heffing staat daar los van.\n",
                             "2026-11-20");
    test_kst_equal(r, "kst-32847-1325 kst-36947-12");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_registered_as),     cmocka_unit_test(test_one_letter_part),
        cmocka_unit_test(test_passive_done_here), cmocka_unit_test(test_gives_effect),
        cmocka_unit_test(test_verdict_after_state), cmocka_unit_test(test_verslag_item_rank),
        cmocka_unit_test(test_council_terms),     cmocka_unit_test(test_named_body),
        cmocka_unit_test(test_announced_motion),  cmocka_unit_test(test_next_sitting),
        cmocka_unit_test(test_advice_notes),      cmocka_unit_test(test_next_step_mine),
        cmocka_unit_test(test_amendment_stuk),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
