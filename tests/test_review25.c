/*
 * test_review25.c - the detector (ingest/detect.h) on forms a review of
 * real text (session 17) found wrong: the Eerste Kamer's page of one
 * toezegging with its "Kerngegevens" labelled with colons, the verslag of a
 * commissiedebat as the Kamer prints it now ("gehouden op DATE", the
 * bewindspersoon in "Aanwezig zijn"), a minister named with the name first,
 * and a letter that says it reports on "die motie" before it settles it.
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

#include "ingest/detect.h"
#include "testdetect.h"

static ki_detector *det;

/* Commitment i of r as test_commitment_equal() (testdetect.h) asks, its
 * venue not checked. */
#define commitment_is(r, i, actors, date, deadline, refs, rel) \
    test_commitment_equal(r, i, actors, date, deadline, TEST_ANY, refs, rel)

/* A letter that says it reports on "die motie" ("Ik informeer u in deze
 * brief over de uitvoering van die motie") and then that it is done speaks
 * of the motion named before: the report of this letter is no other item
 * named in between. */
static void test_report_then_settled(void **state)
{
    (void)state;
    const char *text = "Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\nTijdens het commissiedebat over het "
                       "gevangeniswezen is de motie van het lid Van Nispen c.s. over het capaciteitsplan "
                       "(Kamerstuk 24587, nr. 901) aangenomen. Ik informeer u in deze brief over de uitvoering "
                       "van die motie. Het plan is gereed en treft u als bijlage aan. Hiermee beschouw ik de "
                       "motie als afgedaan.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-24587-901/Van Nispen/settled", 0, true);
    ki_refs_free(r);
}

/* The Eerste Kamer's page of one toezegging with its key data labelled
 * with colons ("Nummer: T03512", "Deadline: ...", "Ministerie: ...",
 * "Datum toezegging: ..."): the number, the date and the deadline are the
 * commitment's; a seventh digit makes no number. */
static void test_ek_page_with_colons(void **state)
{
    (void)state;
    const char *text =
        "Toezegging Armoedemonitor en bestaanszekerheid (36.214)\n\nKerngegevens\nNummer: T03512\nStatus: "
        "openstaand\nDeadline: 1 januari 2026\nMinisterie: Sociale Zaken en Werkgelegenheid\nKamerleden: "
        "G.-J.M.E. Kox (SP)\nCommissie: Sociale Zaken en Werkgelegenheid / Jeugd en Gezin (SZW/JG)\nDatum "
        "toezegging: 14 maart 2023\n\nOmschrijving\nDe minister voor Armoedebeleid, Participatie en Pensioenen "
        "zegt de Kamer, naar aanleiding van een vraag van het lid Kox (SP), toe de Kamer jaarlijks te "
        "informeren over de ontwikkeling van de armoedecijfers.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_ids_equal(r, TEST_TK, "T03512");
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MAPP", "2023-03-14", "1 januari 2026", "T03512", "cited");
    ki_refs_free(r);
    /* a label's value over two lines, and other entries' numbers below
     * ("Gerelateerde toezeggingen") that are not this one's */
    r = test_detect(det,
                    "Toezegging Uitvoeringskosten (36.067)\n\nKerngegevens\n\nNummer: T03512\nStatus: deels voldaan\n"
                    "Deadline: 1 juli 2026\nMinisterie: Sociale Zaken en Werkgelegenheid (SZW)\nDatum toezegging: 14 mei "
                    "2024\nKamerstukken: Wijziging van de Pensioenwet en de Wet verplichte\ndeelneming in een "
                    "bedrijfstakpensioenfonds (36.067)\n\nOmschrijving\n\nDe minister van Sociale Zaken en "
                    "Werkgelegenheid zegt de Kamer toe de uitvoeringskosten te laten onderzoeken en de uitkomsten "
                    "v\xc3\xb3\xc3\xb3r 1 juli 2026 aan de Kamer te zenden.\n\nGerelateerde toezeggingen\n\nT03498  "
                    "Communicatie over de transitie (36.067)\n",
                    NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MSZW", "2024-05-14", "1 juli 2026", "T03512", "progress");
    ki_refs_free(r);
    r = test_detect(det, "Kerngegevens\nNummer:T03514\nNummer: T035120\n", NULL);
    test_ids_equal(r, TEST_TK, "T03514");
    ki_refs_free(r);
}

/* The verslag of a commissiedebat as printed now: the debate's day in its
 * heading ("gehouden op 8 februari 2024"), the bewindspersoon in "Aanwezig
 * zijn ... en de heer X, minister van Y": the promises of the closing list
 * ("De minister stuurt ...") are that minister's, made that day. */
static void test_verslag_gehouden_op(void **state)
{
    (void)state;
    const char *text =
        "Verslag van een commissiedebat, gehouden op 8 februari 2024, over Grondstoffen\n\nDe vaste commissie "
        "voor Economische Zaken en Klimaat heeft op 8 februari 2024 een commissiedebat gehouden over "
        "Grondstoffen.\n\nVoorzitter: Kops\nGriffier: Nava\n\nAanwezig zijn vijf leden der Kamer, te weten: "
        "Eerdmans, Kops, Kröger, Postma en Vermeer,\n\nen de heer Van der Wal, minister van Economische Zaken en "
        "Klimaat.\n\nAanvang 14.00 uur.\n\nDe voorzitter:\nGoedemiddag. Ik open dit commissiedebat.\n\n"
        "Toezeggingen\n\n- De minister informeert de Kamer in het derde kwartaal over de uitkomst van het "
        "overleg met de provincies.\n\nSluiting 17.02 uur.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MEZK", "2024-02-08", "in het derde kwartaal", "", "made");
    ki_refs_free(r);
}

/* "minister Adriaansens van Economische Zaken en Klimaat": an office named
 * with the name first is that office; a name that is not followed by a
 * department names none. */
static void test_name_first_office(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 3 maart 2025\n\nIn het commissiedebat Grondstoffen van 8 februari 2024 heeft "
                             "minister Adriaansens van Economische Zaken en Klimaat toegezegd de Kamer te informeren "
                             "over de strategie.\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MEZK", "2024-02-08", NULL, "", "cited");
    ki_refs_free(r);
    r = test_detect(det,
                    "Den Haag, 3 maart 2025\n\nIn het commissiedebat Grondstoffen van 8 februari 2024 heeft "
                    "staatssecretaris Van der Wal van Natuur en Stikstof toegezegd de Kamer te informeren over de "
                    "strategie.\n",
                    NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "SNenS", "2024-02-08", NULL, "", "cited");
    ki_refs_free(r);
}

/* The number of commitments detected in text, a letter of 10 maart 2025
 * signed by the minister of VWS. */
static size_t letter_commitments(const char *body, ki_refs **out)
{
    char text[4096];
    snprintf(text, sizeof text, "Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\n%s\n\nDe minister van "
             "Volksgezondheid, Welzijn en Sport,\n\nJ. de Vries\n", body);
    *out = test_detect(det, text, NULL);
    return (*out)->ncommitments;
}

/* "beloven" is the lay word for a promise: "Ik beloof de Kamer dat ...",
 * "Dat kan ik u beloven"; not "Ik beloof niets" nor "niet beloven". */
static void test_beloven(void **state)
{
    (void)state;
    ki_refs *r;
    assert_int_equal(letter_commitments("Ik beloof uw Kamer dat ik de agenda in het najaar met u bespreek.", &r), 1);
    commitment_is(r, 0, "MVWS", NULL, "in het najaar", "", "made");
    ki_refs_free(r);
    assert_int_equal(letter_commitments("Ik beloof niets. Dat kan ik niet beloven.", &r), 0);
    ki_refs_free(r);
}

/* "Dat kan ik u beloven" after "Dan het overzicht van mevrouw X." is a yes
 * to what she asked in her turn (its term the deadline), not the promise
 * before confirmed. */
static void test_yes_to_named_member(void **state)
{
    (void)state;
    const char *text =
        "Mevrouw Öztürk (DENK):\nKan de minister toezeggen dat de Kamer voor 1 oktober een overzicht krijgt van de "
        "wachtrij?\n\nMinister Verhoeckx:\nDank u wel. Ik beloof de Kamer dat ik de uitkomst van de gesprekken "
        "met de staalproducent voor de zomer met u deel.\n\nDan het overzicht van mevrouw Öztürk. Dat kan ik u "
        "beloven. De netbeheerders leveren de cijfers aan.\n";
    ki_refs *r = test_detect(det, text, "2024-02-08");
    assert_int_equal(r->ncommitments, 2);
    assert_non_null(r->commitments[1].deadline);
    assert_string_equal(r->commitments[1].deadline, "voor 1 oktober");
    ki_refs_free(r);
}

/* "Ik laat u per brief weten hoe ...", "... en laat u per brief weten wat
 * daaruit komt": a letter to come is a promise without a time; "Hierbij
 * laat ik u weten dat ..." is none. */
static void test_laat_per_brief_weten(void **state)
{
    (void)state;
    ki_refs *r;
    assert_int_equal(letter_commitments("Ik heb de netbeheerders gevraagd de lijn beter te bemensen. Ik laat u per "
                                        "brief weten hoe vaak bedrijven nog geen antwoord krijgen.", &r), 1);
    commitment_is(r, 0, "MVWS", NULL, NULL, "", "made");
    ki_refs_free(r);
    assert_int_equal(letter_commitments("Ik laat Aedes uitzoeken of die gegevens te verzamelen zijn en laat u per "
                                        "brief weten wat daaruit komt.", &r), 1);
    ki_refs_free(r);
    assert_int_equal(letter_commitments("Hierbij laat ik u weten dat de regeling is verlengd.", &r), 0);
    ki_refs_free(r);
}

/* "Ik ga met de VNG in gesprek en zal uw Kamer voor 1 oktober informeren":
 * the subject of the clause goes on after "en". */
static void test_en_zal(void **state)
{
    (void)state;
    ki_refs *r;
    assert_int_equal(letter_commitments("Ik ga daarover met de VNG in gesprek en zal uw Kamer voor 1 oktober "
                                        "informeren over de uitkomst.", &r), 1);
    commitment_is(r, 0, "MVWS", NULL, "voor 1 oktober", "", "made");
    ki_refs_free(r);
}

/* No promise: a routine ("De volgende verzamelbrief ontvangt u zoals
 * gebruikelijk in het voorjaar."), the head of a list ("De volgende
 * toezeggingen zijn tijdens het debat gedaan."), what a letter covers ("Ik
 * ga in op de moties en op de toezeggingen uit het commissiedebat X."). */
static void test_no_promise(void **state)
{
    (void)state;
    ki_refs *r;
    assert_int_equal(letter_commitments("De volgende verzamelbrief ontvangt u zoals gebruikelijk in het voorjaar.", &r), 0);
    ki_refs_free(r);
    assert_int_equal(letter_commitments("De volgende toezeggingen zijn tijdens het debat gedaan.", &r), 0);
    ki_refs_free(r);
    assert_int_equal(letter_commitments("Met deze brief informeer ik uw Kamer over het programma. Ik ga in op de "
                                        "aangenomen moties en op de toezeggingen uit het commissiedebat Ouderenzorg.",
                                        &r), 0);
    ki_refs_free(r);
}

/* A griffie's list of toezeggingen, each item under its number on a line
 * of its own: every item whose subject is a bewindspersoon is a promise
 * made in the debate the head names ("De minister zal ...", "De
 * staatssecretaris stuurt ...", "De minister en de staatssecretaris
 * informeren ..."), with its number; the list's head is none, nor is an
 * item after the list ends. */
static void test_griffie_numbered_list(void **state)
{
    (void)state;
    const char *text =
        "Vaste commissie voor Sociale Zaken en Werkgelegenheid\n\nLijst van toezeggingen\nCommissiedebat "
        "Arbeidsmarktbeleid d.d. 12 november 2026\n\nAanwezige bewindspersonen: de minister van Sociale Zaken en "
        "Werkgelegenheid en de staatssecretaris van Sociale Zaken en Werkgelegenheid.\n\nTZ202611-033\nDe "
        "minister zal de Kamer in het eerste kwartaal van 2027 informeren over de gesprekken met de "
        "uitzendbranche.\nKamerlid: Tielen (VVD)\n\nTZ202611-034\nDe staatssecretaris stuurt de Kamer voor 1 "
        "juni 2027 een overzicht van de re-integratietrajecten.\nKamerlid: Patijn (NSC)\n\nTZ202611-035\nDe "
        "minister en de staatssecretaris informeren de Kamer uiterlijk 1 april 2027 over de uitvoering van de "
        "wet.\nKamerleden: Tielen (VVD) en Flach (SGP)\n\nNiet als toezegging opgenomen\n- De vraag van het lid "
        "Tielen heeft de minister in het debat beantwoord.\n";
    ki_refs *r = test_detect(det, text, "2026-11-19");
    assert_int_equal(r->ncommitments, 3);
    commitment_is(r, 0, "MSZW", "2026-11-12", "in het eerste kwartaal van 2027", "TZ202611-033", "made");
    commitment_is(r, 1, "SSZW", "2026-11-12", "voor 1 juni 2027", "TZ202611-034", "made");
    commitment_is(r, 2, "MSZW SSZW", "2026-11-12", "uiterlijk 1 april 2027", "TZ202611-035", "made");
    assert_non_null(r->commitments[0].venue);
    assert_string_equal(r->commitments[0].venue, "Commissiedebat Arbeidsmarktbeleid");
    ki_refs_free(r);
}

/* The Eerste Kamer committee's letter on promises past their term: each
 * entry under its number ("T03488 - Titel (36.180)"), its term after the
 * text in the paragraph ("Deadline: 1 januari 2026."); the next entry's
 * term is not this one's. */
static void test_ek_entries_deadline_after(void **state)
{
    (void)state;
    const char *text =
        "Eerste Kamer der Staten-Generaal\n\ndatum 24 november 2026\n\nGeachte heer Brinkhorst,\n\n"
        "T03488 - Monitoring geluidsoverlast rond Lelystad Airport (36.180)\nOp 19 maart 2024 heeft uw "
        "ambtsvoorganger de Kamer toegezegd de Kamer jaarlijks te rapporteren over de geluidsmetingen in\n"
        "Flevoland. Deadline: 1 januari 2026.\n\nT03601 - Onderzoek naar walstroom (36.412)\nTijdens de plenaire "
        "behandeling van het wetsvoorstel op 8 april 2025 heeft de staatssecretaris van Infrastructuur en "
        "Waterstaat toegezegd een onderzoek te laten doen naar walstroom.\nDeadline: 1 juli 2026.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_non_null(r->commitments[0].deadline);
    assert_string_equal(r->commitments[0].deadline, "1 januari 2026");
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "T03488");
    commitment_is(r, 1, "SIenW", "2025-04-08", "1 juli 2026", "T03601", "cited");
    ki_refs_free(r);
}

/* "Tijdens datzelfde debat heb ik toegezegd" after "Bij de behandeling van
 * het wetsvoorstel X heeft uw Kamer op 11 februari 2025 de motie ...
 * aangenomen": the bill's reading is that debate, and its day the day the
 * promise was made. */
static void test_same_debate_is_reading(void **state)
{
    (void)state;
    const char *text =
        "Datum 8 juli 2025\n\nGeachte Voorzitter,\n\nBij de behandeling van het wetsvoorstel Wet zeggenschap "
        "(36 273) heeft uw Kamer op 11 februari 2025 de motie-Van Hattem c.s. (36 273, G) aangenomen. Met de "
        "subsidieregeling is aan de motie voldaan.\n\nTijdens datzelfde debat heb ik toegezegd de Eerste Kamer "
        "voor 1 juli 2025 te informeren over de kosten van ondersteuning. Hiermee is de toezegging voldaan.\n\n"
        "De minister van Volksgezondheid, Welzijn en Sport,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MVWS", "2025-02-11", "voor 1 juli 2025", "", "settled");
    ki_refs_free(r);
}

/* Hostile text: a list head and a numbered item repeated 6000 times gives
 * at most the detector's 5000 commitments (MAX_ITEMS), not one each. */
static void test_numbered_lists_capped(void **state)
{
    (void)state;
    static const char item[] = "Lijst van toezeggingen\nTZ202611-033\nDe minister van Financi\xc3\xabn zal de Kamer "
                               "voor de zomer informeren over de stand.\n";
    size_t k = sizeof item - 1, reps = 6000;
    char *text = malloc(k * reps + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * k, item, k);
    text[k * reps] = '\0';
    ki_refs *r = test_detect(det, text, "2026-11-19");
    assert_true(r->ncommitments > 100);
    assert_true(r->ncommitments <= 5000);
    ki_refs_free(r);
    free(text);
}

/* A letter's introduction that names a promise only by its meeting ("en
 * kom ik een toezegging na uit het commissiedebat Handelsbeleid van 3 april
 * jl.") and its body that says it ("In het commissiedebat Handelsbeleid
 * van 3 april heb ik toegezegd de Kamer te informeren over X"): one record,
 * with the body's subject; two promises said in full stay two. */
static void test_intro_mention_is_body_promise(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 12 juni 2025\n\nGeachte Voorzitter,\n\nMet deze brief geef ik uitvoering aan de "
                             "motie-Kamminga en kom ik een toezegging na uit het commissiedebat Handelsbeleid van 3 april "
                             "jl.\n\nVrouwelijke ondernemers\nIn het commissiedebat Handelsbeleid van 3 april heb ik "
                             "toegezegd de Kamer te informeren over het gebruik van de regeling door vrouwelijke "
                             "ondernemers. In 2024 waren dat er 180. Hiermee is de toezegging afgedaan.\n\nDe minister "
                             "voor Buitenlandse Handel en Ontwikkelingshulp,\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MBHO", "2025-04-03", NULL, "", "settled");
    assert_non_null(r->commitments[0].subject);
    assert_non_null(strstr(r->commitments[0].subject, "vrouwelijke ondernemers"));
    ki_refs_free(r);
}

/* A table row whose first cell gives the motion's number and the number it
 * had before ("| Kamerstuk 36 200 XIV, nr. 88 (was nr. 77) | Gewijzigde
 * motie van het lid Van Campen over ... |"): the motion is nr. 88. */
static void test_row_number_was(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                    "| Vindplaats | Omschrijving | Stand van zaken |\n|---|---|---|\n| Kamerstuk 36 200 XIV, nr. 88 (was nr. "
                    "77) | Gewijzigde motie van het lid Van Campen over de vereenvoudiging van de mestwetgeving | "
                    "Afgedaan. |\n",
                    "2025-05-21");
    int found = 0;
    for (size_t i = 0; i < r->nmotions; i++)
        if (r->motions[i].nsponsors && !strcmp(r->motions[i].sponsors[0].name, "Van Campen")) {
            assert_non_null(r->motions[i].kamerstuk);
            assert_string_equal(r->motions[i].kamerstuk, "kst-36200-XIV-88");
            found++;
        }
    assert_int_equal(found, 1);
    ki_refs_free(r);
}

/* "heb ik toe-\ngezegd": the participle broken over a line end (a text
 * file keeps its hyphen) is still the promise, its text whole. */
static void test_participle_over_line_end(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "Den Haag, 10 maart 2025\n\nTijdens het commissiedebat Decentrale overheden van 6 maart jl. "
                             "heb ik toe-\ngezegd de kabinetsreactie voor de zomer aan uw Kamer te sturen. Met deze brief "
                             "doe ik die\ntoezegging gestand.\n\nDe minister van Binnenlandse Zaken en "
                             "Koninkrijksrelaties,\n",
                             NULL);
    assert_int_equal(r->ncommitments, 1);
    commitment_is(r, 0, "MBZK", "2025-03-06", "voor de zomer", "", "settled");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_then_settled),
        cmocka_unit_test(test_ek_page_with_colons),
        cmocka_unit_test(test_verslag_gehouden_op),
        cmocka_unit_test(test_name_first_office),
        cmocka_unit_test(test_beloven),
        cmocka_unit_test(test_yes_to_named_member),
        cmocka_unit_test(test_laat_per_brief_weten),
        cmocka_unit_test(test_en_zal),
        cmocka_unit_test(test_no_promise),
        cmocka_unit_test(test_griffie_numbered_list),
        cmocka_unit_test(test_ek_entries_deadline_after),
        cmocka_unit_test(test_same_debate_is_reading),
        cmocka_unit_test(test_numbered_lists_capped),
        cmocka_unit_test(test_intro_mention_is_body_promise),
        cmocka_unit_test(test_row_number_was),
        cmocka_unit_test(test_participle_over_line_end),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
