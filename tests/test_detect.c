/*
 * test_detect.c - the detector end to end on strings (ingest/detect.h),
 * the JSON of a record (ingest/refs.h), hostile input, and the seed
 * document from ../shared/seed (skipped, loudly, only when it is absent).
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
#include "ingest/detect_int.h"
#include "testdetect.h"
#include "tests/testutil.h"
#include "util/json.h"

static ki_detector *det;

static ki_refs *detect(const char *text, const char *date)
{
    return test_detect(det, text, date);
}

static void test_kamerstuk_record(void **state)
{
    (void)state;
    const char *text = "Zie (Kamerstukken II, 2023-2024, 28345, nr. 278) hierover.";
    ki_refs *r = detect(text, NULL);
    assert_int_equal(r->nkamerstukken, 1);
    ki_kamerstuk *k = &r->kamerstukken[0];
    assert_string_equal(k->id, "kst-28345-278");
    assert_string_equal(k->chamber, "II");
    assert_string_equal(k->year, "2023-2024");
    assert_string_equal(k->dossier, "28345");
    assert_null(k->sub);
    assert_string_equal(k->nr, "278");
    assert_string_equal(k->text, "Kamerstukken II, 2023-2024, 28345, nr. 278");
    assert_int_equal(k->span.start, 5);
    assert_int_equal(k->span.end, 5 + strlen(k->text));
    assert_int_equal(k->span.page, 1);
    ki_refs_free(r);
}

static void test_motion_forms(void **state)
{
    (void)state;
    ki_refs *r = detect("Met deze brief geef ik uitvoering aan de motie van de leden Temmink (SP) en "
                        "Mutluer (GL-PvdA) over de aanbevelingen van GREVIO (Kamerstuk 28345, nr. 274).",
                        NULL);
    assert_int_equal(r->nmotions, 1);
    ki_motion *m = &r->motions[0];
    assert_string_equal(m->kamerstuk, "kst-28345-274");
    assert_int_equal(m->nsponsors, 2);
    assert_string_equal(m->sponsors[0].name, "Temmink");
    assert_string_equal(m->sponsors[0].party, "SP");
    assert_string_equal(m->sponsors[1].name, "Mutluer");
    assert_string_equal(m->sponsors[1].party, "GL-PvdA");
    assert_false(m->cs);
    assert_int_equal(m->relation, KI_REL_SETTLED);
    assert_string_equal(m->subject, "de aanbevelingen van GREVIO");
    ki_refs_free(r);

    r = detect("Zie ook de motie-Van der Werf/Becker (29279, nr. 890).", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Van der Werf");
    assert_string_equal(r->motions[0].sponsors[1].name, "Becker");
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);

    r = detect("De motie van het lid Van Nispen c.s. over de opvang (Kamerstuk 29279, nr. 891). "
               "Hiermee beschouw ik de motie als afgedaan.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_true(r->motions[0].cs);
    assert_string_equal(r->motions[0].sponsors[0].name, "Van Nispen");
    assert_null(r->motions[0].sponsors[0].party);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* the header of a motion document: its own number is the motion's */
    r = detect("36 600 VI Vaststelling van de begrotingsstaten\n\nNr. 12 MOTIE VAN HET LID LA\xC3\x87IN\n\n"
               "Voorgesteld 12 maart 2025\n\nDe Kamer,\n\ngehoord de beraadslaging,\n", NULL);
    assert_string_equal(r->kind, "motie");
    assert_string_equal(r->self_id, "kst-36600-VI-12");
    assert_string_equal(r->date, "2025-03-12");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-36600-VI-12");
    assert_string_equal(r->motions[0].sponsors[0].name, "La\xC3\xA7in");
    ki_refs_free(r);

    /* Handelingen: the sponsor and the number two sentences apart are one motion */
    r = detect("De voorzitter:\n\nDeze motie is voorgesteld door het lid Graus. Naar mij blijkt, wordt "
               "de indiening ervan voldoende ondersteund.\n\nZij krijgt nr. 203(28286).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-28286-203");
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Graus");
    ki_refs_free(r);

    /* names: initials, three words, a double name with a prefix; a Roman numeral is none */
    r = detect("Aan de orde zijn de stemmingen over de motie-M.B. Vos over vliegen (22026, nr. 33), "
               "de motie-Mei Li Vos c.s. over het quorum (36 123, nr. 4), de motie-Faber-van de "
               "Klashorst c.s. over debatten (36 123, nr. 5) en de motie CLVI.", NULL);
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[0].sponsors[0].name, "M.B. Vos");
    assert_string_equal(r->motions[1].sponsors[0].name, "Mei Li Vos");
    assert_true(r->motions[1].cs);
    assert_string_equal(r->motions[2].sponsors[0].name, "Faber-van de Klashorst");
    assert_true(r->motions[2].cs);
    ki_refs_free(r);

    /* a bijlage table flattened to cells: each motion takes the Kamerstuk that
     * is its Vindplaats cell; the header names no sponsor */
    r = detect("Omschrijving van de motie\n\nVindplaats\n\nStand van zaken\n\n"
               "De motie van het lid Wuite c.s.; Verzoekt de regering de Kamer te informeren.\n\n"
               "Kamerstukken II 2022/23, 36200 IV, nr. 12\n\nAfgedaan.\n\n"
               "De motie van het lid Wuite c.s.; Verzoekt de regering een passage op te nemen.\n\n"
               "Kamerstukken II 2022/23, 36200 IV, nr. 13\n\nAfgedaan. De Kamer is per brief "
               "ge\xC3\xAFnformeerd (Kamerstukken II 2022/23, 36200 IV, nr. 85).\n", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-36200-IV-12");
    assert_string_equal(r->motions[0].sponsors[0].name, "Wuite");
    assert_string_equal(r->motions[1].kamerstuk, "kst-36200-IV-13");
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* the regeling van werkzaamheden: bare ids after a colon, each a motion */
    r = detect("Ik deel mee dat de volgende aangehouden moties zijn vervallen: 35300-XII-53; "
               "34348-74; 21501-08-765.\n", NULL);
    assert_int_equal(r->nkamerstukken, 3);
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35300-XII-53");
    assert_string_equal(r->motions[1].kamerstuk, "kst-34348-74");
    assert_string_equal(r->motions[2].kamerstuk, "kst-21501-08-765");
    ki_refs_free(r);

    /* Handelingen that open with their own number: that is the document, not a reference */
    r = detect("Handelingen II 2023/24, nr. 45\n\nVergadering van dinsdag 12 maart 2024\n\n"
               "Aan de orde is het debat over de motie van het lid Van Nispen (Kamerstuk 29279, nr. 889) "
               "en over Handelingen II 2023/24, nr. 40, item 3.\n", NULL);
    assert_string_equal(r->self_id, "h-tk-20232024-45");
    assert_int_equal(r->nhandelingen, 1);
    assert_string_equal(r->handelingen[0].id, "h-tk-20232024-40-3");
    ki_refs_free(r);

    /* "de toezeggingen die ik heb gedaan in X van D" only points at the commitments
     * of that day, which the letter names one by one */
    r = detect("Daarbij ga ik in op twee moties en op de toezeggingen die ik heb gedaan in het "
               "commissiedebat Zeden van 16 oktober 2024.^3 Eerder heb ik uw Kamer in november "
               "ge\xC3\xAFnformeerd over de eerste stappen.\n\nTijdens het commissiedebat Zeden van "
               "16 oktober 2024 heb ik toegezegd uw Kamer voor de zomer van 2025 te informeren over "
               "het wetsvoorstel. Met deze brief kom ik die toezegging na.\n", "2025-06-20");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].date, "2024-10-16");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* not motions */
    r = detect("Een motie is een verzoek van de Kamer aan de regering. De emotie liep hoog op.", NULL);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
}

static void test_commitment_forms(void **state)
{
    (void)state;
    ki_refs *r = detect("Tijdens het commissiedebat Gevangeniswezen en tbs van 3 april jl. heeft de "
                        "staatssecretaris van Justitie en Veiligheid toegezegd uw Kamer voor de zomer te "
                        "informeren over de capaciteit. Met deze brief kom ik die toezegging na.",
                        "2025-06-20");
    assert_int_equal(r->ncommitments, 1);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJenV");
    assert_string_equal(c->venue, "commissiedebat Gevangeniswezen en tbs");
    assert_string_equal(c->date, "2025-04-03");
    assert_string_equal(c->deadline, "voor de zomer");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("Ik zeg toe uw Kamer in het eerste kwartaal van 2026 te informeren.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 0); /* "ik" without a signer */
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[0].deadline, "in het eerste kwartaal van 2026");
    assert_null(r->commitments[0].date);
    ki_refs_free(r);

    r = detect("Toezegging minister van VWS (AO d.d. 07/12) om de Kamer te informeren.\n"
               "Stand van zaken: het onderzoek loopt.", "2025-01-20");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MVWS");
    assert_string_equal(r->commitments[0].venue, "AO");
    assert_string_equal(r->commitments[0].date, "2024-12-07");
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    /* a date that cannot be resolved keeps its text */
    r = detect("Toezegging van SJenV tijdens het commissiedebat Politie d.d. 3 april jl. om te rapporteren.",
               NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_null(r->commitments[0].date);
    assert_string_equal(r->commitments[0].date_raw, "3 april jl.");
    ki_refs_free(r);

    r = detect("Alle toezeggingen worden bijgehouden in het toezeggingenregister.", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* a promise in the future tense is a new commitment; about a motion named
 * in the same clause, or in a question, it is not */
static void test_commitment_future(void **state)
{
    (void)state;
    ki_refs *r = detect("De staatssecretaris van Financi\xc3\xab" "n zal de Kamer voor Prinsjesdag informeren over de "
                        "voortgang van het herstel in box 3.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "SFin");
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[0].deadline, "voor Prinsjesdag");
    assert_null(r->commitments[0].date);
    assert_null(r->commitments[0].venue);
    ki_refs_free(r);

    r = detect("De regering neemt deze motie over; ik zal uw Kamer uiterlijk in 2026 het evaluatieverslag "
               "toezenden.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 0); /* "ik" without a signer */
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    assert_null(r->commitments[0].date);
    ki_refs_free(r);

    r = detect("Over de uitvoering van de motie-Agema/Dijk (Kamerstuk 29 689, nr. 1210) zal ik uw Kamer "
               "voor de zomer informeren.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);

    r = detect("Voor de zomer zal ik uw Kamer een brief sturen over de pilot.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].deadline, "Voor de zomer"); /* said before "zal" */
    ki_refs_free(r);

    r = detect("Ook zeg ik toe dat ik uw Kamer uiterlijk in het najaar van 2025 informeer over de pilot.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].deadline, "uiterlijk in het najaar van 2025");
    ki_refs_free(r);

    r = detect("Zal de minister de Kamer voor de zomer informeren over de wachtlijsten?", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);

    r = detect("Het kabinet zal uw Kamer informeren zodra de cijfers bekend zijn.", NULL);
    assert_int_equal(r->ncommitments, 0); /* nobody named */
    ki_refs_free(r);

    /* the same promise twice is one record; the list's item with it */
    r = detect("Toezegging (TZ202309-123): De minister van Buitenlandse Zaken zal de Kamer voor de zomer "
               "informeren over de inzet op sanctiehandhaving.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MBuZa");
    assert_string_equal(r->commitments[0].deadline, "voor de zomer");
    ki_refs_free(r);
}

/* who made it and where, said around the noun */
static void test_commitment_noun_clauses(void **state)
{
    (void)state;
    ki_refs *r = detect("De minister voor Buitenlandse Handel en Ontwikkelingshulp deed in het schriftelijk "
                        "overleg over de RBZ Handel van 13 november 2023 de toezegging de Kamer te "
                        "informeren over de OESO-richtlijnen.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MBHO");
    assert_string_equal(r->commitments[0].venue, "schriftelijk overleg over de RBZ Handel");
    assert_string_equal(r->commitments[0].date, "2023-11-13");
    ki_refs_free(r);

    r = detect("Daarmee is voldaan aan de toezegging die de minister van Buitenlandse Zaken deed in het "
               "commissiedebat Raad Buitenlandse Zaken van 22 mei 2024.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MBuZa");
    assert_string_equal(r->commitments[0].venue, "commissiedebat Raad Buitenlandse Zaken");
    assert_string_equal(r->commitments[0].date, "2024-05-22");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("Hiermee geef ik invulling aan de toezegging die ik tijdens het commissiedebat Personeel "
               "Defensie van 5 februari jl. heb gedaan om uw Kamer te informeren.", "2025-03-14");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "commissiedebat Personeel Defensie");
    assert_string_equal(r->commitments[0].date, "2025-02-05");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("Den Haag, 4 september 2023\nBij de behandeling van de Verzamelwet SZW op 21 juni jl. heeft "
               "de staatssecretaris van Sociale Zaken en Werkgelegenheid toegezegd nader in te gaan op de "
               "kostendelersnorm.", "2023-09-04");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "behandeling van de Verzamelwet SZW");
    assert_string_equal(r->commitments[0].date, "2023-06-21");
    ki_refs_free(r);

    r = detect("Met deze brief doe ik ook de toezegging af die de staatssecretaris van Financi\xc3\xab" "n deed "
               "in het wetgevingsoverleg Belastingplan van 11 november 2024.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "SFin");
    assert_string_equal(r->commitments[0].venue, "wetgevingsoverleg Belastingplan");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* the actor of a later clause did not make it */
    r = detect("Moties en toezeggingen op het terrein van Wonen zijn opgenomen in de verzamelbrief van de "
               "minister van VRO.", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);

    /* a register entry: where and when on its "Vindplaats" line */
    r = detect("TZ202502-015\nDe staatssecretaris van Onderwijs, Cultuur en Wetenschap zegt toe de Kamer voor "
               "1 juni 2025 te informeren.\nVindplaats: commissiedebat Funderend onderwijs, 12 februari 2025\n"
               "Status: open\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "commissiedebat Funderend onderwijs");
    assert_string_equal(r->commitments[0].date, "2025-02-12");
    assert_true(r->commitments[0].relation != KI_REL_MADE); /* made there, not here */
    ki_refs_free(r);

    /* "AO"/"WGO" with its name; a reference naming where it was made */
    r = detect("Toezegging SJenV in het AO Gevangeniswezen d.d. 14-05-2024: de Kamer informeren.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "AO Gevangeniswezen");
    ki_refs_free(r);
    r = detect("In de brief van 12 maart 2025 (Kamerstuk 31 289, nr. 540) heeft de minister van "
               "Volksgezondheid, Welzijn en Sport toegezegd de Kamer te informeren.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "kst-31289-540");
    ki_refs_free(r);

    /* a title a scanner broke over a line */
    r = detect("Tijdens het commissiedebat Woningbouw van 12 oktober 2023 zegde de minister voor "
               "Volkshuisvesting en Ruimte- lijke Ordening toe dat gemeenten meer tijd krijgen.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MVRO");
    ki_refs_free(r);

    /* a heading "Toezegging" is no commitment of its own */
    r = detect("Toezegging\nIn het commissiedebat Belastingdienst van 22 mei jl. heb ik toegezegd deze brief "
               "voor Prinsjesdag te sturen.", "2025-08-20");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].date, "2025-05-22");
    ki_refs_free(r);
}

/* who says "ik" in Handelingen; a beslisnota's advice to promise */
static void test_commitment_speakers(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer, 62e vergadering, woensdag 3 april 2024\nVergaderjaar 2023\xe2\x80\x93" "2024\n"
                        "7 Tweeminutendebat Jeugdzorg (CD 14/3)\n"
                        "Aan de orde is het tweeminutendebat Jeugdzorg (CD 14/3).\n\nDe voorzitter:\n"
                        "Het woord is aan de staatssecretaris van Volksgezondheid, Welzijn en Sport.\n\n"
                        "Staatssecretaris Maeijer:\nDank u wel. Ik zeg wel toe dat ik de Kamer voor de zomer "
                        "informeer over de wachttijden.\n\nMevrouw Westerveld (GroenLinks-PvdA):\n"
                        "Ik zeg toe dat ik hier later op terugkom.\n", NULL);
    assert_int_equal(r->ncommitments, 1); /* a member promises nothing for the government */
    assert_string_equal(r->commitments[0].actors[0], "SVWS");
    assert_string_equal(r->commitments[0].venue, "Tweeminutendebat Jeugdzorg (CD 14/3)");
    assert_string_equal(r->commitments[0].deadline, "voor de zomer");
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    ki_refs_free(r);

    r = detect("Ministerie van Sociale Zaken en Werkgelegenheid\nBeslisnota bij Kamerbrief over armoede\n"
               "Aan: de minister voor Armoedebeleid, Participatie en Pensioenen\nDatum: 3 maart 2025\n\n"
               "U wordt geadviseerd:\n- in de Kamerbrief toe te zeggen de Kamer voor 1 oktober 2025 te "
               "informeren over de bijzondere bijstand.\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "u");
    assert_string_equal(r->commitments[0].venue, "Kamerbrief");
    assert_string_equal(r->commitments[0].deadline, "voor 1 oktober 2025");
    ki_refs_free(r);

    /* elsewhere "toe te zeggen" and a question promise nothing */
    r = detect("Bent u bereid toe te zeggen dat de Kamer voor de zomer wordt ge\xc3\xafnformeerd?", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
    r = detect("Zegt u toe dat de Kamer voor de zomer wordt ge\xc3\xafnformeerd?", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);

    r = detect("Ik zeg daarbij ook toe dat ik uw Kamer voor het eind van 2025 over de uitkomsten informeer.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].deadline, "voor het eind van 2025");
    ki_refs_free(r);
}

/* a commitment mentioned again is the same record */
static void test_commitment_mentions(void **state)
{
    (void)state;
    ki_refs *r = detect("In het wetgevingsoverleg Emancipatie van 13 december 2024 heeft de staatssecretaris "
                        "van Onderwijs, Cultuur en Wetenschap toegezegd de Kamer te informeren over het "
                        "actieplan. De uitvoering loopt nog.\n\nHiermee is aan de toezegging uit het "
                        "wetgevingsoverleg voldaan.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "wetgevingsoverleg Emancipatie");
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS); /* the first, specific, relation */
    ki_refs_free(r);

    r = detect("In het commissiedebat Spoor van 12 maart 2025 heeft de minister van Infrastructuur en "
               "Waterstaat toegezegd de Kamer te informeren over de toegankelijkheid van stations.\n"
               "- Met de brief is de toezegging uit het commissiedebat van 12 maart 2025 afgedaan.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MIenW");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* two commitments of one debate stay two */
    r = detect("In het commissiedebat Politie van 2 oktober 2024 heeft de minister van Justitie en "
               "Veiligheid toegezegd de Kamer te informeren over de wijkagenten. In het commissiedebat "
               "Politie van 2 oktober 2024 heeft de minister van Justitie en Veiligheid ook toegezegd een "
               "evaluatie van de capaciteitsverdeling te sturen.", NULL);
    assert_int_equal(r->ncommitments, 2);
    ki_refs_free(r);
}

/* a table row about a commitment the letter discussed above is that one */
static void test_commitment_table_row(void **state)
{
    (void)state;
    ki_refs *r = detect("In het commissiedebat Politie van 2 oktober 2024 heeft de minister van Justitie en "
                        "Veiligheid toegezegd uw Kamer te informeren over de wijkagenten.\n\n"
                        "| Nr. | Toezegging | Vindplaats | Stand van zaken |\n"
                        "| 10 | TZ202410-101: de Kamer voor 1 maart 2025 informeren over de wijkagenten | "
                        "Commissiedebat Politie, 2 oktober 2024 | Afgedaan met deze brief |\n"
                        "| 11 | TZ202411-054: de Wet griffierechten evalueren | Commissiedebat Rechtspraak, "
                        "14 november 2024 | Loopt; de evaluatie volgt in het najaar van 2025 |\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MJenV");
    assert_string_equal(c->date, "2024-10-02");
    assert_string_equal(c->deadline, "voor 1 maart 2025");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202410-101");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[1];
    assert_string_equal(c->date, "2024-11-14");
    assert_null(c->deadline); /* the status cell's time is no deadline */
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    /* cells without the outer bars */
    r = detect("Toezegging | Vindplaats | Stand\n"
               "De Kamer informeren over de reclassering | Commissiedebat Strafrechtketen, 3 april 2025 "
               "(SJenV) | Afgedaan\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "SJenV");
    assert_string_equal(r->commitments[0].venue, "Commissiedebat Strafrechtketen");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* the row of a commitment the body named by its number */
    r = detect("De staatssecretaris van Justitie en Veiligheid heeft toegezegd de Kamer te informeren over de "
               "opvang (TZ202409-017).\n\nNr. | Soort | Bewindspersoon | Nummer | Stand\n"
               "1 | Toezegging | SJenV | TZ202409-017 | Loopt\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "SJenV");
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    /* a table without a header row */
    r = detect("| TZ202404-076 | De staatssecretaris van Justitie en Veiligheid informeert de Kamer over de "
               "evaluatie | Commissiedebat Gevangeniswezen en tbs, 4 april 2024 | Afgedaan met deze brief |\n",
               NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "SJenV");
    assert_string_equal(r->commitments[0].date, "2024-04-04");
    ki_refs_free(r);
}

/* the items under a "Toezeggingen" heading are commitments; the heading
 * gives where and when */
static void test_commitment_block(void **state)
{
    (void)state;
    ki_refs *r = detect("Toezeggingen uit het commissiedebat Zorgverzekeringsstelsel van 6 november 2024:\n"
                        "1. De minister van VWS stuurt de Kamer voor de zomer een analyse van de "
                        "polisvoorwaarden.\n"
                        "2. De staatssecretaris van VWS informeert de Kamer over de eigen bijdrage.\n"
                        "\nDe vergadering wordt gesloten.\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MVWS");
    assert_string_equal(c->venue, "commissiedebat Zorgverzekeringsstelsel");
    assert_string_equal(c->date, "2024-11-06");
    assert_string_equal(c->deadline, "voor de zomer");
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SVWS");
    assert_string_equal(c->date, "2024-11-06");
    assert_null(c->deadline);
    ki_refs_free(r);

    r = detect("Toezeggingen\n"
               "- De minister-president informeert de Kamer na de Europese Raad over de uitkomst. "
               "(TZ202402-081)\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].actors[0], "MP");
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "TZ202402-081");
    assert_null(r->commitments[0].date);
    ki_refs_free(r);

    /* a heading word inside a sentence opens no list */
    r = detect("Over de toezeggingen het volgende:\n- de wachttijden zijn gedaald.\n", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* two motions in one sentence: each clause speaks for its own; a next
 * sentence about both speaks for both */
static void test_motion_clauses(void **state)
{
    (void)state;
    ki_refs *r = detect("De motie-Van der Werf (29279, nr. 890) is hiermee afgedaan; over de motie-Becker "
                        "(29279, nr. 891) informeer ik u voor de zomer.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("De motie-Bontenbal (36 576, nr. 50) en de motie-Kops (29 023, nr. 530) zijn in deze brief "
               "meegenomen. Over de uitvoering van beide moties informeer ik u in het najaar.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    /* a clause that says nothing of its own motion leaves it mentioned */
    r = detect("Met de nieuwe norm kom ik tegemoet aan de motie-Grinwis c.s. (36 200 VII, nr. 22); de "
               "motie-Beckerman (32 847, nr. 1005) is bij deze wet niet aan de orde.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_CITED);
    ki_refs_free(r);
    r = detect("De motie-Grinwis (36 200 VII, nr. 22) is hiermee uitgevoerd; de motie-Beckerman (32 847, "
               "nr. 1005) eveneens.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* the next sentence names one of them: it does not speak for the other */
    r = detect("De motie-Bontenbal (36 576, nr. 50) en de motie-Kops (29 023, nr. 530) zijn betrokken bij "
               "het fiche. Met dit fiche geef ik uitvoering aan de motie-Kops.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

static void test_list_introduction(void **state)
{
    (void)state;
    ki_refs *r = detect("In deze brief worden de volgende moties en toezeggingen afgedaan of wordt de "
                        "voortgang toegelicht.\n\n-__Motie Van der Werf (D66) over femicide (Kamerstuk II, "
                        "29279, nr. 889).\n\n-_ Toezegging van SJenV in het commissiedebat Zeden d.d. "
                        "16 oktober 2024 om de Kamer te informeren.\n",
                        "2025-06-15");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    assert_string_equal(r->motions[0].sponsors[0].party, "D66");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].relation, KI_REL_ADDRESSED);
    assert_string_equal(r->commitments[0].date, "2024-10-16");
    ki_refs_free(r);
}

/* Two lists, each under its own introduction: the nearest one above an
 * item decides, even when blank lines and a heading separate the lists. */
static void test_two_list_introductions(void **state)
{
    (void)state;
    ki_refs *r = detect("Afgedaan\n\nMet deze brief worden de volgende moties afgedaan:\n\n"
                        "- de motie van het lid Jansen (CDA) over de wachtlijsten (Kamerstuk 31839, "
                        "nr. 1101);\n\nVoortgang\n\nOver de volgende moties wordt de voortgang "
                        "toegelicht:\n\n- de motie van het lid Pieters (SP) over de huurtoeslag "
                        "(Kamerstuk 32847, nr. 1300);\n",
                        "2025-09-15");
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-31839-1101");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->motions[1].kamerstuk, "kst-32847-1300");
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

static void test_json(void **state)
{
    (void)state;
    ki_refs *r = ki_refs_new();
    assert_non_null(r);
    /* a size no chunk can hold is refused, not wrapped (fuzz_detect found one) */
    assert_null(ki_refs_alloc(r, SIZE_MAX / 2 + 100));
    assert_null(ki_refs_alloc(r, SIZE_MAX - 3));
    assert_non_null(ki_refs_alloc(r, 16));
    r->kind = ki_refs_strdup(r, "brief");
    r->title = ki_refs_strdup(r, "Quote \" backslash \\ newline \n esc \x1b end");
    ki_kamerstuk *k = ki_refs_add_kamerstuk(r);
    k->id = ki_refs_strdup(r, "kst-1-2");
    k->dossier = ki_refs_strdup(r, "1");
    k->nr = ki_refs_strdup(r, "2");
    k->text = ki_refs_strdup(r, "x");
    ki_commitment *c = ki_refs_add_commitment(r);
    c->relation = KI_REL_MADE;
    ki_buf b = KI_BUF_INIT;
    assert_int_equal(ki_refs_to_json(r, "a\"b.txt", &b), KI_OK);
    assert_null(strchr(b.data, '\n'));
    assert_null(strchr(b.data, '\x1b'));
    ki_err err;
    ki_json *j = ki_json_parse(b.data, b.len, &err);
    assert_non_null(j);
    assert_string_equal(ki_json_getstr(j, "file"), "a\"b.txt");
    assert_string_equal(ki_json_getstr(j, "title"), "Quote \" backslash \\ newline \n esc \x1b end");
    assert_null(ki_json_getstr(j, "date"));
    assert_int_equal(ki_json_get(j, "date")->type, KI_JSON_NULL);
    assert_int_equal(ki_json_get(ki_json_get(j, "self"), "id")->type, KI_JSON_NULL);
    const ki_json *ks = ki_json_get(j, "kamerstukken");
    assert_int_equal(ki_json_len(ks), 1);
    assert_int_equal(ki_json_get(ki_json_at(ks, 0), "chamber")->type, KI_JSON_NULL);
    const ki_json *cs = ki_json_get(j, "commitments");
    assert_string_equal(ki_json_getstr(ki_json_at(cs, 0), "relation"), "made");
    assert_int_equal(ki_json_len(ki_json_get(ki_json_at(cs, 0), "actors")), 0);
    assert_int_equal(ki_json_len(ki_json_get(j, "warnings")), 0);
    ki_json_free(j);
    ki_buf_free(&b);
    ki_refs_free(r);
    for (int i = 0; i < KI_REL_COUNT; i++)
        assert_int_equal(ki_relation_parse(ki_relation_str((ki_relation)i)), i);
    assert_int_equal(ki_relation_parse("nonsense"), -1);
}

/* Hostile text: repeated anchors, a huge line, invalid UTF-8.  It must
 * finish (match limits) and find nothing false. */
static void test_hostile(void **state)
{
    (void)state;
    static const char *const units[] = {"Kamerstuk ", "nr. ", "motie van het lid Van ", "toezegging van ",
                                        "Kamerstukken II 2019/20, 35 300-XV, nrs. 1, 2, 3, 4, 5, 6, 7 en "};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]), n = 2u << 20;
        char *big = malloc(n + 1);
        assert_non_null(big);
        for (size_t i = 0; i < n; i++)
            big[i] = units[u][i % ul];
        big[n] = '\0';
        ki_text *t = ki_text_from_string(big, n);
        ki_refs *r = NULL;
        ki_err err;
        assert_int_equal(ki_detect(det, t, NULL, &r, &err), KI_OK);
        if (u < 2)
            assert_int_equal(r->nkamerstukken, 0);
        ki_refs_free(r);
        ki_text_free(t);
        free(big);
    }
    const char bad[] = "Kamerstuk 29279, nr. 891 \xff\xfe \xc3 (Kamerstuk 28345, nr. 274)\xe2\x80";
    ki_text *t = ki_text_from_string(bad, sizeof bad - 1);
    ki_refs *r = NULL;
    ki_err err;
    assert_int_equal(ki_detect(det, t, NULL, &r, &err), KI_OK);
    assert_int_equal(r->nkamerstukken, 2);
    assert_true(r->nwarnings >= 1);
    ki_refs_free(r);
    ki_text_free(t);
}

/* The seed: ../shared/seed/000_*.txt with --date 2025-06-15 must give what
 * its expected.json lists. */
static void test_seed(void **state)
{
    (void)state;
    const char *top = getenv("TOP");
    char tp[4096], jp[4096];
    snprintf(tp, sizeof tp, "%s/../shared/seed/000_40c0d830b55332d7.txt", top ? top : ".");
    snprintf(jp, sizeof jp, "%s/../shared/seed/000_40c0d830b55332d7.expected.json", top ? top : ".");
    size_t tl = 0, jl = 0;
    char *text = test_slurp(tp, &tl), *js = test_slurp(jp, &jl);
    if (!text || !js) {
        free(text);
        free(js);
        print_message("seed not found at %s: skipped\n", tp);
        skip();
    }
    ki_err err;
    ki_json *g = ki_json_parse(js, jl, &err);
    assert_non_null(g);
    ki_text *t = ki_text_from_string(text, tl);
    ki_refs *r = NULL;
    assert_int_equal(ki_detect(det, t, ki_json_getstr(g, "reference_date"), &r, &err), KI_OK);

    assert_string_equal(r->kind, ki_json_getstr(ki_json_get(g, "own_reference"), "kind"));
    assert_string_equal(r->kenmerk, ki_json_getstr(ki_json_get(g, "own_reference"), "kenmerk"));
    const ki_json *gk = ki_json_get(g, "kamerstukken");
    assert_int_equal(r->nkamerstukken, ki_json_len(gk));
    for (size_t i = 0; i < ki_json_len(gk); i++) {
        const ki_json *e = ki_json_at(gk, i);
        assert_string_equal(r->kamerstukken[i].id, ki_json_getstr(e, "id"));
        const char *ch = ki_json_getstr(e, "chamber"), *yr = ki_json_getstr(e, "year");
        if (ch)
            assert_string_equal(r->kamerstukken[i].chamber, ch);
        else
            assert_null(r->kamerstukken[i].chamber);
        if (yr)
            assert_string_equal(r->kamerstukken[i].year, yr);
        else
            assert_null(r->kamerstukken[i].year);
    }
    const ki_json *gh = ki_json_get(g, "handelingen");
    assert_int_equal(r->nhandelingen, ki_json_len(gh));
    for (size_t i = 0; i < ki_json_len(gh); i++)
        assert_string_equal(r->handelingen[i].id, ki_json_getstr(ki_json_at(gh, i), "id"));
    const ki_json *gd = ki_json_get(g, "documents");
    assert_int_equal(r->ntk_numbers, ki_json_len(gd));
    assert_string_equal(r->tk_numbers[0].id, ki_json_getstr(ki_json_at(gd, 0), "id"));

    const ki_json *gm = ki_json_get(g, "motions");
    assert_int_equal(r->nmotions, ki_json_len(gm));
    for (size_t i = 0; i < ki_json_len(gm); i++) {
        const ki_json *e = ki_json_at(gm, i);
        const ki_motion *m = &r->motions[i];
        assert_string_equal(m->kamerstuk, ki_json_getstr(e, "kamerstuk"));
        const ki_json *sp = ki_json_get(e, "sponsors");
        assert_int_equal(m->nsponsors, ki_json_len(sp));
        for (size_t s = 0; s < m->nsponsors; s++) {
            assert_string_equal(m->sponsors[s].name, ki_json_getstr(ki_json_at(sp, s), "name"));
            const char *p = ki_json_getstr(ki_json_at(sp, s), "party");
            if (p)
                assert_string_equal(m->sponsors[s].party, p);
            else
                assert_null(m->sponsors[s].party);
        }
        assert_int_equal(m->cs, ki_json_getbool(e, "cs", false));
        assert_string_equal(ki_relation_str(m->relation), ki_json_getstr(e, "relation"));
    }

    const ki_json *gc = ki_json_get(g, "commitments");
    assert_int_equal(r->ncommitments, ki_json_len(gc));
    bool used[64] = {false};
    assert_true(r->ncommitments < 64);
    for (size_t i = 0; i < ki_json_len(gc); i++) {
        const ki_json *e = ki_json_at(gc, i);
        const ki_json *ga = ki_json_get(e, "actors");
        const char *d = ki_json_getstr(e, "date"), *v = ki_json_getstr(e, "venue");
        const ki_commitment *c = NULL;
        /* matched on actors and date, in document order */
        for (size_t j = 0; j < r->ncommitments && !c; j++) {
            const ki_commitment *x = &r->commitments[j];
            bool ok = !used[j] && x->nactors == ki_json_len(ga) &&
                      ((!d && !x->date) || (d && x->date && strcmp(d, x->date) == 0));
            for (size_t a = 0; ok && a < x->nactors; a++)
                ok = strcmp(x->actors[a], ki_json_at(ga, a)->string) == 0;
            if (ok) {
                used[j] = true;
                c = x;
            }
        }
        if (!c)
            fail_msg("expected commitment %zu (%s) not found", i, d ? d : "no date");
        if (v)
            assert_string_equal(c->venue, v);
        else
            assert_null(c->venue);
        assert_string_equal(ki_relation_str(c->relation), ki_json_getstr(e, "relation"));
        const ki_json *gr = ki_json_get(e, "refs");
        for (size_t k = 0; k < ki_json_len(gr); k++) {
            bool in = false;
            for (size_t x = 0; x < c->nrefs; x++)
                in = in || strcmp(c->refs[x], ki_json_at(gr, k)->string) == 0;
            if (!in)
                fail_msg("commitment %zu lacks ref %s", i, ki_json_at(gr, k)->string);
        }
    }
    /* the new one, made in this document */
    int made = 0;
    for (size_t j = 0; j < r->ncommitments; j++)
        if (r->commitments[j].relation == KI_REL_MADE) {
            made++;
            assert_string_equal(r->commitments[j].deadline, "voor de zomer van 2026");
            assert_int_equal(r->commitments[j].nactors, 0);
        }
    assert_int_equal(made, 1);

    ki_refs_free(r);
    ki_text_free(t);
    ki_json_free(g);
    free(text);
    free(js);
}



/* Numbers whose dossier, Handelingen or list comes from the text around
 * them: what the pattern table alone cannot show. */
static void test_numbers_from_context(void **state)
{
    (void)state;
    /* a dossier named after the last Kamerstuk wins over it */
    ki_refs *r = detect("Zie (Kamerstuk 29279, nr. 889). Bij het wetsvoorstel (36 145) is de motie op "
                        "stuk nr. 21 aangenomen, en de motie op stuk nr. 24.", NULL);
    test_ids_equal(r, TEST_KST, "kst-29279-889 kst-36145-21 kst-36145-24");
    assert_null(r->kamerstukken[1].chamber);
    assert_null(r->kamerstukken[1].year);
    ki_refs_free(r);
    /* a dossier named with its sub-dossier is not taken for a bare one */
    r = detect("Het wetsvoorstel (36 600-XII) is behandeld; het amendement op stuk nr. 9 is aangenomen.", NULL);
    test_ids_equal(r, TEST_KST, "");
    ki_refs_free(r);
    /* the replaced motion is a Kamerstuk of the same dossier */
    r = detect("De gewijzigde motie (Kamerstuk 36 600-XII, nr. 88, t.v.v. nr. 61) verzoekt de regering.", NULL);
    test_ids_equal(r, TEST_KST, "kst-36600-XII-88 kst-36600-XII-61");
    ki_refs_free(r);
    /* "idem" after Handelingen continues the Handelingen, not the Kamerstuk before */
    r = detect("(Kamerstuk 29279, nr. 889; Handelingen II 2024/25, nr. 47, item 9; idem, nr. 48; "
               "idem, item 21)", NULL);
    test_ids_equal(r, TEST_KST, "kst-29279-889");
    test_ids_equal(r, TEST_HAND, "h-tk-20242025-47-9 h-tk-20242025-48 h-tk-20242025-48-21");
    ki_refs_free(r);
    /* "idem, item 4" with no Handelingen before it is nothing */
    r = detect("Zie idem, item 4 van de agenda (Kamerstuk 29279, nr. 889).", NULL);
    test_ids_equal(r, TEST_HAND, "");
    ki_refs_free(r);
    /* "(idem, F)" far from any Kamerstuk is nothing */
    r = detect("(idem, F)", NULL);
    test_ids_equal(r, TEST_KST, "");
    ki_refs_free(r);
    /* a list of compact numbers; a two-part one only after a compact one */
    r = detect("op de stukken 36 600-XVI-77 en 21501-31-702; Kamerstuk 29279, nr. 889 en 31473-25.", NULL);
    test_ids_equal(r, TEST_KST, "kst-36600-XVI-77 kst-21501-31-702 kst-29279-889");
    ki_refs_free(r);
    /* Eerste Kamer toezegging numbers only where a number is expected */
    r = detect("Toezeggingen T03912, T03913 en T03915 (T03571); type T12345 van de leverancier.", NULL);
    test_ids_equal(r, TEST_TK, "T03912 T03913 T03915 T03571");
    assert_string_equal(r->tk_numbers[0].kind, "toezegging");
    ki_refs_free(r);
}

/* ---- ekref: Eerste Kamer letters, rijkswet ids, sponsors named apart,
 * relations in progress reports ---- */

static void expect_motion(const ki_motion *m, const char *kst, const char *sponsor, const char *party, bool cs)
{
    if (kst)
        assert_string_equal(m->kamerstuk, kst);
    else
        assert_null(m->kamerstuk);
    if (!sponsor) {
        assert_int_equal(m->nsponsors, 0);
        return;
    }
    assert_true(m->nsponsors >= 1);
    assert_string_equal(m->sponsors[0].name, sponsor);
    if (party)
        assert_string_equal(m->sponsors[0].party, party);
    else
        assert_null(m->sponsors[0].party);
    assert_int_equal(m->cs, cs);
}

/* Sponsor forms seen on unseen text: a party shared by "beiden", a
 * typographic apostrophe in a prefix, Handelingen without "nr.", a table
 * cell without a comma, a compact id right after "motie", "Ibidem". */
static void test_reference_forms_heldout3(void **state)
{
    (void)state;
    ki_refs *r = detect("De motie van de leden Flach en Stoffer (beiden SGP) over de energielabelplicht "
                        "(Kamerstuk 32 813, nr. 1577) beschouw ik als afgedaan.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Flach");
    assert_string_equal(r->motions[0].sponsors[0].party, "SGP");
    assert_string_equal(r->motions[0].sponsors[1].party, "SGP");
    ki_refs_free(r);
    r = detect("De motie van het lid Van \xe2\x80\x99t Wout (VVD) over sparen (Kamerstuk 36 602, nr. 45) is "
               "uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-36602-45", "Van \xe2\x80\x99t Wout", "VVD", false);
    ki_refs_free(r);
    r = detect("Zie (Handelingen II 2025/26, 52, item 14) en de stukken 2026D0456 en 2026D04567.", NULL);
    assert_int_equal(r->nhandelingen, 1);
    assert_string_equal(r->handelingen[0].id, "h-tk-20252026-52-14");
    assert_int_equal(r->ntk_numbers, 1);
    assert_string_equal(r->tk_numbers[0].id, "2026D04567");
    ki_refs_free(r);
    r = detect("De motie 32793-812 is uitgevoerd.\n\n| Motie Bikker | 36 600 XIII nr. 61 | Afgedaan |\n"
               "\n1 Kamerstukken II 2024/25, 31 839, nr. 1051.\n2 Ibidem, nr. 1060.\n", NULL);
    test_ids_equal(r, TEST_KST, "kst-32793-812 kst-36600-XIII-61 kst-31839-1051 kst-31839-1060");
    ki_refs_free(r);
    /* a compact id in brackets is no party; a footnote marker glued to the names */
    r = detect("De motie-Paternotte (36600-V-32) over de munitie is uitgevoerd. In de motie-Kr\xc3\xb6ger "
               "c.s.9 wordt de regering verzocht een plan te maken.\n\n9 Kamerstuk 29 023, nr. 561\n", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-36600-V-32", "Paternotte", NULL, false);
    expect_motion(&r->motions[1], "kst-29023-561", "Kr\xc3\xb6ger", NULL, true);
    ki_refs_free(r);
    r = detect("De door de leden Bikker en Ceder ingediende motie over gokken (Kamerstuk 24557, nr. 200) "
               "neem ik mee in de evaluatie. De door het lid Kops ingediende motie over windparken op zee4 "
               "is verworpen.\n\n4 Kamerstuk 29 023, nr. 518.\n", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-24557-200", "Bikker", NULL, false);
    assert_int_equal(r->motions[0].nsponsors, 2);
    expect_motion(&r->motions[1], "kst-29023-518", "Kops", NULL, false);
    ki_refs_free(r);
    r = detect("De moties van de leden Kathmann c.s. (Kamerstuk 36 600 VII, nr. 20) en Six Dijkstra "
               "(Kamerstuk 26 643, nr. 1195) zijn uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-36600-VII-20", "Kathmann", NULL, true);
    expect_motion(&r->motions[1], "kst-26643-1195", "Six Dijkstra", NULL, false);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a letter signed by two: "wij" is both; a body line "De staatssecretaris van X
     * heeft ..." is no signature */
    r = detect("De staatssecretaris van Onderwijs, Cultuur en Wetenschap heeft de SLO gevraagd.\n\n"
               "Wij zeggen toe uw Kamer voor de zomer van 2027 te informeren over de kerndoelen.\n\n"
               "De minister van Onderwijs, Cultuur en Wetenschap,\n\nR.P. Bruins\n\n"
               "De staatssecretaris van Justitie en Veiligheid,\n\nL. Vos\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 2);
    assert_string_equal(r->commitments[0].actors[0], "MOCW");
    assert_string_equal(r->commitments[0].actors[1], "SJenV");
    ki_refs_free(r);
    r = detect("29 279 Rechtsstaat en Rechtsorde\n\nNr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN "
               "JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
               "Den Haag, 3 juni 2025\n\nIn deze brief gaan wij in op de opvang.\n\n"
               "Wij zeggen toe uw Kamer voor de zomer van 2027 te informeren over de opvang.\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 2);
    ki_refs_free(r);
    /* "mijn ambtsvoorganger": the signer's office */
    r = detect("Piekbelasters\nMijn ambtsvoorganger heeft in het commissiedebat Stikstof d.d. 16-10-2025\n"
               "toegezegd de Kamer te informeren over het aantal piekbelasters dat stopt.\n\n"
               "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nJ. de Boer\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MLVVN");
    assert_string_equal(r->commitments[0].date, "2025-10-16");
    ki_refs_free(r);
    /* Handelingen: "Ik zeg de heer X toe", the minister the chair welcomed */
    r = detect("De voorzitter:\nIk heet de minister van Onderwijs, Cultuur en Wetenschap van harte welkom.\n\n"
               "Minister Bruins:\nIk zeg de heer Soepboer graag toe dat ik voor de kerst een brief stuur.\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MOCW");
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    ki_refs_free(r);
    /* a list the writer introduces: its unnamed items are the writer's */
    r = detect("Met deze brief doe ik de volgende toezeggingen af:\n- de toezegging uit het commissiedebat "
               "Zorgverzekeringsstelsel van 30 januari 2026 om de Kamer te informeren over de premies;\n"
               "- de toezegging uit het commissiedebat Acute zorg van 5 maart 2026 over de regiobeelden.\n\n"
               "De minister van Volksgezondheid, Welzijn en Sport,\n\nA.B. Smeets\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MVWS");
    assert_string_equal(r->commitments[1].actors[0], "MVWS");
    assert_int_equal(r->commitments[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a year in the venue's name */
    r = detect("In het wetgevingsoverleg Fiscale verzamelwet 2027 van 10 november 2026 heeft de "
               "staatssecretaris van Financi\xc3\xabn toegezegd de Kamer te informeren over de btw.", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].venue, "wetgevingsoverleg Fiscale verzamelwet 2027");
    assert_string_equal(r->commitments[0].date, "2026-11-10");
    ki_refs_free(r);
    /* a table laid out with spaces: the status column gives each row's relation */
    r = detect("Moties\nOmschrijving                                 Vindplaats           Stand van zaken\n"
               "Motie van het lid Holman (NSC) over een      35 334, nr. 301      Afgedaan met deze brief\n"
               "vestigingsregeling voor jonge boeren\n"
               "Motie van de leden Van Campen en Vestering   30 252, nr. 198      Loopt; uitkomst verkenning\n"
               "over een meldpunt voor dierenwelzijn                              in het najaar van 2026\n"
               "Motie-Grinwis over de bescherming van        33 576, nr. 402      Aangehouden\n", NULL);
    assert_int_equal(r->nmotions, 3);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
    assert_int_equal(r->motions[2].relation, KI_REL_CITED);
    ki_refs_free(r);
    /* a plenary follow-up debate: an earlier promise was made in the committee debate it follows */
    r = detect("Aan de orde is het debat naar aanleiding van een algemeen overleg op 27 maart 2008 over "
               "duurzaam inkopen door overheden.\n\nDe heer Duyvendak (GroenLinks):\n\nVoorzitter. De minister "
               "heeft toegezegd, daarover in contact te treden met de gemeenten.\n", "2008-04-10");
    assert_int_equal(r->ncommitments, 1);
    assert_string_equal(r->commitments[0].date, "2008-03-27");
    ki_refs_free(r);
    /* "De minister heeft in het commissiedebat toegezegd": the minister the chair welcomed */
    r = detect("De voorzitter:\nIk heet de minister van Sociale Zaken en Werkgelegenheid van harte welkom.\n\n"
               "De heer Van Kent (SP):\nVoorzitter. De minister heeft in het commissiedebat toegezegd te kijken "
               "naar de uitzendbranche.\n", NULL);
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MSZW");
    ki_refs_free(r);
    /* the PDF extractor's footnote marker and note */
    r = detect("In reactie op de motie-Jansen c.s.^4 is het onderzoek verbreed.\n\n[^4] Kamerstuk 29 023, "
               "nr. 566\n", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-29023-566", "Jansen", NULL, true);
    ki_refs_free(r);
    r = detect("36 725 XVI Wijziging van de begrotingsstaten voor het jaar 2026\n\nNr. 19 NADER GEWIJZIGDE "
               "MOTIE VAN DE LEDEN DOBBE EN TIELEN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16\n\n"
               "Voorgesteld 2 juli 2026\n", NULL);
    assert_string_equal(r->kind, "motie");
    assert_true(r->nmotions >= 1);
    expect_motion(&r->motions[0], "kst-36725-XVI-19", "Dobbe", NULL, false);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[1].name, "Tielen");
    ki_refs_free(r);
    r = detect("De motie van het lid Wilders (PVV) over 50PLUS en de motie-Krol (50PLUS) zijn verworpen.", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[1], NULL, "Krol", "50PLUS", false);
    ki_refs_free(r);
}

static void test_ek_letter_numbers(void **state)
{
    (void)state;
    ki_refs *r = detect("Aan de orde zijn de stemmingen over moties, te weten:\n"
                        "- de motie-De Boer c.s. over de zorgcapaciteit (25295, letter BC);\n"
                        "- de motie-De Boer c.s. over de testcapaciteit (25295, letter BD).\n", NULL);
    test_ids_equal(r, TEST_KST, "kst-25295-BC kst-25295-BD");
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-25295-BC", "De Boer", NULL, true);
    expect_motion(&r->motions[1], "kst-25295-BD", "De Boer", NULL, true);
    assert_string_equal(r->motions[0].subject, "de zorgcapaciteit");
    ki_refs_free(r);
    /* a Roman dossier; the apposition names the same motion, no "Clxi" */
    r = detect("We stemmen over de motie CLXI, letter F, de motie van het lid Koffeman c.s. over het "
               "spreekrecht. Wenst een van de leden een stemverklaring af te leggen?", NULL);
    test_ids_equal(r, TEST_KST, "kst-CLXI-F");
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-CLXI-F", "Koffeman", NULL, true);
    assert_string_equal(r->motions[0].subject, "het spreekrecht");
    ki_refs_free(r);
    /* EK prefix, bare brackets, and a joint document in both dossiers */
    r = detect("de brief (EK 35300 VII, F) en het rapport (33400, Q); zie Kamerstukken I 2009/10, "
               "22 112 / 31 544, CM, p. 4.", NULL);
    test_ids_equal(r, TEST_KST, "kst-35300-VII-F kst-33400-Q kst-22112-CM kst-31544-CM");
    assert_string_equal(r->kamerstukken[0].chamber, "I");
    assert_string_equal(r->kamerstukken[2].chamber, "I");
    assert_string_equal(r->kamerstukken[3].year, "2009-2010");
    ki_refs_free(r);
    /* a Tweede Kamer joint document is filed under its first dossier */
    r = detect("de brief van 19 december 2007 (31 031/29 949, nr. 19) en (31 031 / 29 949, nr. 20)", NULL);
    test_ids_equal(r, TEST_KST, "kst-31031-19 kst-31031-20");
    ki_refs_free(r);
    /* look-alikes */
    r = detect("Zie bijlage 2, letter b, artikel 3, lid A, en artikel 12, onderdeel C, letter A; het bedrag "
               "van \xE2\x82\xAC 25.295, letter A; (MCLVI, letter M).", NULL);
    test_ids_equal(r, TEST_KST, "");
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
}

static void test_rijkswet_in_compact_ids(void **state)
{
    (void)state;
    ki_refs *r = detect("de daarbij overgelegde stukken zijn goedgekeurd: 34722-1; 23908-(R1519)-131; "
                        "35313-(R2135)-1.", NULL);
    test_ids_equal(r, TEST_KST, "kst-34722-1 kst-23908-131 kst-35313-1");
    assert_null(r->kamerstukken[0].rijkswet);
    assert_string_equal(r->kamerstukken[1].rijkswet, "R1519");
    assert_string_equal(r->kamerstukken[2].rijkswet, "R2135");
    ki_refs_free(r);
    /* a joint Eerste Kamer letter: the Rijkswet is only the dossier's right before its bracket */
    r = detect("Zie de brief (Kamerstukken I 2019/20, 34512/34623 (R2101), nr. D) over het verdrag.", NULL);
    test_ids_equal(r, TEST_KST, "kst-34512-D kst-34623-D");
    assert_null(r->kamerstukken[0].rijkswet);
    assert_string_equal(r->kamerstukken[1].rijkswet, "R2101");
    ki_refs_free(r);
}

/* "motie van X" without "het lid": "van" is the preposition unless a
 * lower-case prefix follows it ("motie van der Werf") */
static void test_motion_van_preposition(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"Motie van Haverkamp over het benadrukken van politiespecifieke elementen.", "Haverkamp"},
        {"De motie van Van Haersma Buma over de zorg is aangenomen.", "Van Haersma Buma"},
        {"De motie van der Werf over femicide is aangenomen.", "Van der Werf"},
        {"De motie Van Campen (VVD) over stikstof werd ingetrokken.", "Van Campen"},
        {"MOTIE VAN DER STAAIJ", "Van der Staaij"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k][0], NULL);
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].nsponsors, 1);
        assert_string_equal(r->motions[0].sponsors[0].name, cases[k][1]);
        ki_refs_free(r);
    }
}

/* "Ter uitvoering van de motie" addresses it; "zal ik ingaan op de motie"
 * announces the next step; "over dat onderwerp" is no subject */
static void test_motion_letter_relations(void **state)
{
    (void)state;
    ki_refs *r = detect("Ter uitvoering van de motie Elissen/\xc3\x87or\xc3\xbcz (Kamerstuk 32 500, nr. 12) is de "
                        "Commissie evaluatie ingesteld.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp (Kamerstuk 33 000 X, "
               "nr. 20).", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    assert_null(r->motions[0].subject);
    ki_refs_free(r);
    /* the future is no settlement; a question reports nothing itself, its
     * answer does; the number of the letter that settled it is not the
     * motion's */
    r = detect("Ik zal uitvoering geven aan de motie van het lid Jansen (Kamerstuk 32123, nr. 17).", NULL);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("Vraag 3\nHoe geeft u uitvoering aan de motie-Van Dijk (SGP) c.s. over opvang (Kamerstuk 19637, "
               "nr. 3250)?\nAntwoord 3\nAan de motie-Van Dijk c.s. is uitvoering gegeven met de brief van 18 "
               "september jl. (Kamerstuk 19 637, nr. 3266); ik beschouw deze motie hiermee als afgedaan.\n",
               "2024-10-10");
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-19637-3250", "Van Dijk", "SGP", true);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a letter that says it reports on motions, each opening a line */
    r = detect("Met deze brief informeer ik u over de uitvoering van diverse moties en toezeggingen.\n\nMoties\n"
               "Motie Bisschop over toezicht op de openbare orde in het onderwijs\n"
               "De motie verzoekt de regering onderzoek te laten verrichten.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("In het debat is gesproken over veel onderwerpen.\n\nMotie Bisschop over toezicht op de openbare orde\n"
               "De motie verzoekt de regering onderzoek te laten verrichten.\n", NULL);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    /* two rows by one member are two motions; a later mention by name is not */
    r = detect("- de motie-Blok over het baseren van de WW-uitkering op de premies (31200 XV, nr. 37);\n"
               "- de motie-Blok over stopzetten van de export van kinderbijslag;\n", NULL);
    assert_int_equal(r->nmotions, 2);
    ki_refs_free(r);
    r = detect("De motie van het lid Krol; Verzoekt de regering, te onderzoeken hoe gemeenten kwijtschelden.\n"
               "De motie van het lid Krol; Verzoekt de regering, met een voorstel te komen.\n", NULL);
    assert_int_equal(r->nmotions, 2);
    ki_refs_free(r);
    r = detect("Motie Bisschop over toezicht op de openbare orde in het onderwijs\n"
               "De motie van het lid Bisschop verzoekt de regering onderzoek te laten verrichten.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    ki_refs_free(r);
    /* a bijlage row: the Vindplaats cell below, a short bracket after its number */
    r = detect("De motie van het lid \xc3\x96z\xc3\xbctok c.s.; Verzoekt de regering te waarborgen dat de controle "
               "duidelijk is.\n\nKamerstukken II 2018/19, 34477, nr. 64 (t.v.v. 58)\n\nAfgedaan.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-34477-64");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a regeling: "stel ik voor, haar motie op stuk ... opnieuw aan te houden" */
    r = detect("Op verzoek van het lid Helder stel ik voor, haar motie op stuk 29628, nr. 438 opnieuw aan te "
               "houden.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-29628-438", "Helder", NULL, false);
    ki_refs_free(r);
}

static void test_motion_sponsors_apart(void **state)
{
    (void)state;
    ki_refs *r = detect("Bij het wetsvoorstel 36 145 is de motie op stuk nr. 21 van het lid Bikker "
                        "(ChristenUnie) over de zorgplicht aangenomen.", NULL);
    test_ids_equal(r, TEST_KST, "kst-36145-21");
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-36145-21", "Bikker", "ChristenUnie", false);
    ki_refs_free(r);
    /* plural, the names after the list of numbers (the list ends before the names) */
    r = detect("Bij het wetsvoorstel 36 145 zijn de moties op stuk nrs. 21 en 24 van het lid Bikker aangenomen.",
               NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-36145-21", "Bikker", NULL, false);
    expect_motion(&r->motions[1], "kst-36145-24", "Bikker", NULL, false);
    ki_refs_free(r);
    r = detect("Bij de behandeling van 36145 zijn de motie-Ceder (stuk nr. 24) en de motie-Van der Plas "
               "(stuk nr. 25) aangenomen.", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-36145-24", "Ceder", NULL, false);
    expect_motion(&r->motions[1], "kst-36145-25", "Van der Plas", NULL, false);
    ki_refs_free(r);
    /* the dossier later in the sentence; no dossier at all: the sponsor still */
    r = detect("De motie op stuk nr. 31 van het lid Dijk (SP) bij het wetsvoorstel 36 410 verzoekt de "
               "regering een meldpunt in te richten.", NULL);
    test_ids_equal(r, TEST_KST, "kst-36410-31");
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-36410-31", "Dijk", "SP", false);
    ki_refs_free(r);
    r = detect("Mijn stemverklaring gaat over de motie op stuk nr. 12 van de heer Omtzigt c.s., waarin de "
               "regering wordt verzocht een nulmeting te doen.", NULL);
    test_ids_equal(r, TEST_KST, "");
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], NULL, "Omtzigt", NULL, true);
    ki_refs_free(r);
    r = detect("Op verzoek van het lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie "
               "opnieuw aan te houden: 29544, nr. 959.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-29544-959", "Jasper van Dijk", NULL, false);
    ki_refs_free(r);
    /* no names: "een aantal leden" */
    r = detect("Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende moties opnieuw "
               "aan te houden: 29911-226; 31015-168.", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-29911-226", NULL, NULL, false);
    ki_refs_free(r);
    /* Handelingen: the sponsor and the number two sentences apart are one motion */
    r = detect("Deze motie is voorgesteld door het lid Graus. Naar mij blijkt, wordt de indiening ervan "
               "voldoende ondersteund.\n\nZij krijgt nr. 30 (32563).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], "kst-32563-30", "Graus", NULL, false);
    ki_refs_free(r);
}

/* Handelingen: a motion read out with no closing line after it has the
 * speaker as sponsor; two submitted by one member stay two */
/* A motion moved in Handelingen is cited (its "verzoekt ... de Kamer te
 * informeren" is its request), and an earlier motion its considerans names
 * is another motion, cited too. */
static void test_motion_moved_considerans(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Potters (VVD):\nVoorzitter. Ik dien een motie in.\n\nMotie\n\nDe Kamer,\n\n"
                        "gehoord de beraadslaging,\n\nconstaterende dat naar aanleiding van de motie van de leden "
                        "Potters en Otwin van Dijk onderzoek is gedaan naar alternatieven;\n\n"
                        "verzoekt de regering tevens, de Kamer hierover uiterlijk op 1 oktober 2016 te informeren,\n\n"
                        "en gaat over tot de orde van de dag.\n", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].party, "VVD");
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    assert_int_equal(r->motions[1].nsponsors, 2);
    assert_string_equal(r->motions[1].sponsors[1].name, "Otwin van Dijk");
    assert_int_equal(r->motions[1].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* "van het Kamerlid X", "van lid X": the member named without "het lid" */
static void test_motion_member_forms(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        {"Tot slot meldt de minister hoe invulling is gegeven aan de motie van het Kamerlid Bisschop (SGP) over "
         "levering van gegevens.", "Bisschop", "SGP"},
        {"Uw Kamer vroeg om een reactie op de motie van lid Omtzigt inzake de uithuisplaatsingen.", "Omtzigt", NULL},
        {"De motie van de Kamerleden Bikker en Ceder over de opvang is aangenomen.", "Bikker", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k][0], NULL);
        assert_int_equal(r->nmotions, 1);
        assert_string_equal(r->motions[0].sponsors[0].name, cases[k][1]);
        if (cases[k][2])
            assert_string_equal(r->motions[0].sponsors[0].party, cases[k][2]);
        ki_refs_free(r);
    }
}

/* A motion named in a heading or title line ends with its line: the number
 * of what follows (the letter's own "Bron: .../kst-35927-91", a Kamerstuk
 * in the first sentence below) is not its number */
static void test_motion_heading_line(void **state)
{
    (void)state;
    ki_refs *r = detect("Uitvoering van de motie van het lid Omtzigt c.s. over een onafhankelijk onderzoek\n\n"
                        "Dossier: Belastingplan 2022\n"
                        "Bron: https://zoek.officielebekendmakingen.nl/kst-35927-91.html\n\n"
                        "Geachte voorzitter,\n\nHet kabinet heeft het onderzoek laten doen.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].sponsors[0].name, "Omtzigt");
    assert_string_equal(r->motions[0].subject, "een onafhankelijk onderzoek");
    ki_refs_free(r);

    r = detect("Bijlage - Stand van zaken moties\nPassages van de minister van VWS\n"
               "Motie van het lid Bushoff over MRSA\n"
               "In navolging van de motie van het lid Bushoff deelt de minister het advies van ZonMw.\n"
               "Bron: https://zoek.officielebekendmakingen.nl/kst-36600-XVI-45.html\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].subject, "MRSA");
    ki_refs_free(r);

    /* the number on the next line is the motion's own; so is a line that
     * wraps after a preposition */
    static const char *const own[] = {
        "Motie van het lid Bushoff over MRSA\n(Kamerstuk 36600-XVI, nr. 45)\nDe motie is uitgevoerd.\n",
        "Motie van het lid Bushoff over MRSA\nKamerstuk 36600-XVI, nr. 45\nStatus: afgedaan\n",
        "De motie van het lid Bushoff over de zorg voor\nMRSA-dragers (Kamerstuk 36600-XVI, nr. 45) is uitgevoerd.\n",
    };
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
        r = detect(own[k], NULL);
        assert_int_equal(r->nmotions, 1);
        assert_string_equal(r->motions[0].kamerstuk, "kst-36600-XVI-45");
        ki_refs_free(r);
    }
    /* "... over MRSA⏎Kamerstuk ...": the number is no part of the subject */
    r = detect(own[1], NULL);
    assert_string_equal(r->motions[0].subject, "MRSA");
    ki_refs_free(r);
}

/* Lists of motions: each item its own record, with the sponsor that its
 * bracket or its name gives */
static void test_motion_numbered_lists(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Ik ga hierbij in op de moties Kamerstuk 32 793, nr. 176 (Dik-Faber), Kamerstuk 32 793, nr. 181 "
        "(Wolbert) en Kamerstuk 32 793, nr. 185 (Wolbert).",
        "Ik ga hierbij in op de moties Dik-Faber (Kamerstuk 32 793, nr. 176), Wolbert (Kamerstuk 32 793, "
        "nr. 181) en Wolbert (Kamerstuk 32 793, nr. 185).",
        "Ik ga hierbij in op de moties-Dik-Faber (32 793, nr. 176), -Wolbert (32 793, nr. 181) en -Wolbert "
        "(32 793, nr. 185).",
    };
    static const char *const ids[] = {"kst-32793-176", "kst-32793-181", "kst-32793-185"};
    static const char *const who[] = {"Dik-Faber", "Wolbert", "Wolbert"};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        ki_refs *r = detect(texts[t], NULL);
        assert_int_equal(r->nmotions, 3);
        for (size_t k = 0; k < 3; k++) {
            assert_string_equal(r->motions[k].kamerstuk, ids[k]);
            assert_int_equal(r->motions[k].nsponsors, 1);
            assert_string_equal(r->motions[k].sponsors[0].name, who[k]);
            assert_int_equal(r->motions[k].relation, KI_REL_ADDRESSED);
        }
        ki_refs_free(r);
    }
    /* a party and a subject between the name and the number; "doe ik ... af"
     * however many words lie between */
    ki_refs *r = detect("Met deze brief doe ik de moties van de leden Grift (SP) over gratis schoolmaaltijden "
                        "(Kamerstuk 36 200-VIII, nr. 40) en Mertens (VVD) over minder toetsdruk (Kamerstuk 36 "
                        "200-VIII, nr. 47) af.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[1].kamerstuk, "kst-36200-VIII-47");
    assert_string_equal(r->motions[1].sponsors[0].name, "Mertens");
    assert_string_equal(r->motions[1].sponsors[0].party, "VVD");
    assert_string_equal(r->motions[1].subject, "minder toetsdruk");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a list of votes puts the number first */
    r = detect("31497-305 Gewijzigde motie van de leden Westerveld en Ceder over een passend aanbod voor "
               "thuiszitters (t.v.v. 31497-297): aangenomen.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-31497-305");
    assert_string_equal(r->motions[0].sponsors[0].name, "Westerveld");
    assert_string_equal(r->motions[0].subject, "een passend aanbod voor thuiszitters");
    ki_refs_free(r);
    r = detect("Ik ga in op de motie Kamerstuk 32 793, nr. 181 (Wolbert).", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Wolbert");
    ki_refs_free(r);
    /* a party or a topic in the bracket is no member; "moties" without a
     * name own no one number (see test_motion_not_owned_numbers) */
    r = detect("De motie Kamerstuk 32 793, nr. 181 (SP) is uitgevoerd. De moties Femicide (Kamerstuk 32 793, "
               "nr. 176) zijn uitgevoerd.", NULL);
    assert_int_equal(r->nkamerstukken, 2);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 0);
    ki_refs_free(r);
}

/* What a letter does with a motion, in words the cues did not know: it
 * answers it ("beantwoord ik"), it answers the request recalled at its start
 * ("Uw Kamer heeft via de motie ... verzocht"), it promises to report on it
 * ("Conform de motie ..., zal het kabinet uw Kamer ... informeren") */
static void test_motion_relation_words(void **state)
{
    (void)state;
    ki_refs *r = detect("Dat is de aanpak die ik voorsta. Daarmee beantwoord ik tevens de motie van het lid De Lange.",
                        NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);

    static const char *const promise[] = {
        "Conform de motie van het lid Van der Lee, zal het kabinet uw Kamer hier voor 1 april nader over "
        "informeren.",
        "Ik zal uw Kamer, conform de motie van het lid Van der Lee, voor 1 april informeren.",
        "Zoals gevraagd in de motie van het lid Van der Lee zal ik uw Kamer voor 1 april informeren.",
    };
    for (size_t k = 0; k < sizeof promise / sizeof promise[0]; k++) {
        r = detect(promise[k], NULL);
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
        ki_refs_free(r);
    }
    /* the motion's own request to inform is no promise */
    r = detect("De motie van het lid Van der Lee verzoekt de regering de Kamer voor 1 april te informeren.", NULL);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);

    static const char *const letter =
        "Nr. 48 BRIEF VAN DE MINISTER VOOR ARMOEDEBELEID\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 28 november 2022\n\n"
        "Uw Kamer heeft via gewijzigde motie van het lid De Kort het kabinet verzocht om in gesprek te gaan "
        "met de regio's en hierover de Kamer in het derde kwartaal van 2022 te informeren.\n";
    r = detect(letter, NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    /* the same sentence on its own only recalls the motion */
    r = detect(strstr(letter, "Uw Kamer"), NULL);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* "De motie is daarmee afgedaan." speaks of the motion named last */
static void test_motion_back_reference(void **state)
{
    (void)state;
    ki_refs *r = detect("Uw Kamer vroeg om een reactie op de motie van lid Omtzigt inzake de uithuisplaatsingen.\n\n"
                        "Met deze brief geef ik een reactie op dit verzoek. Het kabinet heeft uw Kamer al eerder "
                        "geschetst welke steun er komt. De motie is daarmee afgedaan.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* not a report elsewhere, nor "alle moties" */
    r = detect("Zie ook de motie van het lid Inge van Dijk over de schuldenpauze. Over de uitvoering van die "
               "motie heb ik uw Kamer op 5 juni geïnformeerd (Kamerstuk 31 066, nr. 1334).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    r = detect("De motie van het lid Kröger is aangehouden. Ik constateer dat alle moties zijn afgehandeld.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* Each motion of a list of numbers stands where its own number stands */
static void test_motion_list_spans(void **state)
{
    (void)state;
    const char *text = "Ik stel voor de volgende moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 22343-354.";
    ki_refs *r = detect(text, NULL);
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[1].kamerstuk, "kst-35570-XIV-46");
    assert_string_equal(r->motions[1].text, "35570-XIV-46");
    assert_int_equal(r->motions[1].span.start, strstr(text, "35570") - text);
    assert_string_equal(r->motions[2].text, "22343-354");
    assert_int_equal(r->motions[2].span.start, strstr(text, "22343") - text);
    ki_refs_free(r);
}

/* The subject of a motion's own text is what it asks */
static void test_motion_dictum_subject(void **state)
{
    (void)state;
    ki_refs *r = detect("Nr. 5 MOTIE VAN HET LID KLEIN\n\nVoorgesteld 16 maart 2016\n\nDe Kamer,\n\n"
                        "gehoord de beraadslaging,\n\nverzoekt de Voorzitter, een voorstel te doen om artikel 66 te "
                        "wijzigen,\n\nen gaat over tot de orde van de dag.\n\nKlein\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "een voorstel te doen om artikel 66 te wijzigen");
    ki_refs_free(r);
    r = detect("Mevrouw Beckerman (SP):\nDan dien ik de volgende motie in.\n\nMotie\n\nDe Kamer,\n\n"
               "gehoord de beraadslaging,\n\nverzoekt de regering te regelen dat:\n- iedereen recht heeft op "
               "inspectie;\n- iedereen recht heeft op aanpak,\n\nen gaat over tot de orde van de dag.\n\n"
               "De voorzitter:\nDeze motie is voorgesteld door de leden Beckerman en Nijboer.\n\n"
               "Zij krijgt nr. 537 (33529).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-33529-537");
    assert_string_equal(r->motions[0].subject,
                        "te regelen dat: - iedereen recht heeft op inspectie; - iedereen recht heeft op aanpak");
    ki_refs_free(r);
}

/* review 9: ", maar" splits the relation for motions named by their number
 * as it does for motions named by their sponsor */
static void test_motion_clause_by_number(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Ik heb de motie 36512-76 uitgevoerd, maar de motie 36512-77 nog niet.",
        "Ik heb de motie (36512, nr. 76) uitgevoerd, maar de motie (36512, nr. 77) nog niet.",
        "Ik heb de motie-Jansen (36512, nr. 76) uitgevoerd, maar de motie-Pietersen (36512, nr. 77) nog niet.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ki_refs *r = detect(texts[i], "2025-06-15");
        assert_int_equal(r->nmotions, 2);
        assert_string_equal(r->motions[0].kamerstuk, "kst-36512-76");
        assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
        assert_string_equal(r->motions[1].kamerstuk, "kst-36512-77");
        /* review 10: the clause leaves out the verb of the first: "de motie
         * 36512-77 (is) nog niet (uitgevoerd)", which is progress */
        assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
        ki_refs_free(r);
    }
    /* each clause its own: ", terwijl", and a comma before the next motion
     * when each clause says settled or progress */
    static const char *const two[] = {
        "De motie 36512-76 is uitgevoerd, de motie 36512-77 is nog in uitvoering.",
        "De motie-Jansen (36512, nr. 76) is uitgevoerd, de motie-Pietersen (36512, nr. 77) is nog in uitvoering.",
        "De motie 36512-76 is uitgevoerd, terwijl de motie 36512-77 nog in uitvoering is.",
    };
    for (size_t i = 0; i < sizeof two / sizeof two[0]; i++) {
        ki_refs *r = detect(two[i], "2025-06-15");
        assert_int_equal(r->nmotions, 2);
        assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
        assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS);
        ki_refs_free(r);
    }
    /* a list shares what the sentence says */
    ki_refs *r = detect("Hiermee zijn afgedaan: de motie-Jansen, de motie-Bikker en de motie-Klaver.", NULL);
    assert_int_equal(r->nmotions, 3);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(r->motions[i].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* review 9: a compact id after "brief" is that letter's Kamerstuk, and no
 * motion's number */
static void test_letter_dash_id(void **state)
{
    (void)state;
    ki_refs *r = detect("Zie de brief 21501-34-181 voor de details. Zie ook Kamerbrief 29279-889.", NULL);
    assert_int_equal(r->nkamerstukken, 2);
    assert_string_equal(r->kamerstukken[0].id, "kst-21501-34-181");
    assert_string_equal(r->kamerstukken[1].id, "kst-29279-889");
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    r = detect("De motie-Jansen is uitgevoerd, zie de brief 29279-889.", NULL);
    assert_int_equal(r->nkamerstukken, 1);
    assert_int_equal(r->nmotions, 1);
    assert_null(r->motions[0].kamerstuk);
    assert_string_equal(r->motions[0].sponsors[0].name, "Jansen");
    ki_refs_free(r);
    /* not a phone number or a year range */
    r = detect("De brief 070-3407911 en de brief 2024-2025.", NULL);
    assert_int_equal(r->nkamerstukken, 0);
    ki_refs_free(r);
}

/* review 9: a member named with a first name ("Mei Li Vos", "Jan
 * Paternotte") keeps every word the Kamer writes when the sentence goes on
 * after it; a capitalised word that is no name still ends the name */
static void test_motion_first_names(void **state)
{
    (void)state;
    static const struct {
        const char *text, *name;
    } cases[] = {
        {"De motie van het lid Mei Li Vos is aangenomen.", "Mei Li Vos"},
        {"De motie Mei Li Vos is hiermee uitgevoerd.", "Mei Li Vos"},
        {"Ik heb de motie van het lid Jan Paternotte uitgevoerd.", "Jan Paternotte"},
        {"Ik verwijs naar de motie van het lid Jan Paternotte.", "Jan Paternotte"},
        {"De motie Jansen Over de jeugdzorg is aangenomen.", "Jansen"},
        {"De motie-Van der Werf Daarnaast is iets gedaan.", "Van der Werf"},
        {"De motie van het lid Jetten Den Haag heeft gevraagd.", "Jetten"},
        {"Motie Bikker Afgedaan met de brief van 3 maart.", "Bikker"},
        {"De motie van het lid Inge van Dijk is aangenomen.", "Inge van Dijk"},
        {"Motie Van Hijum Verzoekt de regering een plan te maken.", "Van Hijum"},
        {"De motie van het lid Omtzigt Nederland is aangenomen.", "Omtzigt"},
        {"MOTIE VAN HET LID MEI LI VOS\n\nDe Kamer,\n", "Mei Li Vos"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_refs *r = detect(cases[i].text, NULL);
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].nsponsors, 1);
        assert_string_equal(r->motions[0].sponsors[0].name, cases[i].name);
        ki_refs_free(r);
    }
    ki_refs *r = detect("De motie van de leden Mei Li Vos en Jan Paternotte is aangenomen.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Mei Li Vos");
    assert_string_equal(r->motions[0].sponsors[1].name, "Jan Paternotte");
    ki_refs_free(r);
    /* "c.s." between the motion and its verb */
    r = detect("Ik heb de motie van het lid Mei Li Vos c.s. uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Mei Li Vos");
    assert_true(r->motions[0].cs);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* review 9: a stand-van-zaken overview, in lines or in a table flattened to
 * one line: "in uitvoering", "wordt uitgevoerd", "hieraan wordt gewerkt",
 * "lopend" are progress; "uitgevoerd", "afgerond", "afgedaan" settled */
static void test_motion_status_overview(void **state)
{
    (void)state;
    static const struct {
        const char *status;
        ki_relation rel;
    } cases[] = {
        {"\nStand van zaken: in uitvoering", KI_REL_PROGRESS},
        {"\nDe motie wordt uitgevoerd.", KI_REL_PROGRESS},
        {"\nHieraan wordt gewerkt.", KI_REL_PROGRESS},
        {"\nAan de uitvoering wordt hard gewerkt.", KI_REL_PROGRESS},
        {"\nDe motie is uitgevoerd.", KI_REL_SETTLED},
        {"\nAfgedaan.", KI_REL_SETTLED},
        {"\nHiermee beschouw ik de motie als afgedaan.", KI_REL_SETTLED},
        {"\nStand van zaken: afgerond", KI_REL_SETTLED},
        {" | In uitvoering |", KI_REL_PROGRESS},
        {" | Wordt uitgevoerd |", KI_REL_PROGRESS},
        {" | Hieraan wordt gewerkt |", KI_REL_PROGRESS},
        {" | Lopend |", KI_REL_PROGRESS},
        {" | Uitgevoerd |", KI_REL_SETTLED},
        {" | Afgedaan, zie brief 29279-889 |", KI_REL_SETTLED},
        {" | Aan de motie wordt niet gewerkt |", KI_REL_CITED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[256];
        snprintf(text, sizeof text, "| Motie van het lid Van Hijum over de arbeidsmarkt (29544, nr. 1200)%s\n",
                 cases[i].status);
        ki_refs *r = detect(text, "2025-06-15");
        assert_int_equal(r->nmotions, 1);
        assert_string_equal(r->motions[0].kamerstuk, "kst-29544-1200");
        if (r->motions[0].relation != cases[i].rel)
            fail_msg("%s: relation %d, want %d", text, (int)r->motions[0].relation, (int)cases[i].rel);
        assert_string_equal(r->motions[0].subject, "de arbeidsmarkt");
        ki_refs_free(r);
    }
    /* the subject of a motion without a number ends at its cell */
    ki_refs *r = detect("| Motie van het lid Jansen over de zorg | Afgedaan, zie brief 29279-889 |\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "de zorg");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a table: each row its status */
    r = detect("| Motie | Kamerstuk | Stand van zaken |\n"
               "| Motie Van Hijum over de arbeidsmarkt | 29544, nr. 1200 | In uitvoering |\n"
               "| Motie Bikker over de zorg | 29544, nr. 1201 | Uitgevoerd |\n", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    assert_non_null(r->motions[1].subject);
    assert_string_equal(r->motions[1].subject, "de zorg");
    ki_refs_free(r);
    /* cells apart by blanks: the subject ends at the gap */
    r = detect("Motie Van Hijum over de arbeidsmarkt    29544-1200    Uitgevoerd\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "de arbeidsmarkt");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* review 9: a motion named by its subject alone is a record without number
 * or sponsor (interface.md: what the text does not give is null); "een
 * motie over X" (not moved yet), "deze motie" and "mijn motie" are not */
static void test_motion_by_subject(void **state)
{
    (void)state;
    static const struct {
        const char *text, *subject;
        ki_relation rel;
    } cases[] = {
        {"Met de motie over de bekostiging van het mbo ben ik aan de slag gegaan.", "de bekostiging van het mbo",
         KI_REL_PROGRESS},
        {"De motie over de jeugdzorg die uw Kamer op 12 maart aannam, is hiermee uitgevoerd.", "de jeugdzorg",
         KI_REL_SETTLED},
        {"Hiermee beschouw ik de motie over de bekostiging van het mbo als afgedaan.", "de bekostiging van het mbo",
         KI_REL_SETTLED},
        {"De door uw Kamer aangenomen motie over de wachtlijsten in de ggz wordt uitgevoerd.",
         "de wachtlijsten in de ggz", KI_REL_PROGRESS},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_refs *r = detect(cases[i].text, NULL);
        assert_int_equal(r->nmotions, 1);
        assert_null(r->motions[0].kamerstuk);
        assert_int_equal(r->motions[0].nsponsors, 0);
        assert_non_null(r->motions[0].subject);
        assert_string_equal(r->motions[0].subject, cases[i].subject);
        assert_int_equal(r->motions[0].relation, cases[i].rel);
        assert_true(strncmp(r->motions[0].text, "motie over ", 11) == 0);
        ki_refs_free(r);
    }
    static const char *const none[] = {
        "Mevrouw Vermeij zal een motie over de dienstauto's indienen.",
        "Ik verwijs naar mijn motie over de zorg.",
        "De moties over de zorg zijn afgedaan.",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        ki_refs *r = detect(none[i], NULL);
        assert_int_equal(r->nmotions, 0);
        ki_refs_free(r);
    }
    /* the motion named before with that subject: one record, the named one */
    ki_refs *r = detect("De motie-Jansen over de bekostiging van het mbo is aangenomen. De motie over de bekostiging "
                        "van het mbo is hiermee uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Jansen");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* ... and named after it */
    r = detect("De motie over de jeugdzorg is hiermee uitgevoerd. Het gaat om de motie van het lid Bikker over de "
               "jeugdzorg.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Bikker");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

static void test_motions_read_out(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Kops (PVV):\n\nIk lees de motie voor.\n\nMotie\n\nDe Kamer,\n\n"
                        "gehoord de beraadslaging,\n\nverzoekt de regering, de kerncentrale open te houden,\n\n"
                        "en gaat over tot de orde van de dag.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_motion(&r->motions[0], NULL, "Kops", "PVV", false);
    ki_refs_free(r);
    /* the chair speaking: no sponsor, no record */
    r = detect("De voorzitter:\n\nIk lees de motie voor.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
               "verzoekt de regering, de kerncentrale open te houden,\n", NULL);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    r = detect("De heer Kops (PVV):\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, "
               "de centrale open te houden,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n\n"
               "Deze motie is voorgesteld door het lid Kops. Naar mij blijkt, wordt de indiening ervan "
               "voldoende ondersteund.\n\nZij krijgt nr. 41 (32645).\n\nMotie\n\nDe Kamer,\n\n"
               "gehoord de beraadslaging,\n\nverzoekt de regering, het afval op te slaan,\n\n"
               "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is voorgesteld door het "
               "lid Kops. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.\n", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-32645-41", "Kops", NULL, false);
    expect_motion(&r->motions[1], NULL, "Kops", NULL, false);
    ki_refs_free(r);
}

/* A motion named after a read-out motion has ended ("en gaat over tot de
 * orde van de dag.") is not in its body: only the nearest "De Kamer," or
 * "en gaat over" line above it says so (motion_body()). */
static void test_motion_after_read_out_body(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Kops (PVV):\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                        "verzoekt de regering, de centrale open te houden,\n\n"
                        "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\n"
                        "De motie-Bikker over de zorgplicht is met de nieuwe regeling uitgevoerd.\n", NULL);
    size_t k = 0;
    while (k < r->nmotions && !(r->motions[k].subject && strstr(r->motions[k].subject, "zorgplicht")))
        k++;
    assert_true(k < r->nmotions);
    assert_int_equal(r->motions[k].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

static void test_motion_progress_contexts(void **state)
{
    (void)state;
    ki_refs *r = detect("In mijn brief van 3 maart 2024 heb ik uiteengezet op welke wijze de motie Bikker c.s. "
                        "wordt uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("Naar aanleiding van de aangenomen motie Dassen c.s. besluit de commissie een korte "
               "toelichting in de raming op te nemen.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* a motion without number: its "over ..." ends before the verb that says what became of it */
    r = detect("De motie-Bikker over de zorgplicht is met de nieuwe regeling uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->motions[0].subject, "de zorgplicht");
    ki_refs_free(r);
    r = detect("De motie Dassen c.s. over de raming is verworpen; het besluit de raming te verhogen blijft.",
               NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* "motie" and a capitalised word that is a title, not a sponsor */
static void test_motion_title_words(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "9 Stemming motie Nederlandse inzet bij de NAVO-top\n",
        "Stemming motie-Europese raad over landbouwsubsidies\n",
        "De motie Nationale parken kwam niet aan bod.",
        "Stemming motie Europese Commissie\n",
        "Motie Water en bodem\n\nDe Kamer,\n\ngehoord de beraadslaging,\n",
        "Stemming motie Herindeling van de gemeenten Oosterhout en Dongen\n",
        "Aan de orde is de motie Caribische samenwerking.",
        "Stemming motie Toezicht op de jeugdzorg\n",
        "12 Stemming motie Verduurzaming\n",
        "- Motie Veiligheid in het openbaar vervoer\n",
    };
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        ki_refs *r = detect(titles[i], NULL);
        if (r->nmotions != 0)
            fail_msg("%s: %zu motions, sponsor %s", titles[i], r->nmotions,
                     r->motions[0].nsponsors ? r->motions[0].sponsors[0].name : "-");
        ki_refs_free(r);
    }
    /* what follows a name: a verb, "over", "en" and a name, a verb and its subject, the line's end */
    static const struct {
        const char *text, *name;
    } names[] = {
        {"De motie Jetten over de woningbouw is aangenomen.", "Jetten"},
        {"De motie Van der Staaij wordt uitgevoerd.", "Van der Staaij"},
        {"De motie-Bromet verzoekt de regering om een plan.", "Bromet"},
        {"De motie-Tielen neem ik mee in de evaluatie.", "Tielen"},
        {"de motie Kuiken en de motie Segers", "Kuiken"},
        {"Stemming motie Hijink\n", "Hijink"},
        {"Zie de motie-Grinwis van 12 maart.", "Grinwis"},
        /* in running text a preposition, "en" and a noun do not make a title */
        {"Ik verwacht de motie Kuzu voor de zomer uit te voeren.", "Kuzu"},
        {"Over de motie Kuzu en haar uitvoering informeer ik u later.", "Kuzu"},
        {"De motie Smaling over de asbestsanering is aangenomen.", "Smaling"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        ki_refs *r = detect(names[i].text, NULL);
        if (r->nmotions < 1 || r->motions[0].nsponsors != 1)
            fail_msg("%s: %zu motions", names[i].text, r->nmotions);
        assert_string_equal(r->motions[0].sponsors[0].name, names[i].name);
        ki_refs_free(r);
    }
}

/* a letter's number after "moties" without a name; an amendment replacing another */
static void test_motion_not_owned_numbers(void **state)
{
    (void)state;
    static const char *const letters[] = {
        "Ik verwijs naar mijn brief over de aangenomen moties (Kamerstuk 34 550 XII, nr. 61).",
        "In de reactie op de ingediende moties inzake de luchtvaart (35 300 XII, nr. 17) ging ik hierop in.",
        "Zie het overzicht van de moties Jeugdbegroting 2019 (35 000 XVI, nr. 88).",
    };
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++) {
        ki_refs *r = detect(letters[i], NULL);
        assert_int_equal(r->nkamerstukken, 1);
        if (r->nmotions != 0)
            fail_msg("%s: %zu motions (%s)", letters[i], r->nmotions, r->motions[0].kamerstuk);
        ki_refs_free(r);
    }
    /* two numbers: two motions */
    ki_refs *r = detect("De moties (35 000 XVI, nrs. 88 en 91) zijn uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 2);
    ki_refs_free(r);
    /* an amendment that replaces another is no motion; a gewijzigde motie replaces a motion */
    r = detect("35 210 B\nWijziging van de begroting van het Gemeentefonds\n\nNr. 14\n"
               "AMENDEMENT VAN HET LID DE GROOT TER VERVANGING VAN DAT GEDRUKT ONDER NR. 9\n\n"
               "Ontvangen 4 november 2019\n\nDe ondergetekende stelt het volgende amendement voor.\n", NULL);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    r = detect("Het amendement van het lid Boulakjar ter vervanging van dat gedrukt onder nr. 9 (35 210, nr. 14) "
               "is aangenomen.", NULL);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    r = detect("35 210 B\nWijziging van de begroting van het Gemeentefonds\n\nNr. 14\n"
               "GEWIJZIGDE MOTIE VAN HET LID DE GROOT TER VERVANGING VAN DIE GEDRUKT ONDER NR. 9\n\n"
               "Voorgesteld 4 november 2019\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, "
               "de gemeenten te ondersteunen,\n\nen gaat over tot de orde van de dag.\n\nDe Groot\n", NULL);
    int replaced = 0;
    for (size_t i = 0; i < r->nmotions; i++)
        replaced += r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, "kst-35210-B-9") == 0;
    assert_int_equal(replaced, 1);
    ki_refs_free(r);
}

/* "de moties van het lid X over A (...) en over B (...)": two motions of one sponsor */
static void test_motion_one_sponsor_list(void **state)
{
    (void)state;
    ki_refs *r = detect("Ik ga in op de moties van het lid Van Kooten-Arissen over dierenwelzijn (35 570 XIV, nr. 31) en "
                        "over de visserij (35 570 XIV, nr. 33).", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[0], "kst-35570-XIV-31", "Van Kooten-Arissen", NULL, false);
    expect_motion(&r->motions[1], "kst-35570-XIV-33", "Van Kooten-Arissen", NULL, false);
    assert_string_equal(r->motions[0].subject, "dierenwelzijn");
    assert_string_equal(r->motions[1].subject, "de visserij");
    assert_int_equal(r->motions[1].relation, r->motions[0].relation);
    ki_refs_free(r);
    /* the Eerste Kamer's letters, without brackets */
    r = detect("de aangehouden moties van het lid Otten c.s. over de pensioenen, 35 570, letter F, en over de AOW, "
               "35 570, letter G, worden in stemming gebracht.", NULL);
    assert_int_equal(r->nmotions, 2);
    expect_motion(&r->motions[1], "kst-35570-G", "Otten", NULL, true);
    assert_string_equal(r->motions[1].subject, "de AOW");
    ki_refs_free(r);
}

/* a changed motion now signed by more members: all of them */
static void test_motion_changed_sponsors(void **state)
{
    (void)state;
    ki_refs *r = detect("De motie-Van Ginneken (35570-XII, nr. 44) is in die zin gewijzigd dat zij thans is "
                        "ondertekend door de leden Van Ginneken en Van Esch, en luidt:\n\nMotie\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Van Ginneken");
    assert_string_equal(r->motions[0].sponsors[1].name, "Van Esch");
    ki_refs_free(r);
    /* named first by one sponsor in the list of votes, then changed */
    r = detect("Aan de orde zijn de stemmingen over de motie-Van Ginneken over de fietsbrug (35570-XII, nr. 44).\n\n"
               "De voorzitter:\nDe motie-Van Ginneken (35570-XII, nr. 44) is in die zin gewijzigd dat zij thans is "
               "ondertekend door de leden Van Ginneken en Van Esch.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].subject, "de fietsbrug");
    ki_refs_free(r);
    /* signed, not changed: the sponsors stay */
    r = detect("De motie-Van Ginneken (35570-XII, nr. 44) is ondertekend door de leden Van Esch en Kröger.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 1);
    ki_refs_free(r);
}

/* subjects: a title line ends at the dossier line under it; a motion read
 * out without a "Motie" line; "met verzoek om", "houdende het verzoek",
 * "verzoekt de regering" */
static void test_motion_subject_forms(void **state)
{
    (void)state;
    ki_refs *r = detect("Motie van het lid Bontenbal c.s. over snellere aansluiting op het net\n"
                        "36 410 XIII Vaststelling van de begrotingsstaten van het Ministerie van Economische Zaken\n"
                        "Nr. 18\nMOTIE VAN HET LID BONTENBAL C.S.\nVoorgesteld 3 oktober 2024\nDe Kamer,\n"
                        "gehoord de beraadslaging,\nverzoekt de regering, de wachtrijen te verkorten,\n"
                        "en gaat over tot de orde van de dag.\nBontenbal\n", NULL);
    assert_true(r->nmotions >= 1);
    assert_string_equal(r->motions[0].subject, "snellere aansluiting op het net");
    ki_refs_free(r);
    /* the page starts inside the motion: no "De Kamer," above it */
    r = detect("Pagina 7/12\n\noverwegende dat de aanvragen zich opstapelen;\n\nverzoekt de regering, de "
               "vergunningverlening voor windparken te versnellen,\n\nen gaat over tot de orde van de dag.\n\n"
               "De voorzitter:\n\nDeze motie is voorgesteld door de leden Kops en Erkens.\n\n"
               "Zij krijgt nr. 31 (35167).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35167-31");
    assert_string_equal(r->motions[0].subject, "de vergunningverlening voor windparken te versnellen");
    ki_refs_free(r);
    r = detect("De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de dijken te versterken,\n\n"
               "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\nDeze motie is voorgesteld door het lid "
               "Geurts.\n\nZij krijgt nr. 12 (35570-J).\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "de dijken te versterken");
    ki_refs_free(r);
    static const struct {
        const char *text, *subject;
    } forms[] = {
        {"Motie Hachchi c.s. met verzoek om opheldering over de tolheffing (31305-210).",
         "opheldering over de tolheffing"},
        {"de motie-Aptroot houdende het verzoek af te zien van de verkoop van Schiphol (29665, nr. 12)",
         "af te zien van de verkoop van Schiphol"},
        {"De motie van het lid Dik-Faber (CU) verzoekt de regering om gemeenten te steunen bij de "
         "energietransitie.[^3] Daarover informeer ik u later.", "gemeenten te steunen bij de energietransitie"},
        {"De motie-Dik-Faber (Kamerstuk 32 813, nr. 211) verzoekt de regering de warmtewet te herzien; dat "
         "doe ik in het voorjaar.", "de warmtewet te herzien"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        r = detect(forms[i].text, NULL);
        if (r->nmotions != 1 || !r->motions[0].subject)
            fail_msg("%s: %zu motions, no subject", forms[i].text, r->nmotions);
        assert_string_equal(r->motions[0].subject, forms[i].subject);
        ki_refs_free(r);
    }
}

/* a motion document does not settle itself, whatever its considerans says */
static void test_motion_document_not_self_settled(void **state)
{
    (void)state;
    ki_refs *r = detect("Nr. 42 MOTIE VAN HET LID STOFFER\n\nVoorgesteld 9 maart 2021\n\nDe Kamer,\n\n"
                        "gehoord de beraadslaging,\n\nconstaterende dat het actieplan niet volledig is uitgevoerd;\n\n"
                        "constaterende dat eerdere moties zijn afgedaan;\n\nverzoekt de regering, het actieplan "
                        "alsnog uit te voeren,\n\nen gaat over tot de orde van de dag.\n\nStoffer\n", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    assert_string_equal(r->motions[0].subject, "het actieplan alsnog uit te voeren");
    ki_refs_free(r);
}

/* bare dash ids: after "moties", in a "; " list, at the end of a Zaak line */
static void test_motion_dash_ids(void **state)
{
    (void)state;
    ki_refs *r = detect("De moties 30234-412 en 28286-1190 worden aangehouden.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-30234-412");
    assert_string_equal(r->motions[1].kamerstuk, "kst-28286-1190");
    ki_refs_free(r);
    r = detect("De moties 30234-412; 28286-1190 en 21501-02-2810 worden aangehouden.", NULL);
    assert_int_equal(r->nmotions, 3);
    assert_string_equal(r->motions[0].kamerstuk, "kst-30234-412");
    assert_string_equal(r->motions[2].kamerstuk, "kst-21501-02-2810");
    ki_refs_free(r);
    r = detect("Zaak: Brief regering - minister van Financi\xc3\xabn - 2 april 2014\nVerslag van de Eurogroep - "
               "21501-07-1130\nBesluit: Voor kennisgeving aangenomen.\n", NULL);
    assert_int_equal(r->nkamerstukken, 1);
    assert_string_equal(r->kamerstukken[0].id, "kst-21501-07-1130");
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    /* mid-line after " - " it is no reference */
    r = detect("Zaak - 21501-07-1130 over de Eurogroep", NULL);
    assert_int_equal(r->nkamerstukken, 0);
    ki_refs_free(r);
    /* every prefilter lets the new anchors through, at every place of a block */
    int best = ki_detector_prefilter(det, KI_PF_AVX2);
    for (int level = KI_PF_SSE2; level <= best; level++) {
        assert_int_equal(ki_detector_prefilter(det, level), level);
        for (size_t pad = 0; pad < 33; pad++) {
            char text[160];
            snprintf(text, sizeof text, "%.*sDe moties 30234-412 en 28286-1190.\n", (int)pad,
                     "................................");
            r = detect(text, NULL);
            assert_int_equal(r->nkamerstukken, 2);
            assert_int_equal(r->nmotions, 2);
            ki_refs_free(r);
            snprintf(text, sizeof text, "%.*sZaak: Verslag - 21501-07-1130\n", (int)pad,
                     "................................");
            r = detect(text, NULL);
            assert_int_equal(r->nkamerstukken, 1);
            ki_refs_free(r);
        }
    }
    ki_detector_prefilter(det, best);
}

/* ---- commitments on text they were not written from (issue 3) ---- */

/* the one commitment of text; fails unless there is exactly one */
static ki_commitment *only_commitment(ki_refs *r)
{
    if (r->ncommitments != 1)
        fail_msg("%zu commitments, want 1", r->ncommitments);
    return &r->commitments[0];
}

/* The actors of c, joined by ',' in order ("MSZW,SSZW"), must be want. */
static void assert_actors(const ki_commitment *c, const char *want)
{
    char got[64] = "";
    size_t k = 0;
    for (size_t i = 0; i < c->nactors; i++)
        k += (size_t)snprintf(got + k, sizeof got - k, "%s%s", i ? "," : "", c->actors[i]);
    assert_string_equal(got, want);
}

/* ministries' long abbreviations and the cues of settled and progress */
static void test_commitment_relation_words(void **state)
{
    (void)state;
    ki_refs *r = detect("Toezegging MinOCW (commissiedebat Kunst, 4 maart 2025): de minister stuurt de Kamer "
                        "een overzicht van de subsidies. Met deze brief is aan die toezegging voldaan.",
                        NULL);
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MOCW");
    assert_string_equal(c->venue, "commissiedebat Kunst");
    assert_string_equal(c->date, "2025-03-04");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("De minister van Financi\xc3\xab" "n heeft in het commissiedebat Douane van 2 juni 2025 toegezegd "
               "de Kamer te informeren over de controles. Die toezegging wordt betrokken bij de "
               "halfjaarsrapportage.", NULL);
    c = only_commitment(r);
    assert_actors(c, "MFin");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("Toezegging SJenV, commissiedebat Justitiële jeugd d.d. 5 mei 2025: een brief over de "
               "plaatsingen. Status: voldaan.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("Toezegging SJenV, commissiedebat Justitiële jeugd d.d. 5 mei 2025: een brief over de "
               "plaatsingen. De toezegging is deels voldaan.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("De staatssecretaris van Defensie heeft op 9 april 2025 in het commissiedebat Personeel "
               "toegezegd een update te sturen. Ik kom hierop terug in de personeelsrapportage.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("Deze brief doet ook de toezegging af die de minister van Defensie deed in het "
               "commissiedebat Materieel van 3 juli 2025.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);

    /* "Dat doet niets af aan ..." settles nothing */
    r = detect("De minister van Defensie heeft in het commissiedebat Materieel van 3 juli 2025 toegezegd "
               "de Kamer te informeren. Dat doet niets af aan de planning.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* a progress report's next step, said in the sentence after, is the deadline;
 * "tot eind 2025" ends a period and is none */
static void test_commitment_next_step_deadline(void **state)
{
    (void)state;
    ki_refs *r = detect("In het commissiedebat Zorgverzekeringen van 12 maart 2025 heeft de minister van "
                        "Volksgezondheid, Welzijn en Sport toegezegd de premies te laten doorrekenen. De "
                        "doorrekening is nog niet gereed. Ik verwacht u hierover in het derde kwartaal van "
                        "2026 te berichten.", NULL);
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MVWS");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "in het derde kwartaal van 2026");
    ki_refs_free(r);

    r = detect("In het commissiedebat Havens van 6 mei 2025 heeft de minister van Infrastructuur en "
               "Waterstaat toegezegd een proef te starten. De proef loopt tot eind 2025. Over de "
               "uitkomsten informeer ik u in het voorjaar van 2026.", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "in het voorjaar van 2026");
    ki_refs_free(r);
}

/* where and when said before the noun, or in a bracket that closes a list item */
static void test_commitment_venue_placement(void **state)
{
    (void)state;
    ki_refs *r = detect("Het wetgevingsoverleg Omgevingswet van maandag 2 juni jongstleden leidde tot een "
                        "toezegging van de minister van Volkshuisvesting en Ruimtelijke Ordening om de "
                        "Kamer te informeren over de vergunningen.", "2025-09-01");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MVRO");
    assert_string_equal(c->venue, "wetgevingsoverleg Omgevingswet");
    assert_string_equal(c->date, "2025-06-02");
    ki_refs_free(r);

    r = detect("Met deze brief doe ik de volgende toezeggingen af:\n"
               "- de toezegging om de Kamer te informeren over de wachtlijsten (commissiedebat "
               "Forensische zorg, 8 oktober 2024);\n"
               "- de toezegging om de tarieven te herzien (commissiedebat Ggz, 14 november 2024).\n",
               NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].venue, "commissiedebat Forensische zorg");
    assert_string_equal(r->commitments[0].date, "2024-10-08");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->commitments[1].venue, "commissiedebat Ggz");
    assert_string_equal(r->commitments[1].date, "2024-11-14");
    ki_refs_free(r);

    r = detect("Daarnaast stuurt SJenV de Kamer, conform de toezegging in het commissiedebat "
               "Slachtofferbeleid van 4 februari 2025, in mei een brief over het spreekrecht.", NULL);
    c = only_commitment(r);
    assert_actors(c, "SJenV");
    assert_string_equal(c->venue, "commissiedebat Slachtofferbeleid");
    assert_string_equal(c->date, "2025-02-04");
    ki_refs_free(r);

    /* not one commitment: a plural overview, "geen toezegging" */
    r = detect("Het lid Jansen vroeg in het commissiedebat Landbouw naar de subsidies; dat is geen "
               "toezegging en geen motie. Het overzicht bevat de toezeggingen uit de commissiedebatten "
               "van het afgelopen jaar.", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* a register entry: number on its heading, "zegt de Kamer, ..., toe", the
 * day and the deadline on labelled lines below */
/* An Eerste Kamer committee's decisions on numbered commitments: one record
 * per number, the relation from the new status, a moved deadline; the
 * minutes' own date and kind from their first line. */
static void test_commitment_status_decisions(void **state)
{
    (void)state;
    /* two numbers, two statuses in one clause; whose letter from the heading */
    ki_refs *r0 = detect("Korte aantekeningen vergadering commissie OCW van 12 december 2023\n\n"
                         "2. Toezeggingen T03679 en T03680\n\nBrief van de minister voor Primair en Voortgezet "
                         "Onderwijs over toezegging burgerschap\n\nDe commissie besluit toezegging T03679 als "
                         "voldaan aan te merken en toezegging T03680 als openstaand te blijven aanmerken in "
                         "afwachting van de evaluatie.\n", NULL);
    assert_int_equal(r0->ncommitments, 2);
    assert_string_equal(r0->commitments[0].refs[0], "T03679");
    assert_int_equal(r0->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r0->commitments[1].refs[0], "T03680");
    assert_int_equal(r0->commitments[1].relation, KI_REL_CITED);
    assert_actors(&r0->commitments[1], "MPVO");
    ki_refs_free(r0);
    /* asked about by number: cited, each */
    r0 = detect("In reactie op de brief van de minister van BZK van 12 november 2021 besluiten de commissies "
                "om een nadere toelichting te vragen op de uitvoering van de toezeggingen T02867, T02849 en "
                "T02908.\n", NULL);
    assert_int_equal(r0->ncommitments, 3);
    for (size_t k = 0; k < 3; k++) {
        assert_int_equal(r0->commitments[k].relation, KI_REL_CITED);
        assert_actors(&r0->commitments[k], "MBZK");
    }
    ki_refs_free(r0);
    ki_refs *r = detect("Korte aantekeningen vergadering commissie Koninkrijksrelaties (KOREL) van 24 mei 2016\n"
                        "1.\nT01220 en T01222\n\n"
                        "De commissie bespreekt de brief van de minister van BZK d.d. 25 april 2016 voor wat "
                        "betreft de toezeggingen T01220 en T01222 (EK 34300 VII, E). De commissie besluit de "
                        "status van de toezeggingen (openstaand) ongewijzigd te laten.\n\n"
                        "2.\nToezeggingen in het kader van de evaluatie\n\nDe commissie besluit als volgt:\n"
                        "- de status van toezegging T01031 wordt gewijzigd in deels voldaan;\n"
                        "- de status van toezegging T01154 wordt gewijzigd in voldaan;\n"
                        "- de status van toezegging T01224 blijft ongewijzigd (openstaand) en de deadline "
                        "wordt verplaatst naar 1 november 2016;\n"
                        "- de status van toezegging T01156 wordt gewijzigd in niet voldaan.\n", NULL);
    assert_string_equal(r->kind, "verslag");
    assert_string_equal(r->date, "2016-05-24");
    /* kept open as it was, or not kept: named, not done (cited) */
    static const char *const want[][2] = {{"T01220", "cited"},    {"T01222", "cited"},
                                          {"T01031", "progress"}, {"T01154", "settled"},
                                          {"T01224", "progress"}, {"T01156", "cited"}};
    assert_int_equal(r->ncommitments, 6);
    for (size_t k = 0; k < 6; k++) {
        assert_int_equal(r->commitments[k].nrefs, 1);
        assert_string_equal(r->commitments[k].refs[0], want[k][0]);
        assert_string_equal(ki_relation_str(r->commitments[k].relation), want[k][1]);
        /* the first two answer the minister's letter; the list after
         * "besluit als volgt:" names none */
        if (k < 2)
            assert_actors(&r->commitments[k], "MBZK");
        else
            assert_int_equal(r->commitments[k].nactors, 0);
    }
    assert_string_equal(r->commitments[4].deadline, "1 november 2016");
    assert_null(r->commitments[3].deadline);
    ki_refs_free(r);

    /* "als "voldaan" aan te merken", "als “openstaand” te blijven beschouwen met nieuwe deadline" */
    r = detect("De commissies besluiten:\n- toezeggingen T02883 en T02889 als \"voldaan\" aan te merken;\n"
               "- toezegging T03063 als \xe2\x80\x9copenstaand\xe2\x80\x9d te blijven beschouwen met nieuwe "
               "deadline 30 november 2021;\n", NULL);
    assert_int_equal(r->ncommitments, 3);
    assert_string_equal(r->commitments[1].refs[0], "T02889");
    assert_int_equal(r->commitments[1].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[2].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[2].deadline, "30 november 2021");
    ki_refs_free(r);

    /* the letter the decisions answer made them; "te blijven aanmerken" */
    r = detect("De commissie heeft, naar aanleiding van de brief van de minister van Onderwijs, Cultuur en "
               "Wetenschap van 19 november 2021 (35925 VIII, A), besloten:\n"
               "- toezegging T02067 als openstaand te blijven aanmerken en de deadline te verschuiven naar 1 "
               "juli 2022;\n- toezegging T02722 als voldaan aan te merken.\n", "2021-12-07");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[0].deadline, "1 juli 2022");
    assert_int_equal(r->commitments[1].relation, KI_REL_SETTLED);
    assert_actors(&r->commitments[0], "MOCW");
    assert_actors(&r->commitments[1], "MOCW");
    ki_refs_free(r);

    /* a register entry's "Status: openstaand" is no decision */
    r = detect("T03987 Toezegging Uitvoeringstoets\nStatus: openstaand\n", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* Promises in yet other words: the time before an inverted verb ("Na de
 * zomer stuur ik uw Kamer ..."), "ontvangt uw Kamer", "Ik streef ernaar",
 * an earlier promise reported with "heb ik aangegeven/gemeld"; two
 * promises with the same time in one letter are two. */
static void test_commitment_other_words(void **state)
{
    (void)state;
    const char *head = "Den Haag, 5 maart 2018\n\nGeachte voorzitter,\n\n";
    const char *sig = "\n\nDe Staatssecretaris van Veiligheid en Justitie,\nK. Dijkhoff\n";
    static const struct {
        const char *body, *deadline;
        ki_relation rel;
    } cases[] = {
        {"Na de zomer informeer ik uw Kamer over de uitkomsten van de pilot.", "Na de zomer", KI_REL_MADE},
        {"Voor de zomer ontvangt uw Kamer van mij een brief over de voortgang.", "Voor de zomer", KI_REL_MADE},
        {"In het najaar stuur ik uw Kamer een brief over de evaluatie.", "In het najaar", KI_REL_MADE},
        {"Ik streef ernaar uw Kamer voor 1 juli 2018 te informeren over de resultaten.", "voor 1 juli 2018",
         KI_REL_MADE},
        {"In mijn brief van 15 december 2017 heb ik gemeld uw Kamer, naar verwachting, in april 2018 de "
         "resultaten aan te kunnen bieden.", "in april 2018", KI_REL_CITED},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s%s", head, cases[k].body, sig);
        ki_refs *r = detect(text, NULL);
        ki_commitment *c = only_commitment(r);
        assert_actors(c, "SVenJ");
        assert_int_equal(c->relation, cases[k].rel);
        assert_string_equal(c->deadline, cases[k].deadline);
        if (k == 4) {
            assert_string_equal(c->venue, "brief van 15 december 2017");
            assert_string_equal(c->date, "2017-12-15");
        }
        ki_refs_free(r);
    }
    /* not promises: what is sent with this letter, a statement of fact */
    static const char *const none[] = {
        "Hierbij ontvangt u de rapportage over 2017.",
        "In 2017 heb ik aangegeven dat de regeling moet worden aangepast.",
        "Ik streef ernaar de regeling in 2019 in te voeren.",
        "Ik zal de motie uitvoeren; over de uitwerking informeer ik u.",
        /* a kind of item, not one */
        "Bijlage \xe2\x80\x93 Stand van zaken moties en toezeggingen\n\nMinister van Volksgezondheid, Welzijn en Sport",
        "Bijlage bij: Stand van zaken diverse moties en toezeggingen begrotingsbehandeling VWS 2026 (2026D07142)",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s%s", head, none[k], sig);
        ki_refs *r = detect(text, NULL);
        assert_int_equal(r->ncommitments, 0);
        ki_refs_free(r);
    }
    /* a motion as the reason of a promise with its own time, and as what
     * the promise is about */
    char mot[1024];
    snprintf(mot, sizeof mot, "%sConform de motie van het lid Van der Lee, zal het kabinet uw Kamer hier voor 1 "
             "april nader over informeren.%s", head, sig);
    ki_refs *rm = detect(mot, NULL);
    assert_int_equal(rm->nmotions, 1);
    assert_string_equal(only_commitment(rm)->deadline, "voor 1 april");
    ki_refs_free(rm);
    snprintf(mot, sizeof mot, "%sOver de uitvoering van de motie van het lid Bikker (Kamerstuk 24 515, nr. 750) zal "
             "ik uw Kamer voor de zomer informeren.%s", head, sig);
    rm = detect(mot, NULL);
    assert_int_equal(rm->nmotions, 1);
    assert_int_equal(rm->ncommitments, 0);
    ki_refs_free(rm);
    /* the venue without the adverbs after it, with its compound's head */
    static const struct {
        const char *body, *venue;
    } ven[] = {
        {"Tijdens het commissiedebat Wonen heb ik al toegezegd de Kamer te informeren.", "commissiedebat Wonen"},
        {"Ik heb bij het POC-debat reeds toegezegd te komen met een reactie.", "POC-debat"},
        {"Ik heb tijdens het MIRT-overleg toegezegd de Kamer te informeren.", "MIRT-overleg"},
    };
    for (size_t k = 0; k < sizeof ven / sizeof ven[0]; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s%s", head, ven[k].body, sig);
        ki_refs *rv = detect(text, NULL);
        assert_string_equal(only_commitment(rv)->venue, ven[k].venue);
        ki_refs_free(rv);
    }
    /* a footnote mark glued to the period ends the sentence; "de brief" is
     * the letter the sentence before named; "Deze brief heb ik toegezegd" */
    char fn[1024];
    snprintf(fn, sizeof fn, "%sBij brief van 29 januari 2018 heb ik uw Kamer ge\xc3\xafnformeerd over de aanpak.1 "
             "In de brief is toegezegd dat uw Kamer jaarlijks voor het zomerreces zal worden ge\xc3\xafnformeerd over "
             "de voortgang.2 In 2019 is de aanpak herzien.%s", head, sig);
    ki_refs *rf = detect(fn, NULL);
    ki_commitment *cf = only_commitment(rf);
    assert_string_equal(cf->venue, "brief van 29 januari 2018");
    assert_string_equal(cf->deadline, "voor het zomerreces");
    assert_string_equal(cf->subject, "uw Kamer jaarlijks voor het zomerreces zal worden ge\xc3\xafnformeerd over de "
                                     "voortgang");
    ki_refs_free(rf);
    snprintf(fn, sizeof fn, "%sDeze brief heb ik toegezegd in het commissiedebat Mbo van 1 februari jl.1\nIk stuur "
             "hem u ruim voor de begrotingsbehandeling.%s", head, sig);
    rf = detect(fn, NULL);
    cf = only_commitment(rf);
    assert_string_equal(cf->date, "2018-02-01");
    assert_int_equal(cf->relation, KI_REL_SETTLED);
    ki_refs_free(rf);
    /* a passive promise of an earlier day: its venue before its date; a
     * minister of an earlier cabinet without a ministry of its own */
    snprintf(fn, sizeof fn, "Den Haag, 12 maart 2010\n\nGeachte voorzitter,\n\nIn het Algemeen Overleg over "
             "studentenhuisvesting op 2 juni 2009 (kamerstuk 31 700 XVIII, nr. 85) is aan uw Kamer de toezegging "
             "gedaan een onderzoek te laten uitvoeren.\n\nDe Minister voor Wonen, Wijken en Integratie,\nE. van "
             "der Laan\n");
    rf = detect(fn, NULL);
    cf = only_commitment(rf);
    assert_string_equal(cf->venue, "Algemeen Overleg over studentenhuisvesting");
    assert_string_equal(cf->date, "2009-06-02");
    assert_actors(cf, "MWWI");
    ki_refs_free(rf);
    /* a list of commitments, each with its own bracket */
    snprintf(fn, sizeof fn, "%sIn deze brief ga ik in op de toezeggingen om de Kamer te informeren over de "
             "productverbetering (AO Voedsel, Kamerstuk 31 532, nr. 122), over de inventarisatie in andere "
             "lidstaten (AO Preventie, Kamerstuk 32 793, nr. 171) en de resultaten van een vergelijkend onderzoek "
             "(AO EU-Gezondheidsraad, Kamerstuk 21 501-31, nr. 378).%s", head, sig);
    rf = detect(fn, NULL);
    assert_int_equal(rf->ncommitments, 3);
    static const char *const lv[] = {"AO Voedsel", "AO Preventie", "AO EU-Gezondheidsraad"};
    static const char *const lr[] = {"kst-31532-122", "kst-32793-171", "kst-21501-31-378"};
    for (size_t k = 0; k < 3; k++) {
        assert_string_equal(rf->commitments[k].venue, lv[k]);
        assert_int_equal(rf->commitments[k].nrefs, 1);
        assert_string_equal(rf->commitments[k].refs[0], lr[k]);
        assert_int_equal(rf->commitments[k].relation, KI_REL_ADDRESSED);
    }
    assert_string_equal(rf->commitments[1].subject, "over de inventarisatie in andere lidstaten");
    ki_refs_free(rf);
    /* the first of the reports a promise asked for */
    snprintf(fn, sizeof fn, "%sZoals ik heb toegezegd in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) "
             "zal ik u twee keer per jaar over de voortgang rapporteren. Deze brief behelst de eerste "
             "zelfstandige rapportage.%s", head, sig);
    rf = detect(fn, NULL);
    assert_int_equal(only_commitment(rf)->relation, KI_REL_PROGRESS);
    ki_refs_free(rf);
    /* "u" in a committee's letter to a bewindspersoon is the addressee */
    rf = detect("AAN DE STAATSSECRETARIS VAN FINANCI\xc3\x8bN\n\nDen Haag, 23 april 2007\n\nBij de behandeling "
                "van het Belastingplan op 13 december 2005 heeft u toegezegd dat de notitie de Kamer voor "
                "Prinsjesdag zal bereiken.\n\nDe voorzitter van de vaste commissie voor Financi\xc3\xabn,\nX\n", NULL);
    assert_actors(only_commitment(rf), "SFin");
    ki_refs_free(rf);
    /* "ik" and "heb" apart: the writer */
    snprintf(fn, sizeof fn, "%sZoals ik u bij verschillende gelegenheden heb toegezegd, heb ik een evaluatie laten "
             "uitvoeren.%s", head, sig);
    rf = detect(fn, NULL);
    assert_actors(only_commitment(rf), "SVenJ");
    ki_refs_free(rf);
    /* two promises with the same time */
    char two[1024];
    snprintf(two, sizeof two, "%sNa de zomer informeer ik uw Kamer over de uitkomsten van de pilot.\n\nNa de "
             "zomer stuur ik uw Kamer een brief over de evaluatie.%s", head, sig);
    ki_refs *r = detect(two, NULL);
    assert_int_equal(r->ncommitments, 2);
    ki_refs_free(r);
}

/* Promises in a letter's own words: the particle after what is promised,
 * "zoals eerder toegezegd", a subordinate "waarna ik uw Kamer ... zal
 * informeren", a passive promise of an earlier day, an earlier cabinet's
 * department in the signature. */
static void test_commitment_letter_forms(void **state)
{
    (void)state;
    const char *head = "Den Haag, 5 maart 2018\n\nGeachte voorzitter,\n\nIn deze brief ga ik in op de stand "
                       "van zaken.\n\n";
    const char *sig = "\n\nDe Staatssecretaris van Veiligheid en Justitie,\nK. Dijkhoff\n";
    static const char *const body[] = {
        "Om uw Kamer goed te informeren zeg ik u graag alle medewerking toe voor een technische briefing.",
        "Het is daarom niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren over de afweging.",
        "Deze bespreking zal in de ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal informeren.",
        "Op 19 februari jl. is, tijdens een VSO (Handelingen II 2017/18, nr. 43), de Kamer de toezegging gedaan "
        "contact te leggen met de Europese Commissie.",
        "Het kabinet zal de Kamer voor de zomer informeren over de uitkomsten.",
        "Ik ben voornemens uw Kamer na de zomer te informeren over de resultaten.",
        "Zodra bekend is wanneer de commissie haar rapport oplevert, wordt uw Kamer hierover ge\xc3\xafnformeerd.",
        "Wij zijn voornemens u in het najaar nader te berichten.",
    };
    static const ki_relation rel[] = {KI_REL_MADE, KI_REL_CITED, KI_REL_MADE, KI_REL_CITED, KI_REL_MADE,
                                      KI_REL_MADE, KI_REL_MADE, KI_REL_MADE};
    for (size_t k = 0; k < 8; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s%s", head, body[k], sig);
        ki_refs *r = detect(text, NULL);
        ki_commitment *c = only_commitment(r);
        assert_actors(c, "SVenJ");
        assert_int_equal(c->relation, rel[k]);
        if (k == 1) {
            assert_string_equal(c->deadline, "eind februari");
            assert_string_equal(c->subject, "uw Kamer eind februari te informeren over de afweging");
        }
        if (k == 3)
            assert_string_equal(c->date, "2018-02-19");
        else
            assert_null(c->date);
        if (k == 5)
            assert_string_equal(c->deadline, "na de zomer");
        ki_refs_free(r);
    }
    /* much between "zal uw Kamer" and the verb */
    char longer[768];
    snprintf(longer, sizeof longer, "%sIk zal uw Kamer zo spoedig mogelijk na ontvangst van het advies en de "
             "aanbevelingen van de paritaire commissie en het opstellen van mijn reactie hierop hierover "
             "informeren.%s", head, sig);
    ki_refs *rl = detect(longer, NULL);
    assert_actors(only_commitment(rl), "SVenJ");
    ki_refs_free(rl);
    /* a promise made to a member, by the office that writes; this letter is
     * no venue of an earlier promise */
    char text2[768];
    snprintf(text2, sizeof text2, "%sDeze brief bevat tevens de reactie op de toezegging aan het lid Bikker "
             "(ChristenUnie) om de wachttijden in kaart te brengen.%s", head, sig);
    ki_refs *r2 = detect(text2, NULL);
    ki_commitment *c2 = only_commitment(r2);
    assert_actors(c2, "SVenJ");
    assert_int_equal(c2->relation, KI_REL_ADDRESSED);
    ki_refs_free(r2);
    snprintf(text2, sizeof text2, "%sMet deze brief informeer ik u, zoals toegezegd in de brief van 10 januari "
             "2018 (Kamerstuk 32793, nr. 700), over de voortgang van het programma.%s", head, sig);
    r2 = detect(text2, NULL);
    c2 = only_commitment(r2);
    assert_string_equal(c2->venue, "brief van 10 januari 2018");
    assert_string_equal(c2->date, "2018-01-10");
    ki_refs_free(r2);
    /* the promise ends at its clause */
    snprintf(text2, sizeof text2, "%sIk heb toen toegezegd dat uw Kamer in het voorjaar van 2018 een "
             "voortgangsrapportage zou ontvangen; met deze brief kom ik die toezegging na.%s", head, sig);
    r2 = detect(text2, NULL);
    assert_string_equal(only_commitment(r2)->subject,
                        "uw Kamer in het voorjaar van 2018 een voortgangsrapportage zou ontvangen");
    ki_refs_free(r2);
    /* an expectation with its time is a promise of its own, and after an
     * item that item's next step */
    char text[512];
    snprintf(text, sizeof text, "%sIk verwacht u na de zomer te informeren over de resultaten.%s", head, sig);
    ki_refs *r = detect(text, NULL);
    assert_string_equal(only_commitment(r)->deadline, "na de zomer");
    ki_refs_free(r);
    snprintf(text, sizeof text, "%sIn het commissiedebat van 3 maart 2017 heb ik toegezegd de regeling te "
             "evalueren. Ik verwacht u na de zomer te informeren over de resultaten.%s", head, sig);
    r = detect(text, NULL);
    assert_string_equal(only_commitment(r)->date, "2017-03-03");
    ki_refs_free(r);
}

static void test_commitment_register_entry(void **state)
{
    (void)state;
    ki_refs *r = detect("Toezegging Kiesrecht in het buitenland (T02861)\n"
                        "De minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar "
                        "aanleiding van een vraag van het lid De Vries (VVD), toe de registratie te "
                        "evalueren.\nKerngegevens\nNummer T02861\nStatus openstaand\n"
                        "Datum toezegging 14 maart 2023\nDeadline 1 januari 2025\nVerantwoordelijke(n) Minister "
                        "van Binnenlandse Zaken\nKamerleden Mr. M.H. Bikker (ChristenUnie)\nprof. dr. J.A. "
                        "Bruijn (VVD)\nA.M.V. Gerkens (SP)\nDrs. M.J.Th. Martens (CDA)\nDrs. J.E.A.M. Nooren "
                        "(PvdA)\nProf.dr. A.H.G. Rinnooy Kan (D66)\nP. Schalk (SGP)\nCommissie BIZA\n"
                        "Soort activiteit Plenaire vergadering\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MBZK");
    assert_string_equal(c->date, "2023-03-14");
    assert_string_equal(c->deadline, "1 januari 2025");
    assert_string_equal(c->venue, "Plenaire vergadering");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T02861");
    ki_refs_free(r);

    /* "voor 1 maart 2026" is the deadline; the day it was made is below */
    r = detect("Toezegging TZ202510-017\nDe minister van Justitie en Veiligheid zal de Kamer voor 1 maart "
               "2026 informeren over de wachttijden.\nActiviteit: Commissiedebat Strafrechtketen, "
               "8 oktober 2025\nStatus: Openstaand\n", NULL);
    c = only_commitment(r);
    assert_actors(c, "MJenV");
    assert_string_equal(c->venue, "Commissiedebat Strafrechtketen");
    assert_string_equal(c->date, "2025-10-08");
    assert_string_equal(c->deadline, "voor 1 maart 2026");
    ki_refs_free(r);

    /* venues by abbreviation and by name; "van vorige maand" is no part of one */
    r = detect("Toezegging SSZW (CD Inburgering en integratie d.d. 3-6-2025): een brief over de taaleis.",
               NULL);
    c = only_commitment(r);
    assert_string_equal(c->venue, "CD Inburgering en integratie");
    assert_string_equal(c->date, "2025-06-03");
    ki_refs_free(r);
    r = detect("Tijdens het AO Emancipatie en diversiteit van 4 april 2017 is toegezegd de Kamer te "
               "informeren over de monitor.", NULL);
    assert_string_equal(only_commitment(r)->venue, "AO Emancipatie en diversiteit");
    ki_refs_free(r);
    r = detect("Naar aanleiding van het dertigledendebat van vorige week heeft de minister van Financi\xc3\xab"
               "n toegezegd de Kamer te informeren over de banken.", "2025-05-01");
    c = only_commitment(r);
    assert_string_equal(c->venue, "dertigledendebat");
    assert_null(c->date);
    ki_refs_free(r);
}

/* reported speech and narrative: a bewindspersoon without a ministry, "mijn
 * toezegging", the debate the text dated before */
static void test_commitment_narrative(void **state)
{
    (void)state;
    ki_refs *r = detect("Voorzitter. De staatssecretaris heeft toegezegd, hierover met de provincies te "
                        "overleggen.", NULL);
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 0);
    assert_null(c->venue);
    ki_refs_free(r);

    r = detect("Hoe verhoudt dit zich tot de eerdere toezegging van uw ambtsvoorganger dat de cijfers "
               "jaarlijks worden gepubliceerd?", NULL);
    assert_int_equal(only_commitment(r)->nactors, 0);
    ki_refs_free(r);

    r = detect("Ik ben blij dat de minister een toezegging heeft gedaan, namelijk dat de regeling "
               "blijft bestaan.", NULL);
    (void)only_commitment(r);
    ki_refs_free(r);

    r = detect("Over het rapport heeft de Kamer op 14 november jl. plenair gedebatteerd. Conform mijn "
               "toezegging in het genoemde debat zal de commissie zich over de begroting buigen. Ik heb "
               "in het debat eveneens toegezegd dat de commissie voorstellen zal doen voor hogere "
               "fractiebudgetten bij de raming.", "2025-12-10");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].venue, "debat");
    assert_string_equal(r->commitments[0].date, "2025-11-14");
    assert_string_equal(r->commitments[1].venue, "debat");
    assert_string_equal(r->commitments[1].date, "2025-11-14");
    ki_refs_free(r);

    /* a bare mention or a member's wish is none */
    r = detect("De minister heeft niets toegezegd. Ik hoop dat de minister een toezegging wil doen.", NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* "De minister" in a list after a named one; a Toezeggingen list in the
 * present tense; "hierover" about a plain matter */
static void test_commitment_lists_and_pronouns(void **state)
{
    (void)state;
    ki_refs *r = detect("Toezeggingen\n\n"
                        "- De minister van Onderwijs, Cultuur en Wetenschap stuurt de Kamer voor de zomer "
                        "van 2026 een brief over de leesvaardigheid.\n"
                        "- De minister zegt toe in die brief ook in te gaan op de bibliotheken.\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    for (size_t i = 0; i < 2; i++) {
        assert_actors(&r->commitments[i], "MOCW");
        assert_int_equal(r->commitments[i].relation, KI_REL_MADE);
    }
    ki_refs_free(r);

    r = detect("De gesprekken met de netbeheerders lopen nog. Ik zal uw Kamer hierover informeren zodra "
               "die zijn afgerond.", NULL);
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);

    /* about a commitment named just before: its progress, no new one */
    r = detect("In het commissiedebat Netcongestie van 4 juni 2025 heeft de minister van Klimaat en Groene "
               "Groei toegezegd de wachtrijen te laten onderzoeken. Ik zal uw Kamer hierover in het najaar "
               "informeren.", NULL);
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "in het najaar");
    ki_refs_free(r);
}

/* promises in the present tense and the passive, said with their time */
static void test_commitment_present_tense(void **state)
{
    (void)state;
    static const struct {
        const char *text, *deadline;
    } made[] = {
        {"Over de uitkomst van het overleg met de provincies informeer ik uw Kamer na de zomer.", "na de zomer"},
        {"Wij informeren uw Kamer voor de zomer van 2026 over de evaluatie.", "voor de zomer van 2026"},
        {"Of de regeling wordt verlengd, laat ik onderzoeken. Ik kom hier voor het einde van het jaar bij "
         "uw Kamer op terug.", "voor het einde van het jaar"},
        {"Uw Kamer wordt uiterlijk maart 2026 ge\xc3\xafnformeerd over de uitkomsten van het onderzoek.",
         "uiterlijk maart 2026"},
        {"Zodra het rapport er is, zal ik het met een beleidsreactie aan uw Kamer sturen, naar "
         "verwachting in het voorjaar van 2026.", "in het voorjaar van 2026"},
    };
    for (size_t k = 0; k < sizeof made / sizeof made[0]; k++) {
        ki_refs *r = detect(made[k].text, NULL);
        ki_commitment *c = only_commitment(r);
        assert_int_equal(c->relation, KI_REL_MADE);
        assert_string_equal(c->deadline, made[k].deadline);
        assert_null(c->date);
        ki_refs_free(r);
    }
    /* without a time, in this letter, or about an item just named: none */
    static const char *const none[] = {
        "Hierbij informeer ik uw Kamer over de stand van zaken.",
        "Met deze brief informeer ik uw Kamer in het kort over de subsidies.",
        "Ik kom daar zo op terug.",
        "Wordt de Kamer hierover ge\xc3\xafnformeerd?",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        ki_refs *r = detect(none[k], NULL);
        if (r->ncommitments != 0)
            fail_msg("\"%s\": %zu commitments, want none", none[k], r->ncommitments);
        ki_refs_free(r);
    }
    ki_refs *r = detect("In het commissiedebat Jeugd van 3 april 2025 heeft de staatssecretaris van "
                        "Volksgezondheid, Welzijn en Sport toegezegd de wachttijden te laten onderzoeken. Het "
                        "onderzoek loopt. Ik kom hierop terug in de voortgangsbrief die u in het najaar "
                        "ontvangt.", NULL);
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* what is sent, in the passive: a promise with "zal" or a time; what is
 * sent is its subject; and a letter that comes "later dan toegezegd" */
/* "Ik heb toen toegezegd": the debate the sentence before named, and its date */
static void test_commitment_venue_before(void **state)
{
    (void)state;
    static const struct {
        const char *text, *venue, *date;
    } cases[] = {
        {"In het commissiedebat van 5 februari jl. vroeg het lid Van der Wal naar de inzet van reservisten. "
         "Ik heb toen toegezegd uw Kamer te informeren over hun rechtspositie.",
         "commissiedebat", "2025-02-05"},
        {"Op 12 maart 2024 debatteerde uw Kamer in het commissiedebat Wonen over de huurtoeslag. "
         "Daarbij heb ik toegezegd u te informeren over de stand van zaken.",
         "commissiedebat Wonen over de huurtoeslag", "2024-03-12"},
        {"In het notaoverleg van 3 februari 2025 is veel gesproken over de cijfers. In dat debat heb ik "
         "toegezegd de Kamer te informeren over de wachttijden.",
         "notaoverleg", "2025-02-03"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k].text, "2025-03-03");
        ki_commitment *c = only_commitment(r);
        assert_string_equal(c->venue, cases[k].venue);
        assert_string_equal(c->date, cases[k].date);
        ki_refs_free(r);
    }
    /* no back reference, no venue from the sentence before */
    ki_refs *r = detect("In het commissiedebat van 5 februari vroeg het lid Jansen naar reservisten. "
                        "Eerder heb ik toegezegd u te informeren over hun rechtspositie.", "2025-03-03");
    assert_null(only_commitment(r)->venue);
    ki_refs_free(r);
}

/* Done "conform (eerdere) toezegging"; a letter telling what it holds
 * promises nothing; Eerste Kamer decisions that keep a commitment going */
static void test_commitment_conform_and_decisions(void **state)
{
    (void)state;
    static const char *const settled[] = {
        "Het massale proces is conform eerdere toezegging v\xC3\xB3\xC3\xB3r 1 april afgerond.",
        "Conform mijn toezegging in het commissiedebat Wonen stuur ik u hierbij het rapport.",
    };
    for (size_t k = 0; k < sizeof settled / sizeof settled[0]; k++) {
        ki_refs *r = detect(settled[k], "2025-03-03");
        ki_commitment *c = only_commitment(r);
        if (c->relation != KI_REL_SETTLED)
            fail_msg("\"%s\": relation %s, want settled", settled[k], ki_relation_str(c->relation));
        ki_refs_free(r);
    }
    ki_refs *r = detect("Conform de toezegging is het onderzoek nog niet afgerond.", "2025-03-03");
    assert_int_not_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* when what was promised comes is news of it */
    r = detect("Uw Kamer ontvangt de toegezegde evaluatie voor de zomer.", "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("In deze brief zal ik uw Kamer informeren over de laatste ontwikkelingen rondom Pijler 1.",
               "2025-03-03");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
    r = detect("Ik zal uw Kamer voor de zomer informeren over de laatste ontwikkelingen.", "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
    /* "als doorlopend aan te merken", a deadline moved to a date */
    r = detect("De commissie besluit:\n- toezegging T03013 als doorlopend aan te merken;\n", "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("De commissie besluit de deadline van toezegging T03141 te verplaatsen naar 15 december 2021.",
               "2025-03-03");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "15 december 2021");
    ki_refs_free(r);
}

/* A list the sentence before "Het gaat om:" announced takes its relation;
 * another letter "inzake reactie op de motie" is only cited */
static void test_relation_announced_list(void **state)
{
    (void)state;
    ki_refs *r = detect("Minister Slob informeert de Kamer over de stand van zaken bij de uitvoering van enkele "
                        "moties over Passend onderwijs.\n\nHet gaat om:\n\n- de motie van de leden Kwint (SP) en "
                        "Westerveld over thuiszitters;\n- de motie van het lid Rog over het onderwijsaanbod.\n",
                        "2025-03-03");
    assert_int_equal(r->nmotions, 2);
    for (size_t k = 0; k < r->nmotions; k++)
        assert_int_equal(r->motions[k].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("Toezeggingen\n\n- de motie van het lid Rog over het onderwijsaanbod.\n", "2025-03-03");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    r = detect("Agendapunt: de brief van de minister van LNV d.d. 26 november 2021 inzake reactie op de motie van "
               "het lid Boucke c.s. over koraal (Kamerstuk 35 632, nr. 12).", "2025-03-03");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* In debates a member is "mevrouw X" or "de heer X" */
static void test_motion_sponsor_titles(void **state)
{
    (void)state;
    static const struct {
        const char *text, *name;
    } cases[] = {
        {"De motie van mevrouw Van Toorenburg over naturalisatie is aangenomen.", "Van Toorenburg"},
        {"De aangenomen motie van de heer Irrgang over de informatiepositie is uitgevoerd.", "Irrgang"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k].text, "2025-03-03");
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].nsponsors, 1);
        assert_string_equal(r->motions[0].sponsors[0].name, cases[k].name);
        ki_refs_free(r);
    }
}

/* "Over de uitkomst verwacht ik u na het zomerreces te informeren" after
 * a promise: news of it, with the new time */
static void test_commitment_expected_next(void **state)
{
    (void)state;
    ki_refs *r = detect("Tijdens het mondelinge vragenuur van dinsdag 14 mei 2024 heeft de minister van "
                        "Volksgezondheid, Welzijn en Sport toegezegd het gesprek met de zorgverzekeraars aan te "
                        "gaan. Over de uitkomst van dat gesprek verwacht ik u na het zomerreces te informeren.",
                        "2025-03-03");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "na het zomerreces");
    ki_refs_free(r);
    /* "Ik kan de heer X toezeggen dat ...": made now; not denied, not asked */
    r = detect("Ik kan de heer Jansen toezeggen dat ik voor de zomer een brief stuur over de huurtoeslag.",
               "2025-03-03");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "voor de zomer");
    ki_refs_free(r);
    /* the noun with "doe ik" makes it too */
    r = detect("Ik doe de toezegging dat de Kamer voor de zomer een brief krijgt over de huurtoeslag.", "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
    r = detect("Die toezegging doe ik graag: voor de zomer krijgt de Kamer een brief.", "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
    static const char *const none[] = {
        "Die toezegging heb ik in het debat van 3 maart gedaan.", "Ik doe geen toezegging over de huurtoeslag.",
        "Beide toezeggingen doe ik met deze brief af.",
        "Ik kan niet toezeggen dat de brief voor de zomer komt.",
        "Kan de minister toezeggen dat de Kamer voor de zomer een brief krijgt?",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        r = detect(none[k], "2025-03-03");
        assert_int_equal(r->ncommitments, 0);
        ki_refs_free(r);
    }
}

/* What is said after ';' is about this document; "Op DATE" opens it */
static void test_commitment_semicolon_clause(void **state)
{
    (void)state;
    static const char *const settled[] = {
        "In het AO Zeevaart (AO d.d. 07/12) is toegezegd de Kamer te informeren over de vlagstaat; die "
        "informatie vindt u in de bijlage.",
        "De minister van Defensie heeft bij de begrotingsbehandeling toegezegd de Kamer binnen zes weken te "
        "informeren over reservisten; die brief is op 4 december verzonden.",
        "In het commissiedebat Sportbeleid heeft de staatssecretaris van VWS toegezegd met de KNVB te praten. "
        "Dat gesprek heeft op 2 juli plaatsgevonden.",
        "U heeft in het commissiedebat Onderwijs toegezegd met een brief te komen. Met bijgaande Kamerbrief komt u "
        "deze toezegging na.",
    };
    for (size_t k = 0; k < sizeof settled / sizeof settled[0]; k++) {
        ki_refs *r = detect(settled[k], "2026-01-15");
        ki_commitment *c = only_commitment(r);
        if (c->relation != KI_REL_SETTLED)
            fail_msg("\"%s\": relation %s, want settled", settled[k], ki_relation_str(c->relation));
        ki_refs_free(r);
    }
    ki_refs *r = detect("Op 30 december jl. heeft de minister van Justitie en Veiligheid in een brief toegezegd de "
                        "Kamer te informeren over de vuurwerkschade; dat doe ik in deze brief.", "2026-01-15");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->date, "2025-12-30");
    ki_refs_free(r);
}

/* Review 10 (lead): a promise that points back at the sentence before, an
 * aside "zoals toegezegd" inside the clause, a list introduced past a link
 * line, a letter that carries a motion out, a deadline moved to a day */
static void test_commitment_points_back(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Jansen vroeg in het commissiedebat Wonen van 4 april 2024 om een overzicht van de "
                        "huurprijzen per regio. Dat kan ik u toezeggen.", "2024-09-01");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_non_null(c->subject);
    assert_string_equal(c->subject, "een overzicht van de huurprijzen per regio");
    ki_refs_free(r);
    r = detect("Tijdens het debat heb ik gezegd dat ik de Kamer voor de zomer zou informeren over de wachtlijsten. "
               "Die toezegging doe ik graag.", "2024-09-01");
    c = only_commitment(r);
    assert_string_equal(c->subject, "ik de Kamer voor de zomer zou informeren over de wachtlijsten");
    assert_string_equal(c->deadline, "voor de zomer");
    ki_refs_free(r);
    r = detect("Wat ik wel kan toezeggen, is dat ik de Kamer voor de zomer informeer over de wachtlijsten.",
               "2024-09-01");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_true(strncmp(c->subject, "ik de Kamer voor de zomer", 25) == 0);
    ki_refs_free(r);
    /* not a promise */
    r = detect("Wat ik niet kan toezeggen, is dat de regeling wordt verlengd.", "2024-09-01");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
    /* the aside: this letter settles it, and the subject is the clause around it */
    r = detect("In deze brief zal ik, zoals toegezegd tijdens het commissiedebat van 5 juni 2024, uw Kamer "
               "informeren over de wachtlijsten.", "2024-09-01");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->subject, "In deze brief zal ik uw Kamer informeren over de wachtlijsten");
    assert_string_equal(c->date, "2024-06-05");
    ki_refs_free(r);
    /* no aside to close: the clause before "zoals" alone */
    r = detect("Graag informeer ik u over de wachtlijsten, zoals toegezegd tijdens het commissiedebat (Kamerstuk "
               "31839, nr. 900) Hierna volgt de rest, die ook lang is.", "2024-09-01");
    c = only_commitment(r);
    assert_string_equal(c->subject, "Graag informeer ik u over de wachtlijsten");
    ki_refs_free(r);
    /* what was promised comes, at a time: progress */
    r = detect("Voorts ontvangt de Kamer van MIenW, overeenkomstig de toezegging in het commissiedebat Spoor van 11 "
               "maart 2025, bij de Voorjaarsnota een overzicht van de stationsprojecten.", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "bij de Voorjaarsnota");
    ki_refs_free(r);
    /* Eerste Kamer: the deadline moved to a day without a year */
    r = detect("- de deadline van toezegging T03141 te verplaatsen naar 1 maart.", "2021-09-28");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "1 maart");
    ki_refs_free(r);
}

static void test_relation_carried_out_here(void **state)
{
    (void)state;
    ki_refs *r = detect("In deze brief geef ik, ter uitvoering van de motie van het lid Jansen (36410, nr. 12), een "
                        "overzicht van de stand van zaken van de wachtlijsten.", "2024-09-01");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    /* the motion's own progress, told later */
    r = detect("Ter uitvoering van de motie van het lid Jansen (36410, nr. 12) is een onderzoek gestart; over de "
               "stand van zaken informeer ik u in het najaar.", "2024-09-01");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* "Het gaat om:" past a download line takes the announcement before it */
    r = detect("Minister Slob informeert de Tweede Kamer over de stand van zaken bij de uitvoering van enkele "
               "moties over passend onderwijs.\n\nKamerbrief over uitvoering moties (PDF | 5 pagina's | 280 kB)\n\n"
               "Het gaat om:\n\n  \xe2\x80\xa2 de motie van de Kamerleden Kwint (SP) en Westerveld over "
               "thuiszitters.\n", "2021-06-01");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* a refusal settles nothing */
    r = detect("De motie van het lid Krul (CDA) over mantelzorgvriendelijk beleid (Kamerstuk 30 169, nr. 90) voer "
               "ik niet uit. Zoals ik bij de appreciatie heb aangegeven, ontbreekt de financi\xc3\xable dekking.",
               NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("Aan de motie van het lid Krul (30169, nr. 90) kom ik hiermee niet na.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_not_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* the letter's subject line names what it is about */
    r = detect("Kamerbrief\nDatum 30 januari 2025\nBetreft Uitvoering motie-Bikker over gokreclame\nKenmerk 5432109\n",
               NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("De volgende moties zijn uitgevoerd. Het gaat om:\n\xe2\x80\xa2 de motie van het lid Jansen over de "
               "wachtlijsten;\n\xe2\x80\xa2 de motie van het lid Pietersen over de jeugdzorg.\n", "2021-06-01");
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Review 10: what is promised after "zegde ... toe" and after "toegezegd"
 * keeps its object and the particle of its verb */
static void test_commitment_separable_verb(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"De minister van Financi\xc3\xabn zegde in het commissiedebat van 12 maart 2024 toe de regeling aan te "
         "passen.", "de regeling aan te passen"},
        {"De minister van Financi\xc3\xabn zegde op 12 maart 2024 toe de Kamer te informeren.",
         "de Kamer te informeren"},
        {"De minister van Financi\xc3\xabn heeft toegezegd in te zetten op Europese normen voor zout.",
         "in te zetten op Europese normen voor zout"},
        {"De minister van Financi\xc3\xabn heeft toegezegd op te treden tegen misbruik.",
         "op te treden tegen misbruik"},
        {"De minister van Financi\xc3\xabn heeft toegezegd in het commissiedebat van 12 maart 2024 de regeling "
         "aan te passen.", "de regeling aan te passen"},
        {"De minister van Financi\xc3\xabn zegde in het debat toe dat zij de regeling zal aanpassen.",
         "zij de regeling zal aanpassen"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ki_refs *r = detect(cases[k][0], "2024-09-01");
        ki_commitment *c = only_commitment(r);
        /* a phrase: without the period that ended the sentence */
        if (!c->subject || strcmp(c->subject, cases[k][1]) != 0)
            fail_msg("\"%s\": subject \"%s\", want \"%s\"", cases[k][0], c->subject ? c->subject : "(null)",
                     cases[k][1]);
        ki_refs_free(r);
    }
}

/* Register entries: the number on the heading or the line above, "Datum:"
 * and "Uiterste datum:" labels, the text after the entry's colon; venue
 * names with a slash or a listing comma */
/* Session 11: the present tense with where it is said between the verb
 * and its particle ("zegt in het debat toe"), and what is not a promise */
static void test_commitment_present_venue(void **state)
{
    (void)state;
    ki_refs *r = detect("De minister van Financi\xc3\xabn zegt in het commissiedebat Toeslagen van 4 april 2024 toe "
                        "de Kamer voor de zomer te informeren over de wachttijden.", "2024-09-01");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->venue, "commissiedebat Toeslagen");
    assert_string_equal(c->date, "2024-04-04");
    assert_string_equal(c->deadline, "voor de zomer");
    assert_string_equal(c->subject, "de Kamer voor de zomer te informeren over de wachttijden");
    ki_refs_free(r);
    /* what a question asked, without its asking ("Wilt u ...?") */
    r = detect("Wilt u de Kamer informeren over de voortgang? Dat kan ik u toezeggen.", "2024-09-01");
    assert_string_equal(only_commitment(r)->subject, "de Kamer informeren over de voortgang");
    ki_refs_free(r);
    /* the venue ends before whom it was promised to */
    r = detect("De minister van Financi\xc3\xabn zegde in het debat aan de heer Jansen toe de regeling aan te passen.",
               "2024-09-01");
    assert_string_equal(only_commitment(r)->venue, "debat");
    ki_refs_free(r);
    /* "Antwoord 4" on its own line is a heading, not the start of the
     * answer's first sentence */
    r = detect("Vraag 4\nWanneer ontvangt de Kamer de evaluatie?\n\nAntwoord 4\nZoals toegezegd tijdens het "
               "commissiedebat Huurbeleid van 5 februari 2025 ontvangt uw Kamer de evaluatie in het najaar van 2025.\n",
               "2025-03-14");
    c = only_commitment(r);
    assert_string_equal(c->venue, "commissiedebat Huurbeleid");
    assert_string_equal(c->subject, "de evaluatie in het najaar van 2025");
    assert_int_equal(strncmp(c->evidence, "Zoals", 5), 0);
    ki_refs_free(r);
    /* an aside before what is promised is not part of it */
    r = detect("De minister van Financi\xc3\xabn zegt de Kamer toe, naar aanleiding van een vraag van het lid "
               "Nicola\xc3\xaf (PvdD), de evaluatie aan de Kamer te zenden.", "2024-09-01");
    assert_string_equal(only_commitment(r)->subject, "de evaluatie aan de Kamer te zenden");
    ki_refs_free(r);
    r = detect("De minister van Financi\xc3\xabn zegde in het wetgevingsoverleg van 3 juni 2023 toe om, na overleg "
               "met de VNG, een voorstel uit te werken.", "2024-06-05");
    assert_string_equal(only_commitment(r)->subject, "een voorstel uit te werken");
    ki_refs_free(r);
    static const char *const none[] = {
        "De minister van Financi\xc3\xabn zegt in het debat niet toe de regeling aan te passen.",
        "De minister van Financi\xc3\xabn zegt in het debat dat het tot nu toe te weinig is.",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        r = detect(none[k], "2024-09-01");
        if (r->ncommitments)
            fail_msg("\"%s\": %zu commitments, want none", none[k], r->ncommitments);
        ki_refs_free(r);
    }
}

/* Review 11: an Eerste Kamer page of one commitment whose key data are
 * missing is a registered commitment; an aside that opens the sentence
 * ("Conform mijn toezegging in Y stuur ik u hierbij X") gives X; a
 * promise ends before the words that lead into a motion named after it */
static void test_commitment_review11(void **state)
{
    (void)state;
    static const char *const pages[] = {
        "T02999\n\nToezegging Evaluatie wet (35.500)De Minister van Justitie en Veiligheid zegt de Kamer, naar "
        "aanleiding van vragen van het lid Jansen (CDA), toe de wet na drie jaar te evalueren.\n\n\nKerngegevens\n",
        "Toezegging Evaluatie wet (35.500) (T02999)\n\nDe Minister van Justitie en Veiligheid zegt de Kamer, naar "
        "aanleiding van vragen van het lid Jansen (CDA), toe de wet na drie jaar te evalueren.\n\n\nKerngegevens\n",
    };
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        ki_refs *r = detect(pages[k], NULL);
        ki_commitment *c = only_commitment(r);
        assert_int_equal(c->relation, KI_REL_CITED);
        assert_int_equal(c->nrefs, 1);
        assert_string_equal(c->refs[0], "T02999");
        assert_string_equal(c->subject, "de wet na drie jaar te evalueren");
        ki_refs_free(r);
    }
    /* the labels between the entry's heading and its text */
    ki_refs *r = detect("T03987 Toezegging Wet open overheid\n\nDatum: 15 februari 2024\n\nUiterste datum: 1 juli "
                        "2024\n\nDe staatssecretaris zegt toe de instructie aan te passen.\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2024-02-15");
    assert_string_equal(c->deadline, "1 juli 2024");
    assert_int_equal(c->relation, KI_REL_CITED);
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03987");
    ki_refs_free(r);
    /* "Toezegging X (...) over Y: zie bijlage 2": Y */
    r = detect("Toezegging Jetten (commissiedebat Klimaat, 12 maart 2024) over de warmtewet: zie bijlage 2, tabel 3 "
               "(nr. 5).\n", NULL);
    c = only_commitment(r);
    assert_string_equal(c->subject, "de warmtewet");
    assert_string_equal(c->venue, "commissiedebat Klimaat");
    ki_refs_free(r);
    /* a registered commitment named by its number and what it promised;
     * the clause of "om"/"over" ends at the sentence's verb */
    static const char *const named[][3] = {
        {"De toezegging om de Kamer te informeren over de pilot (TZ201710-112) is hiermee afgedaan.",
         "de Kamer te informeren over de pilot", "TZ201710-112"},
        {"De toezegging TZ201710-112 over de pilot is hiermee afgedaan.", "de pilot", "TZ201710-112"},
    };
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        r = detect(named[k][0], "2018-07-09");
        c = only_commitment(r);
        if (!c->subject || strcmp(c->subject, named[k][1]) != 0 || c->relation != KI_REL_SETTLED || c->nrefs != 1 ||
            strcmp(c->refs[0], named[k][2]) != 0)
            fail_msg("\"%s\": subject \"%s\", relation %s", named[k][0], c->subject ? c->subject : "(null)",
                     ki_relation_str(c->relation));
        ki_refs_free(r);
    }
    /* "De toezegging om X, gedaan tijdens Y van DATE, wordt ... ingelost" */
    r = detect("De toezegging om de Kamer te informeren over de pilot, gedaan tijdens het commissiedebat van 5 april "
               "2023, wordt met deze brief ingelost.", "2024-06-05");
    c = only_commitment(r);
    assert_string_equal(c->subject, "de Kamer te informeren over de pilot");
    assert_string_equal(c->venue, "commissiedebat");
    assert_string_equal(c->date, "2023-04-05");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* a bare number is no record of its own: "Toezeggingen T03811 en T03812 zijn hiermee afgedaan" */
    r = detect("Toezeggingen T03811 en T03812 zijn hiermee afgedaan.", "2018-07-09");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
    static const char *const asides[][2] = {
        {"Conform mijn toezegging in het debat van 24 oktober jl. stuur ik u hierbij het advies over de "
         "fractiebudgetten.", "het advies over de fractiebudgetten"},
        {"Zoals toegezegd in het commissiedebat van 12 maart 2024 informeer ik u hierbij over de stand van zaken "
         "van de pilot.", "de stand van zaken van de pilot"},
        {"Conform de toezegging in het commissiedebat van 12 maart 2024 ontvangt u hierbij de evaluatie van de "
         "pilot.", "de evaluatie van de pilot"},
        {"Ik heb in het debat toegezegd dat de commissie voorstellen zal doen voor een verhoging van de budgetten, "
         "conform de inmiddels ingetrokken motie-De Graaf c.s.",
         "de commissie voorstellen zal doen voor een verhoging van de budgetten"},
    };
    for (size_t k = 0; k < sizeof asides / sizeof asides[0]; k++) {
        char buf[1024];
        snprintf(buf, sizeof buf, "Den Haag, 4 april 2024\n\n%s\n", asides[k][0]);
        r = detect(buf, NULL);
        c = only_commitment(r);
        if (!c->subject || strcmp(c->subject, asides[k][1]) != 0)
            fail_msg("\"%s\": subject \"%s\", want \"%s\"", asides[k][0], c->subject ? c->subject : "(null)",
                     asides[k][1]);
        ki_refs_free(r);
    }
}

/* An Eerste Kamer letter answering a rappel: each entry under its numbered
 * heading carries that number; the subject line's theme and "the open
 * toezeggingen" are no records; "toegezegd in overleg te treden" keeps
 * its phrase */
static void test_commitment_rappel_letter(void **state)
{
    (void)state;
    ki_refs *r = detect("Datum 12 maart 2025\nBetreft Rappel toezeggingen\n\nGeachte Voorzitter,\n\nBij brief van "
                        "10 januari 2025 heeft de commissie mij verzocht de stand van zaken te geven van de openstaande "
                        "toezeggingen.\n\nToezegging T03456 (evaluatie Wet herziening)\nDe minister zegde bij de "
                        "behandeling van het wetsvoorstel toe de wet binnen vijf jaar te evalueren. De evaluatie is "
                        "gestart.\n\nToezegging T03512 (overleg met de advocatuur)\nTijdens de plenaire behandeling op "
                        "14 mei 2024 heb ik toegezegd in overleg te treden met de orde van advocaten over de "
                        "vergoedingen.\n\nDe Minister van Justitie en Veiligheid,\n\nD.M. van Weel\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].nrefs, 1);
    assert_string_equal(r->commitments[0].refs[0], "T03456");
    assert_int_equal(r->commitments[1].nrefs, 1);
    assert_string_equal(r->commitments[1].refs[0], "T03512");
    assert_string_equal(r->commitments[1].subject, "in overleg te treden met de orde van advocaten over de vergoedingen");
    assert_string_equal(r->commitments[1].venue, "plenaire behandeling");
    ki_refs_free(r);
}

/* A beslisnota's letter promises now: "In de brief wordt toegezegd ...",
 * "U kunt in de brief toezeggen dat ..." are made, by "u" */
static void test_commitment_nota_letter_promises(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n\nNota\n\nAan: de minister van "
                        "Volkshuisvesting en Ruimtelijke Ordening\nDatum: 4 februari 2025\nKenmerk: 2025-0000123456\n"
                        "Onderwerp: Kamerbrief voortgang dakloosheid\n\n2. Geadviseerd besluit\nU wordt geadviseerd de "
                        "bijgevoegde Kamerbrief te ondertekenen.\n\n3. Kernpunten\n- In de brief wordt "
                        "toegezegd de Kamer voor de zomer te informeren over de pilot.\n- U kunt in de brief "
                        "toezeggen dat de monitor vanaf 2026 jaarlijks verschijnt.\n", NULL);
    assert_string_equal(r->kind, "beslisnota");
    assert_int_equal(r->ncommitments, 2);
    for (size_t k = 0; k < 2; k++) {
        assert_int_equal(r->commitments[k].relation, KI_REL_MADE);
        assert_int_equal(r->commitments[k].nactors, 1);
        assert_string_equal(r->commitments[k].actors[0], "u");
    }
    assert_string_equal(r->commitments[1].subject, "de monitor vanaf 2026 jaarlijks verschijnt");
    ki_refs_free(r);
}

/* One promise said twice is one record: "Ik stuur uw Kamer ... Dat zeg ik
 * toe."; "deze toezegging gedaan op DATE" dates the entry just named */
static void test_commitment_confirmed_and_dated(void **state)
{
    (void)state;
    ki_refs *r = detect("Ik stuur uw Kamer in het najaar van 2027 een brief over de eerste ervaringen. Dat zeg ik "
                        "toe.\n\nDe Minister van Sociale Zaken en Werkgelegenheid,\n\nE. Brouwer\n", "2026-10-07");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "in het najaar van 2027");
    ki_refs_free(r);
    r = detect("Toezegging Rechtsherstel box 3 (36.412) (T03702)\n\"De staatssecretaris van Financi\xc3\xabn zegt de "
               "Kamer toe de Kamer jaarlijks te informeren over de voortgang.\"\nReactie: mijn ambtsvoorganger heeft "
               "deze toezegging gedaan tijdens de plenaire behandeling op 18 juni 2024. Het rechtsherstel loopt nog.\n",
               "2026-11-19");
    c = only_commitment(r);
    assert_string_equal(c->date, "2024-06-18");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03702");
    ki_refs_free(r);
}

/* "Ook ga ik in op twee toezeggingen uit het commissiedebat X van 4 juni
 * jl." dates the promises the letter then takes one by one ("In het
 * commissiedebat X heb ik toegezegd ..."), and is no record of its own */
static void test_commitment_announced_meeting(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 19 november 2026\n\nOok ga ik in op twee toezeggingen uit het commissiedebat "
                        "Bouwopgave van 4 juni jl.\n\n3. Doorstroming\nIn het commissiedebat Bouwopgave heb ik "
                        "toegezegd uw Kamer voor de begrotingsbehandeling te informeren over de pilot.\n\nDe minister "
                        "van Volkshuisvesting en Ruimtelijke Ordening,\n\nH.J. Visscher-Brand\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2026-06-04");
    assert_string_equal(c->venue, "commissiedebat Bouwopgave");
    ki_refs_free(r);
}

/* "Met deze brief doe ik de toezegging uit het CD Visserij van 18 juni jl.
 * af" settles the promise the letter named before ("In het commissiedebat
 * Visserij van 18 juni jl. heb ik toegezegd ..."): one record, CD being
 * the commissiedebat; nothing is made */
static void test_commitment_done_named_meeting(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 19 november 2026\n\nIn het commissiedebat Visserij van 18 juni jl. heb ik "
                        "toegezegd de Kamer na de zomer te informeren over de uitkoopregeling.\n\nMet deze brief doe "
                        "ik de toezegging uit het CD Visserij van 18 juni jl. af.\n\nDe minister van Landbouw, "
                        "Visserij, Voedselzekerheid en Natuur,\n\nF.M. Wiersma\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->date, "2026-06-18");
    ki_refs_free(r);
    r = detect("Met deze brief doe ik de toezegging uit het commissiedebat Visserij van 18 juni 2018 af.\n",
               "2018-07-09");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A written question that names a promise without its date, and the
 * answer that dates it, are one record */
static void test_commitment_question_answered(void **state)
{
    (void)state;
    ki_refs *r = detect("Antwoord van minister Hamersma (Volksgezondheid, Welzijn en Sport) (ontvangen 7 oktober "
                        "2026).\n\nVraag 3\nHoe staat het met de toezegging uit het commissiedebat Acute zorg om de "
                        "normen te herzien?\n\nAntwoord 3\nIn het commissiedebat Acute zorg van 11 juni jl. heb ik "
                        "toegezegd uw Kamer voor het einde van dit jaar te informeren over de herziening.\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2026-06-11");
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MVWS");
    assert_int_equal(strncmp(c->evidence, "In het commissiedebat", 21), 0);
    ki_refs_free(r);
}

/* A beslisnota's summary list names its promises by meeting and date
 * ("Afgedaan: toezegging CD X 12 mei 2026 (...)"): the promise its body
 * spoke of, not a second one; "Nieuw:" is the letter's new promise;
 * "Uw ambtsvoorganger" is the addressee's office, read from "Aan" / "de
 * minister" under the letterhead "Ministerie van X"; the subject line's
 * "toezeggingen commissiedebat X" on the line after "Onderwerp" is none. */
static void test_commitment_nota_summary_list(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Infrastructuur en Waterstaat\n\nNota\n\nAan\nde minister\n\n"
                        "Onderwerp\nKamerbrief over de veerdiensten en\ntoezeggingen commissiedebat Scheepvaart\n\n"
                        "1. Aanleiding\nU heeft in het commissiedebat Scheepvaart van 12 mei 2026 toegezegd de Kamer "
                        "na de zomer te informeren over de dienstregeling van de veerdiensten. Met de brief geeft u "
                        "invulling aan die toezegging.\n\n2. Kernpunten\nUw ambtsvoorganger heeft in het "
                        "wetgevingsoverleg Water van 3 maart 2025 toegezegd te onderzoeken of de tarieven omlaag "
                        "kunnen. Dat onderzoek is afgerond; de toezegging is daarmee afgedaan.\n\n3. Toezeggingen\n"
                        "- Afgedaan: toezegging CD Scheepvaart 12 mei 2026 (dienstregeling veerdiensten).\n"
                        "- Afgedaan: toezegging WGO Water 3 maart 2025 (tarieven).\n"
                        "- Nieuw: informeren over de nieuwe concessie, voor 1 juni 2027.\n",
                        "2026-10-01");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *a = &r->commitments[0], *b = &r->commitments[1], *c = &r->commitments[2];
    assert_string_equal(a->date, "2026-05-12");
    assert_int_equal(a->relation, KI_REL_SETTLED);
    assert_string_equal(a->venue, "commissiedebat Scheepvaart");
    assert_string_equal(b->date, "2025-03-03");
    assert_int_equal(b->nactors, 1);
    assert_string_equal(b->actors[0], "MIenW");
    assert_int_equal(b->relation, KI_REL_SETTLED);
    assert_null(c->date);
    assert_string_equal(c->deadline, "voor 1 juni 2027");
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->subject, "informeren over de nieuwe concessie, voor 1 juni 2027");
    ki_refs_free(r);
}

/* Who signs decides "ik" and "wij": a signature in lower case wrapped over
 * two lines, a letter whose bijlage follows its signature (no closing
 * formula), two signers each named by rank ("De staatssecretaris heeft
 * ... toegezegd", "de toezegging na die de minister deed"); the sentence
 * after a promise that points back and says when is its progress. */
static void test_commitment_signers_and_next_step(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nIk zeg toe dat ik uw Kamer voor de zomer informeer over de "
                        "uitkomsten.\n\nHoogachtend,\n\nde Minister van Sociale Zaken\nen Werkgelegenheid,\n\n"
                        "drs. A. Veldkamp\n",
                        "2026-10-01");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MSZW");
    ki_refs_free(r);

    r = detect("Geachte voorzitter,\n\nMet deze brief komen wij de toezegging na die de minister deed in het "
               "commissiedebat Onderwijs van 10 september jl., om uw Kamer een overzicht te sturen.\n\n"
               "De staatssecretaris heeft in het wetgevingsoverleg Jeugd van 2 juni jl. toegezegd uw Kamer te "
               "informeren over het verzuim. Die cijfers komen in februari beschikbaar; de staatssecretaris "
               "stuurt ze direct daarna, voor het voorjaarsreces.\n\n"
               "De minister van Onderwijs, Cultuur en Wetenschap,\n\nA. Jansen\n\n"
               "De staatssecretaris van Onderwijs, Cultuur en Wetenschap,\n\nB. de Vries\n\n"
               "Bijlage: overzicht moties\n\nMotie van het lid Pool over leraren\nStand: loopt; de brief "
               "volgt in het voorjaar van 2027, na overleg met de sectorraden en de gemeenten over de "
               "uitvoering en de kosten van de maatregelen die de motie vraagt.\n"
               "Motie van het lid Kuik over scholen\nStand: afgedaan met de brief van 3 maart 2026 over de "
               "bekostiging van scholen in krimpgebieden en de gevolgen daarvan voor de regio's en de "
               "besturen die het aangaat.\n"
               "Motie van het lid Beertema over toetsen\nStand: loopt; de uitkomsten van het onderzoek naar "
               "toetsdruk in het basisonderwijs volgen eind 2026, met een reactie van het kabinet op de "
               "aanbevelingen en een planning voor de uitvoering daarvan.\n"
               "Motie van het lid Paternotte over lerarenopleidingen\nStand: loopt; de verkenning naar "
               "zij-instroom in de lerarenopleidingen is in uitvoering en de resultaten worden betrokken bij "
               "de volgende voortgangsrapportage over het lerarentekort in het voorjaar.\n"
               "Motie van de leden Van Baarle en Westerveld over passend onderwijs\nStand: loopt; het "
               "onderzoek naar de ondersteuning van leerlingen met een extra ondersteuningsbehoefte wordt "
               "uitgebreid naar het voortgezet onderwijs en de uitkomsten volgen in de zomer van 2027.\n"
               "Motie van het lid Stoffer over bekostiging\nStand: afgedaan; de bekostiging van kleine "
               "scholen is aangepast met ingang van het schooljaar 2026-2027, zoals gemeld in de brief over "
               "de vereenvoudiging van de bekostiging en de kleinescholentoeslag.\n",
               "2026-12-01");
    assert_int_equal(r->ncommitments, 2);
    assert_actors(&r->commitments[0], "MOCW");
    assert_string_equal(r->commitments[0].date, "2026-09-10");
    assert_actors(&r->commitments[1], "SOCW");
    assert_int_equal(r->commitments[1].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[1].deadline, "voor het voorjaarsreces");
    ki_refs_free(r);

    /* a sentence that points back at what was done gives no deadline */
    r = detect("In het commissiedebat Wonen van 3 maart 2026 heeft de minister van Volkshuisvesting en "
               "Ruimtelijke Ordening toegezegd een brief te sturen. Die brief heb ik op 3 mei verstuurd.\n",
               "2026-10-01");
    c = only_commitment(r);
    assert_null(c->deadline);
    assert_int_not_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* A beslisnota's head names its commitment ("Nummer  TZ..."), its
 * unnumbered sections ("Aanleiding") end the head, so a promise under them
 * takes neither the memo's date nor its title as venue; "doet u die
 * toezegging af" and "Daarmee is die toezegging nagekomen" settle; "Op die
 * toezegging ga ik hieronder in" handles. */
static void test_commitment_nota_head_and_sections(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Infrastructuur en Waterstaat\n\nBeslisnota bij Kamerbrief over de "
                        "veerdiensten\n\nAan          de minister\nDatum        27 oktober 2026\n"
                        "Nummer       TZ202606-093\nTermijn      voor het kerstreces\n\nAanleiding\n"
                        "In het commissiedebat Scheepvaart van 25 juni jl. heeft u toegezegd de Kamer voor het "
                        "kerstreces te informeren over de tarieven. Met bijgaande Kamerbrief doet u die "
                        "toezegging af.\n",
                        NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2026-06-25");
    assert_string_equal(c->venue, "commissiedebat Scheepvaart");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202606-093");
    ki_refs_free(r);

    r = detect("De minister heeft in het commissiedebat Personeel van 12 maart jl. toegezegd uw Kamer te "
               "informeren over de uitstroom. In de bijlage vindt u de cijfers. Daarmee is die toezegging "
               "nagekomen.\n\nDe minister van Buitenlandse Handel heeft in het commissiedebat Export van 3 "
               "november jl. toegezegd te reageren op de aanbeveling. Op die toezegging ga ik, mede namens "
               "haar, hieronder in.\n",
               "2026-12-01");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
}

/* Handelingen: promises made in the debate take the debate the item puts
 * on the agenda ("Aan de orde is het debat over X."); "Dat kan ik
 * toezeggen." answers the question asked before the turn changed (the
 * chair's words, the labels and a running page header between); "Voor de
 * zomer krijgt de Kamer X" after a motion being moved is a promise of its
 * own. */
static void test_commitment_debate_turns(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer, 31e vergadering, dinsdag 24 november 2026\n\n12 Waterbeheer\n\n"
                        "Aan de orde is het debat over waterbeheer.\n\nDe heer Jansen (BBB):\n"
                        "Kan de minister toezeggen dat hij de evaluatie van de peilbesluiten in het eerste "
                        "kwartaal van 2027 naar de Kamer stuurt?\n"
                        "                                        24 november 2026 TK 31 31-12-1\n"
                        "De voorzitter:\nHet woord is aan de minister.\n\nMinister De Boer:\n"
                        "Voorzitter. Dat kan ik toezeggen. De waterschappen leveren de gegevens in januari.\n\n"
                        "De motie op stuk nr. 562 van mevrouw Kuik vraagt om een landelijk kader. Voor de zomer "
                        "krijgt de Kamer een uitgewerkt voorstel voor dat kader.\n",
                        NULL);
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *a = &r->commitments[0], *b = &r->commitments[1];
    assert_int_equal(a->relation, KI_REL_MADE);
    assert_string_equal(a->venue, "debat over waterbeheer");
    assert_string_equal(a->deadline, "in het eerste kwartaal van 2027");
    assert_int_equal(b->relation, KI_REL_MADE);
    assert_string_equal(b->venue, "debat over waterbeheer");
    assert_true(strncasecmp(b->deadline, "voor de zomer", 13) == 0);
    ki_refs_free(r);
}

/* A rappel reply quotes each register entry and reacts to it: the quote
 * ends the promise's text at its closing quote; "deed deze toezegging op
 * DATE", "deze toezegging heb ik gedaan tijdens X op DATE" date the entry;
 * "... is de toezegging nagekomen" two sentences on settles it. */
static void test_commitment_rappel_reactions(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nHieronder geef ik per toezegging de stand van zaken.\n\n"
                        "Toezegging Toezicht op trusts (36.300) (T03701)\n"
                        "\"De staatssecretaris van Financi\xc3\xabn zegt de Kamer toe de Kamer jaarlijks te "
                        "informeren over het toezicht op trustkantoren.\"\n"
                        "Reactie: mijn ambtsvoorganger heeft deze toezegging gedaan tijdens de plenaire "
                        "behandeling op 11 juni 2024. Met de laatste rapportage van 1 oktober 2026 is de "
                        "toezegging nagekomen.\n\n"
                        "Toezegging Heffingen (36.218) (T03815)\n"
                        "\"De minister van Financi\xc3\xabn zegt de Kamer toe te laten onderzoeken of de "
                        "heffingen omlaag kunnen.\"\n"
                        "Reactie: de minister van Financi\xc3\xabn deed deze toezegging op 14 mei 2025. Het "
                        "onderzoek loopt nog.\n\n"
                        "De staatssecretaris van Financi\xc3\xabn,\n\nA. Jansen\n",
                        "2026-11-10");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *a = &r->commitments[0], *b = &r->commitments[1];
    assert_string_equal(a->date, "2024-06-11");
    assert_int_equal(a->relation, KI_REL_SETTLED);
    assert_null(strstr(a->subject, "Reactie"));
    assert_string_equal(b->date, "2025-05-14");
    assert_actors(b, "MFin");
    assert_null(strstr(b->subject, "Reactie"));
    ki_refs_free(r);
}

/* A follow-up debate in Handelingen ("Aan de orde is het debat naar
 * aanleiding van een algemeen overleg op DATE over X"): a promise the
 * member recalls was made there, then. */
static void test_commitment_follow_up_debate(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer, 70ste vergadering, woensdag 9 april 2008\n\n12 Afvalbeleid\n\n"
                        "Aan de orde is het debat naar aanleiding van een algemeen overleg op 27 maart 2008 over "
                        "de inzameling van afval.\n\nMevrouw Jansen (SP):\nVoorzitter. De minister heeft "
                        "toegezegd, daarover in overleg te treden met de gemeenten. Wil zij de Kamer daarover "
                        "berichten?\n",
                        NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->venue, "algemeen overleg inzameling van afval");
    assert_string_equal(c->date, "2008-03-27");
    ki_refs_free(r);
}

/* Who, named another way: "staatssecretaris Knops (BZK)" then "zegde de
 * bewindsman toe"; "Knops deed die toezegging tijdens een mondeling
 * overleg" says where; "Bij brief van DATE hebben onze ambtsvoorgangers
 * ... In de brief is toegezegd" is the office that signs. */
static void test_commitment_named_otherwise(void **state)
{
    (void)state;
    ki_refs *r = detect("De commissie wacht op antwoorden van staatssecretaris Jansen (BZK) over de rijkswet. Op "
                        "16 maart zegde de bewindsman toe de vragen binnen drie weken te beantwoorden.\n\n"
                        "Jansen deed die toezegging tijdens een mondeling overleg waarvoor de commissie hem had "
                        "uitgenodigd.\n",
                        "2021-03-30");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "SBZK");
    assert_string_equal(c->venue, "mondeling overleg");
    assert_string_equal(c->date, "2021-03-16");
    ki_refs_free(r);

    r = detect("29 279 Rechtsstaat en Rechtsorde\n\nNr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE "
               "EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 23 september "
               "2024\n\nBij brief van 29 januari 2024 hebben onze ambtsvoorgangers uw Kamer ge\xc3\xafnformeerd "
               "over de aanpak. In de brief is toegezegd dat uw Kamer jaarlijks v\xc3\xb3\xc3\xb3r het "
               "zomerreces zal worden ge\xc3\xafnformeerd over de voortgang.\n",
               NULL);
    c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    ki_refs_free(r);
}

/* "De eerste rapportage stuur ik u in april 2027. Tot dat moment blijft
 * toezegging T03688 openstaan.": no new promise, the numbered one's next
 * step and its time. */
static void test_commitment_open_until(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nDe minister van Asiel en Migratie heeft op 16 juni 2026 "
                        "toegezegd de Kamer jaarlijks te informeren over de doorlooptijden (T03688).\n\nDe eerste "
                        "rapportage over de doorlooptijden stuur ik u in april\n2027, bij de jaarcijfers van de "
                        "IND. Tot dat moment blijft toezegging\nT03688 openstaan.\n\nDe minister van Asiel en "
                        "Migratie,\n\nA. Jansen\n",
                        "2026-11-20");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->deadline, "in april 2027");
    assert_string_equal(c->date, "2026-06-16");
    ki_refs_free(r);
}

/* Older letters write "Uw Kamer" with a capital; "te doen toekomen" is to
 * send; what was done ("In 2023 heeft X onderzoek gedaan") gives no
 * deadline. */
static void test_commitment_older_letters(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nIk zal Uw Kamer zo spoedig mogelijk informeren.\n\n"
                        "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nA. Jansen\n", "2019-05-01");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_actors(c, "MBZK");
    ki_refs_free(r);
    r = detect("Geachte voorzitter,\n\nIk verwacht u de brief uiterlijk 30 april te doen toekomen.\n\n"
               "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nA. Jansen\n", "2020-03-20");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "uiterlijk 30 april");
    ki_refs_free(r);
    /* a condition is not done: "Zodra de besprekingen zijn afgerond, ..." */
    r = detect("Geachte voorzitter,\n\nDe motie van het lid Jansen (Kamerstuk 31 000, nr. 12) vraagt om een "
               "onderzoek. Zodra de besprekingen in de ministerraad zijn afgerond, zal ik uw Kamer informeren.\n",
               "2015-04-10");
    assert_int_equal(r->nmotions, 1);
    assert_int_not_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* "Zoals X ... heeft toegezegd, ontvangt u hierbij ...": done by this letter */
    r = detect("Zoals de minister-president in het debat over de Algemene Politieke Beschouwingen van 18 september "
               "2025 heeft toegezegd, ontvangt u hierbij het overzicht van de inzet op bestaanszekerheid.", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* "Tijdens het VAO X van DATE ... Conform de toezegging van Y ...":
     * made there and then */
    r = detect("Tijdens het VAO Waddenzee en Noordzee van 11 maart jl. (Handelingen II 2014/15, nr. 62) zijn "
               "moties ingediend. Conform de toezegging van de Minister van Infrastructuur en Milieu geef ik "
               "hierbij een reactie op deze moties.\n", "2015-03-30");
    c = only_commitment(r);
    assert_string_equal(c->venue, "VAO Waddenzee en Noordzee");
    assert_string_equal(c->date, "2015-03-11");
    ki_refs_free(r);
    /* "Tijdens deze behandeling": the day the sentence before gives */
    r = detect("Geachte voorzitter,\n\nOp 3 september 2020 werd het wetsvoorstel in uw Kamer behandeld. Tijdens "
               "deze behandeling heb ik u een brief toegezegd over de vermogenstoets.\n\nDe staatssecretaris van "
               "Sociale Zaken en Werkgelegenheid,\n\nA. Jansen\n", "2020-12-01");
    c = only_commitment(r);
    assert_string_equal(c->date, "2020-09-03");
    assert_actors(c, "SSZW");
    ki_refs_free(r);
    r = detect("Tijdens het commissiedebat Zorg van 20 maart jl. is uw Kamer toegezegd een overzicht te sturen. "
               "Dat overzicht is nog niet gereed. In 2023 heeft een bureau daarnaar onderzoek gedaan.\n",
               "2025-06-15");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_null(c->deadline);
    ki_refs_free(r);
    /* (the next step's time in the clause after it is the deadline) */
    r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nDe minister van IenW heeft de Eerste Kamer op 10 juni "
               "2025 toegezegd de\nveerdiensten te betrekken bij de evaluatie van de Wet personenvervoer 2000\n(T03812)1. "
               "Die evaluatie is gestart; de minister stuurt haar in het najaar van\n2027 aan beide Kamers.\n\n",
               "2027-03-03");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_non_null(c->deadline);
    assert_string_equal(c->deadline, "in het najaar van 2027");
    ki_refs_free(r);
}

/* A begroting's bijlage, unsigned, its table laid out in columns: "De
 * minister" is the minister of the ministry its head names; a column
 * headed "Termijn" gives the deadline as written; the introduction's "de
 * toezeggingen ... die op 15 augustus openstonden" is no commitment. */
static void test_commitment_begroting_table(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal\n\n37 000 XII       Vaststelling van de begrotingsstaten "
                        "van het Ministerie van\n                 Infrastructuur en Waterstaat (XII) voor het jaar "
                        "2027\n\nBijlage 5 Toezeggingen\n\nIn deze bijlage staan de toezeggingen van de minister "
                        "aan de Tweede Kamer die op 15 augustus 2026 openstonden.\n\n"
                        "Toezegging                          Vindplaats                Termijn         Stand\n"
                        "De minister zegt toe de Kamer te    CD Scheepvaart            zomer 2027      Loopt. Het\n"
                        "informeren over de veerdiensten.    12 november 2025                          onderzoek "
                        "loopt.\n                                    TZ202511-042\n",
                        "2026-09-15");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MIenW");
    assert_string_equal(c->deadline, "zomer 2027");
    assert_string_equal(c->date, "2025-11-12");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* A verslag's closing Toezeggingen list restates the debate's promises
 * in other words: one record each, "De minister" the minister met. */
static void test_commitment_verslag_list_restates(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal\n\n29 544 Arbeidsmarktbeleid\n\nNr. 1301 VERSLAG VAN EEN "
                        "COMMISSIEDEBAT\nVastgesteld 20 oktober 2026\n\nDe vaste commissie voor Sociale Zaken en "
                        "Werkgelegenheid heeft op 7 oktober 2026 overleg gevoerd met de minister van Sociale Zaken en "
                        "Werkgelegenheid over arbeidsmarktbeleid.\n\nMinister Brouwer:\nOver de eerste ervaringen "
                        "met het stelsel stuur ik uw Kamer in het najaar van 2027 een brief. Dat zeg ik toe.\n\n"
                        "Toezeggingen\n-__ De minister zegt toe de Kamer in het najaar van 2027 te informeren over "
                        "de eerste ervaringen met het toelatingsstelsel voor uitzendbureaus.\n",
                        NULL);
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MSZW");
    assert_string_equal(c->date, "2026-10-07");
    ki_refs_free(r);
}

/* Several promises said as one: "(1) X en (2) Y" and "twee toezeggingen
 * gedaan: X, en over Y" are a record each; the ordinals of the sentence
 * after ("Op de eerste ...; de tweede is nog in uitvoering") or "Beide
 * toezeggingen doe ik met deze brief af" give each its relation. */
static void test_commitment_counted(void **state)
{
    (void)state;
    ki_refs *r = detect("Tijdens het commissiedebat Water van 10 september jl. heeft de minister van Infrastructuur "
                        "en Waterstaat toegezegd (1) de Kamer te informeren over de dijkversterking en (2) een "
                        "reactie te sturen op het rapport over de sluizen. Op de eerste toezegging ga ik in "
                        "paragraaf 2 in; de tweede is nog in uitvoering.", "2026-11-20");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_ADDRESSED);
    assert_int_equal(r->commitments[1].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[1].date, "2026-09-10");
    assert_string_equal(r->commitments[1].subject, "een reactie te sturen op het rapport over de sluizen");
    ki_refs_free(r);
    r = detect("Tijdens het commissiedebat Onderwijs van 12 juni jl. heeft de minister van Onderwijs, Cultuur "
               "en Wetenschap twee toezeggingen gedaan: de Kamer informeren over de zij-instroom, en over de "
               "werkdruk van schoolleiders. Beide toezeggingen doe ik met deze brief af.", "2025-09-30");
    assert_int_equal(r->ncommitments, 2);
    for (size_t k = 0; k < 2; k++) {
        assert_actors(&r->commitments[k], "MOCW");
        assert_string_equal(r->commitments[k].date, "2025-06-12");
        assert_int_equal(r->commitments[k].relation, KI_REL_SETTLED);
    }
    ki_refs_free(r);
}

/* "De toezegging aan het lid X om Y te onderzoeken, is in uitvoering": the
 * om-clause ends at the comma before the main verb, whose cue is progress;
 * "De staatssecretaris heeft ... toegezegd" in a letter the minister signs
 * is the staatssecretaris of that ministry. */
static void test_commitment_letter_phrasings(void **state)
{
    (void)state;
    const char *sig = "\n\nDe minister van Justitie en Veiligheid,\n\nA. Jansen\n";
    char text[600];
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe toezegging aan het lid Van der Plas om de regeling te "
             "onderzoeken, is in uitvoering.%s", sig);
    ki_refs *r = detect(text, "2024-11-20");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->subject, "de regeling te onderzoeken");
    ki_refs_free(r);
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe toezegging die ik heb gedaan tijdens het "
             "commissiedebat Politie van 12 maart 2024, om uw Kamer te informeren over de meldkamers, doe ik "
             "hierbij gestand.%s", sig);
    r = detect(text, "2024-11-20");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->subject, "uw Kamer te informeren over de meldkamers");
    ki_refs_free(r);
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe staatssecretaris heeft uw Kamer in het schriftelijk "
             "overleg van 8 februari 2024 toegezegd nader te rapporteren over de pilot.%s", sig);
    r = detect(text, "2024-11-20");
    assert_actors(only_commitment(r), "SJenV");
    ki_refs_free(r);
}

/* A beslisnota with "Aan    de minister" on one line: "Uw ambtsvoorganger
 * heeft in 2025 toegezegd" is that minister's office; its advice
 * "Instemmen met de toezegging in de brief om X" makes X now. */
static void test_commitment_nota_advice(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Klimaat en Groene Groei\n\nBeslisnota bij Kamerbrief over warmte\n\n"
                        "Aan                      de minister\nDatum                    27 oktober 2026\n\n"
                        "Geadviseerd besluit\n-__ Instemmen met de toezegging in de brief om de Kamer in het tweede "
                        "kwartaal van 2027 te informeren over de warmtekavels.\n\nKernpunten\n-__ Uw ambtsvoorganger "
                        "heeft in 2025 toegezegd een landelijk warmtefonds te verkennen. De verkenning is afgerond; de "
                        "toezegging is hiermee afgedaan.\n",
                        NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[0].deadline, "in het tweede kwartaal van 2027");
    assert_actors(&r->commitments[1], "MKGG");
    assert_int_equal(r->commitments[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A letter listing its promises per debate: "1. Commissiedebat Spoor van
 * 11 november 2026" over "1.1 De minister zegt toe ..." and its "Stand van
 * zaken: ..." (venue, date, signer, relation); a third party's promise
 * ("dat het Havenbedrijf Rotterdam heeft toegezegd") is none. */
static void test_commitment_per_debate(void **state)
{
    (void)state;
    ki_refs *r = detect("Geachte voorzitter,\n\nMet deze brief informeer ik u over de toezeggingen uit de debatten "
                        "van het najaar.\n\n1. Commissiedebat Spoor van 11 november 2026\n1.1 De minister zegt toe "
                        "de Kamer voor het einde van het jaar te informeren over de nachttreinen.\n    Stand van "
                        "zaken: met de brief van 18 december jl. heeft u deze informatie ontvangen. Deze toezegging "
                        "is daarmee afgedaan.\n1.2 De minister zegt toe met ProRail in gesprek te gaan over kleine "
                        "stations.\n    Stand van zaken: de uitwerking loopt nog.\n\nOverige punten\nDe "
                        "staatssecretaris heeft ook gemeld dat het Havenbedrijf Rotterdam heeft toegezegd in 2027 "
                        "vier walstroomkades te openen.\n\nDe minister van Infrastructuur en Waterstaat,\n\n"
                        "A. Jansen\n", "2027-01-14");
    assert_int_equal(r->ncommitments, 2);
    for (size_t k = 0; k < 2; k++) {
        assert_actors(&r->commitments[k], "MIenW");
        assert_string_equal(r->commitments[k].venue, "Commissiedebat Spoor");
        assert_string_equal(r->commitments[k].date, "2026-11-11");
    }
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

static void test_commitment_register_labels(void **state)
{
    (void)state;
    ki_refs *r = detect("TZ202605-071\nToezegging: De minister van Volkshuisvesting en Ruimtelijke Ordening zal de "
                        "Kamer informeren over de voortgang van de Woontop.\nDatum toezegging: 13 mei 2026\n"
                        "Activiteit: Commissiedebat Woningbouw\nUiterste datum: 31-12-2026\nStatus: Openstaand\n",
                        NULL);
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202605-071");
    assert_string_equal(c->deadline, "31-12-2026");
    assert_string_equal(c->date, "2026-05-13");
    assert_true(strncmp(c->subject, "De minister van Volkshuisvesting", 32) == 0);
    ki_refs_free(r);
    r = detect("T03987 Toezegging Uitvoeringstoets lagere regelgeving (36.471)\nDe minister van Binnenlandse Zaken "
               "en Koninkrijksrelaties zegt de Kamer, naar aanleiding van een vraag van het lid Van Bijsterveld "
               "(JA21), toe de uitvoeringstoets ook op ministeri\xc3\xable regelingen toe te passen.\nKamerstuk: "
               "Handelingen I 2025/26, nr. 20, item 5\nDatum: 10 februari 2026\nStatus: openstaand\n", NULL);
    c = only_commitment(r);
    assert_string_equal(c->date, "2026-02-10");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03987");
    ki_refs_free(r);
    /* a letter's "Datum:" line is no register label */
    r = detect("Ik zeg toe dat ik de Kamer voor de zomer informeer over het onderzoek.\n\nDatum: 2 juni 2025\n"
               "Onderwerp: iets anders\n", "2025-03-01");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_null(c->date);
    ki_refs_free(r);
    /* a question names the promise, the answer says who made it and that it is kept: one record */
    r = detect("Antwoord van minister Vermeulen (Infrastructuur en Waterstaat) (ontvangen 12 maart 2026).\n\n"
               "Vraag 4\nHerinnert u zich uw toezegging in het commissiedebat Spoor van 12 maart 2025 om met ProRail "
               "afspraken te maken over waarschuwingsborden? Wat is daarvan terechtgekomen?\n\nAntwoord 4\nIn het "
               "commissiedebat Spoor van 12 maart 2025 heeft mijn ambtsvoorganger dat toegezegd. ProRail heeft de "
               "borden in februari geplaatst; daarmee is de toezegging gestand gedaan.\n", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MIenW");
    assert_true(strncmp(c->subject, "met ProRail afspraken", 21) == 0);
    ki_refs_free(r);
    /* an entry's colon after its subject is a status, not the text */
    r = detect("- Toezegging MKGG (commissiedebat Elektriciteitsnet, d.d. 25-09-2025) over de rol van regionale "
               "energiehubs: deze wordt betrokken bij het pakket Belastingplan 2027.\n", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("Toezegging (d.d. 16-10-2025, CD Mijnbouw/Groningen): de minister van Economische Zaken informeert de "
               "Kamer over Loppersum.\n", NULL);
    c = only_commitment(r);
    assert_string_equal(c->venue, "CD Mijnbouw/Groningen");
    ki_refs_free(r);
    r = detect("Met de publicatie van de handreiking is de toezegging uit het commissiedebat Discriminatie, racisme "
               "en mensenrechten van 5 februari 2026 afgehandeld.", NULL);
    c = only_commitment(r);
    assert_string_equal(c->venue, "commissiedebat Discriminatie, racisme en mensenrechten");
    ki_refs_free(r);
    r = detect("In het commissiedebat Wonen, dat op 4 april plaatsvond, heeft de minister van Financi\xc3\xabn "
               "toegezegd de Kamer te informeren.", "2024-09-01");
    c = only_commitment(r);
    assert_string_equal(c->venue, "commissiedebat Wonen");
    ki_refs_free(r);
}

/* An entry "Toezegging WHO (WHERE, WHEN) over X: STATUS": X is the subject,
 * the status after the colon its relation */
static void test_commitment_entry_status(void **state)
{
    (void)state;
    ki_refs *r = detect("- Toezegging MKGG (commissiedebat Elektriciteitsnet, d.d. 25-09-2025) over de rol van "
                        "regionale energiehubs: in de brief wordt hierop ingegaan.\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->subject, "de rol van regionale energiehubs");
    assert_int_equal(c->relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("Toezegging MinKGG tijdens het commissiedebat Klimaat & Energie (9 april 2026) om de subsidieplafonds "
               "voor warmtenetten te herijken: hierop wordt in deze brief ingegaan.", NULL);
    c = only_commitment(r);
    assert_string_equal(c->subject, "de subsidieplafonds voor warmtenetten te herijken");
    assert_int_equal(c->relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("- Toezegging MFin in het WGO Belastingplan 2026 van 10 november 2025 over fiscale stimulering van "
               "batterijen: deze wordt betrokken bij het pakket Belastingplan 2027.\n", NULL);
    c = only_commitment(r);
    assert_string_equal(c->subject, "fiscale stimulering van batterijen");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* "over" of the venue's own name is not the subject */
    r = detect("Toezegging aan de Tweede Kamer. In het wetgevingsoverleg over dit wetsvoorstel heb ik toegezegd de "
               "Kamer te informeren. Daarmee is ook die toezegging afgedaan.", NULL);
    assert_true(r->ncommitments >= 1);
    for (size_t k = 0; k < r->ncommitments; k++)
        assert_true(!r->commitments[k].subject || strncmp(r->commitments[k].subject, "dit wetsvoorstel", 16) != 0);
    ki_refs_free(r);
}

/* Rules of review 9 that must not overreach (re-measure probes) */
static void test_review9_lookalikes(void **state)
{
    (void)state;
    /* an amount with a thousands dot is no Eerste Kamer dossier */
    ki_refs *r = detect("Het aantal woningen (10.000, NL) steeg; de kosten (15.000, AB) ook.", "2025-03-03");
    assert_int_equal(r->nkamerstukken, 0);
    ki_refs_free(r);
    r = detect("De motie-Van der Voort c.s. (35.526, BH) is aangenomen.", "2025-03-03");
    assert_int_equal(r->nkamerstukken, 1);
    assert_string_equal(r->kamerstukken[0].id, "kst-35526-BH");
    ki_refs_free(r);
    /* not yet done, or to be done, as promised */
    static const char *const notdone[] = {
        "Conform toezegging zal het onderzoek in 2025 worden afgerond.",
        "De evaluatie is nog niet conform de toezegging afgerond.",
    };
    for (size_t k = 0; k < sizeof notdone / sizeof notdone[0]; k++) {
        r = detect(notdone[k], "2025-03-03");
        for (size_t c = 0; c < r->ncommitments; c++)
            assert_int_not_equal(r->commitments[c].relation, KI_REL_SETTLED);
        ki_refs_free(r);
    }
    /* a question asked about a promise makes none */
    r = detect("De heer Jansen vraagt of ik kan toezeggen dat de regeling wordt verlengd.", "2025-03-03");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

static void test_commitment_passive(void **state)
{
    (void)state;
    static const struct {
        const char *text, *subject, *deadline;
    } made[] = {
        {"De geconstateerde uitvoeringsaspecten zullen u spoedig nagezonden worden.",
         "De geconstateerde uitvoeringsaspecten", NULL},
        {"De antwoorden op de overige vragen worden u zo spoedig mogelijk nagezonden.",
         "De antwoorden op de overige vragen", NULL},
        {"Het rapport zal na de zomer aan uw Kamer worden aangeboden.", "Het rapport", "na de zomer"},
        {"De evaluatie wordt voor 1 juli 2025 aan de Kamer toegezonden.", "De evaluatie", "voor 1 juli 2025"},
        {"De resultaten worden uw Kamer in het najaar toegestuurd.", "De resultaten", "in het najaar"},
    };
    for (size_t k = 0; k < sizeof made / sizeof made[0]; k++) {
        ki_refs *r = detect(made[k].text, "2025-03-03");
        ki_commitment *c = only_commitment(r);
        assert_int_equal(c->relation, KI_REL_MADE);
        assert_string_equal(c->subject, made[k].subject);
        if (made[k].deadline)
            assert_string_equal(c->deadline, made[k].deadline);
        else
            assert_null(c->deadline);
        ki_refs_free(r);
    }
    static const char *const none[] = {
        "Hierbij wordt u het rapport voor 1 juli toegezonden.",
        "Het wetsvoorstel is op 3 maart aan de Kamer toegezonden.",
        "Wetsvoorstellen worden na advies van de Raad van State aan de Kamer gezonden.",
        "Zal het rapport aan de Kamer worden toegezonden?",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        ki_refs *r = detect(none[k], "2025-03-03");
        if (r->ncommitments != 0)
            fail_msg("\"%s\": %zu commitments, want none", none[k], r->ncommitments);
        ki_refs_free(r);
    }
    /* late, but this letter is the one promised; another thing late is news of it */
    ki_refs *r = detect("Deze brief komt later dan toegezegd, omdat het advies later kwam.", "2025-03-03");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_null(c->subject);
    ki_refs_free(r);
    r = detect("Het rapport verschijnt later dan ik u in het commissiedebat Gevangeniswezen heb toegezegd.",
               "2025-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* a letter that is what was promised; pronouns and bare titles as who
 * promised; "de toegezegde X" */
static void test_commitment_delivered_and_pronouns(void **state)
{
    (void)state;
    const char *head = "Den Haag, 9 juli 2018\n\nGeachte voorzitter,\n\n";
    const char *sig = "\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nK.H. Ollongren\n";
    static const struct {
        const char *body, *actors;
        ki_relation rel;
    } cases[] = {
        {"Zoals eerder dit jaar toegezegd, informeer ik u via deze brief over de hoofdlijnen van het besluit.",
         "MBZK", KI_REL_SETTLED},
        {"Hierbij stuur ik u, zoals toegezegd, de evaluatie van de wet.", "MBZK", KI_REL_SETTLED},
        {"In onze brief van 26 mei 2023 hebben wij u toegezegd een nadere reactie te sturen. Deze brief bevat die "
         "nadere reactie.", "MBZK", KI_REL_SETTLED},
        {"In die brief hebben wij toegezegd een nadere reactie te sturen. Met deze brief doen wij dat.", "MBZK",
         KI_REL_SETTLED},
        {"Hierbij stuur ik u de toegezegde evaluatie van de Wet veiligheid op school.", "MBZK", KI_REL_SETTLED},
        {"De toegezegde evaluatie is vertraagd.", "MBZK", KI_REL_PROGRESS},
        /* a pronoun for the bewindspersoon named before; a bare title */
        {"In het debat sprak de minister van Sociale Zaken en Werkgelegenheid over de regeling. Zij zegde toe de "
         "Kamer voor de zomer te informeren.", "MSZW", KI_REL_CITED},
        {"In het debat sprak de minister van Sociale Zaken en Werkgelegenheid over de regeling. Wel zegde hij toe "
         "dat hij met de uitvoerders zou praten.", "MSZW", KI_REL_CITED},
        {"De minister zal de Kamer voor de zomer informeren over de evaluatie.", "MBZK", KI_REL_MADE},
        {"In het debat sprak de minister van Sociale Zaken en Werkgelegenheid over de regeling. De minister zal de "
         "Kamer voor de zomer informeren over de evaluatie.", "MSZW", KI_REL_MADE},
    };
    char text[1024];
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        snprintf(text, sizeof text, "%s%s%s", head, cases[k].body, sig);
        ki_refs *r = detect(text, NULL);
        ki_commitment *c = only_commitment(r);
        assert_actors(c, cases[k].actors);
        if (c->relation != cases[k].rel)
            fail_msg("\"%s\": relation %d, want %d", cases[k].body, (int)c->relation, (int)cases[k].rel);
        ki_refs_free(r);
    }
    /* its subject is the thing promised, not what became of it */
    snprintf(text, sizeof text, "%sDe toegezegde evaluatie van de regeling is vertraagd.%s", head, sig);
    ki_refs *r = detect(text, NULL);
    assert_string_equal(only_commitment(r)->subject, "evaluatie van de regeling");
    ki_refs_free(r);
    /* a commitment named by its subject: "de toezegging(en) over X, gedaan in ..." */
    snprintf(text, sizeof text, "%sIn deze brief ga ik in op de toezeggingen over de aangifteverlegenheid en de "
             "evaluatie van de wet, gedaan in het debat van 27 maart.%s", head, sig);
    r = detect(text, NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->subject, "de aangifteverlegenheid en de evaluatie van de wet");
    assert_string_equal(c->venue, "debat");
    assert_string_equal(c->date, "2018-03-27");
    assert_int_equal(c->relation, KI_REL_ADDRESSED);
    assert_actors(c, "MBZK");
    ki_refs_free(r);
    /* the date line is no part of the first sentence (no date guessed);
     * a footnote mark glued to a word before "toegezegd" */
    r = detect("Den Haag, 9 juli 2018\n\nZoals eerder dit jaar schriftelijk1 toegezegd, informeer ik u via deze "
               "brief over de hoofdlijnen.\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nK.H. "
               "Ollongren\n", NULL);
    c = only_commitment(r);
    assert_null(c->date);
    assert_actors(c, "MBZK");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* "vandaag" is the document's own day */
    snprintf(text, sizeof text, "%sVandaag heb ik u toegezegd schriftelijk nader te antwoorden op de vragen.%s",
             head, sig);
    r = detect(text, NULL);
    assert_string_equal(only_commitment(r)->date, "2018-07-09");
    ki_refs_free(r);
    /* a promise denied is none */
    snprintf(text, sizeof text, "%sIn het debat sprak de minister van Financi\xc3\xabn. Wel zegde hij toe dat hij "
             "met de uitvoerders zou praten; hij zegde niet toe dat hij met voorstellen zou komen.%s", head, sig);
    r = detect(text, NULL);
    assert_actors(only_commitment(r), "MFin");
    ki_refs_free(r);
    /* ministers of earlier cabinets; an AO's name in lower case */
    snprintf(text, sizeof text, "%sDe minister voor Basis- en Voortgezet Onderwijs en Media heeft toegezegd de "
             "Kamer te informeren.%s", head, sig);
    r = detect(text, NULL);
    assert_actors(only_commitment(r), "MBVOM");
    ki_refs_free(r);
    snprintf(text, sizeof text, "%sIk ga hierbij in op de toezegging om de Kamer te informeren over de "
             "productverbetering (AO preventie, Kamerstuk 32 793, nr. 171).%s", head, sig);
    r = detect(text, NULL);
    c = only_commitment(r);
    assert_actors(c, "MBZK");
    assert_string_equal(c->venue, "AO preventie");
    ki_refs_free(r);
    /* "In deze brief hebben wij toegezegd": the letter named just before */
    snprintf(text, sizeof text, "%sMet onze brief van 26 mei 20235 hebben wij u ge\xc3\xafnformeerd over het "
             "principebesluit. In deze brief hebben wij u ook toegezegd een nadere reactie te sturen.%s", head, sig);
    r = detect(text, NULL);
    c = only_commitment(r);
    assert_string_equal(c->date, "2023-05-26");
    assert_string_equal(c->venue, "brief van 26 mei 2023");
    ki_refs_free(r);
    /* "de toegezegde X" in an unsigned text is still a commitment */
    r = detect("Hierbij stuur ik u de toegezegde evaluatie van de wet.", "2024-02-01");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* "X, zoals toegezegd tijdens Y": X is what was promised, and this letter it */
    snprintf(text, sizeof text, "%sGraag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet, zoals "
             "toegezegd tijdens het commissiedebat EU-informatievoorziening van 10 februari jl.%s", head, sig);
    r = detect(text, NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->subject, "Graag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet");
    ki_refs_free(r);
    /* the active perfect settles a motion */
    r = detect("Ik heb de motie van het lid Klaver (36512, nr. 7) uitgevoerd.", "2025-03-03");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* an adverb after a lone name; ", maar" ends a clause */
    r = detect("Wij hebben de motie-Klaver volledig uitgevoerd.", "2025-03-03");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("De motie van het lid Klaver is uitgevoerd, maar de motie van het lid Bikker nog niet.",
               "2025-03-03");
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->motions[1].relation, KI_REL_PROGRESS); /* "(is) nog niet (uitgevoerd)" */
    ki_refs_free(r);
}

/* a numbered overview: each item's own "(debat, datum)" and its status */
static void test_commitment_overview_items(void **state)
{
    (void)state;
    ki_refs *r = detect("Overzicht toezeggingen\n"
                        "1. TZ202503-014 - De minister van Infrastructuur en Waterstaat stuurt de Kamer een "
                        "analyse van de spoorcapaciteit (commissiedebat Spoor, 12 maart 2025). Status: afgedaan "
                        "met deze brief.\n"
                        "2. TZ202505-102 - De minister van Infrastructuur en Waterstaat informeert de Kamer over "
                        "de stationsprojecten (commissiedebat MIRT, 20 mei 2025). Status: in behandeling, "
                        "verwacht eind 2025.\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].venue, "commissiedebat Spoor");
    assert_string_equal(r->commitments[0].date, "2025-03-12");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->commitments[1].venue, "commissiedebat MIRT");
    assert_string_equal(r->commitments[1].date, "2025-05-20");
    assert_int_equal(r->commitments[1].relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("Hiermee doe ik de toezegging gestand die ik in het commissiedebat Erfgoed van 2 oktober 2025 "
               "heb gedaan.", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->venue, "commissiedebat Erfgoed");
    assert_string_equal(c->date, "2025-10-02");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* "heb ik uw Kamer enkele toezeggingen gedaan" dates the "Ik heb toegezegd"
 * of the sections below; each takes its section's number */
static void test_commitment_sections(void **state)
{
    (void)state;
    ki_refs *r = detect("Tijdens de plenaire behandeling van het wetsvoorstel Wonen op 3 december 2025 heb ik "
                        "uw Kamer enkele toezeggingen gedaan. Met deze brief kom ik die na.\n\n"
                        "Toezegging T04101 - Huurprijzen\n\n"
                        "Ik heb toegezegd uw Kamer te informeren over de huurprijzen in de vrije sector. "
                        "Hiermee is aan die toezegging voldaan.\n\n"
                        "Toezegging T04102 - Corporaties\n\n"
                        "De corporaties hebben hun plannen ingediend. Ik heb toegezegd daarover met Aedes in "
                        "gesprek te gaan.\n", NULL);
    assert_int_equal(r->ncommitments, 2);
    for (size_t i = 0; i < 2; i++) {
        assert_string_equal(r->commitments[i].venue, "plenaire behandeling van het wetsvoorstel Wonen");
        assert_string_equal(r->commitments[i].date, "2025-12-03");
        assert_int_equal(r->commitments[i].nrefs, 1);
    }
    assert_string_equal(r->commitments[0].refs[0], "T04101");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->commitments[1].refs[0], "T04102");
    ki_refs_free(r);

    /* a key-value table under the entry; "en zeg toe" with its subject left out */
    r = detect("Toezegging T05001 - Evaluatie\n"
               "De minister van Financi\xc3\xab" "n zegt de Kamer toe de regeling te evalueren.\n"
               "| Datum toezegging | 2 februari 2024 |\n| Deadline | 1 juli 2025 |\n", NULL);
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2024-02-02");
    assert_string_equal(c->deadline, "1 juli 2025");
    ki_refs_free(r);
    /* a long clause between "zegt de Kamer" and "toe" */
    r = detect("De minister van Binnenlandse Zaken en Koninkrijksrelaties zegt de Kamer, naar aanleiding van "
               "vragen en opmerkingen van de leden Jansen (VVD), De Vries (PvdA), Bakker (CDA), Visser "
               "(GroenLinks), Smit (ChristenUnie) en Mulder (SGP), toe de wet te evalueren.", NULL);
    assert_actors(only_commitment(r), "MBZK");
    ki_refs_free(r);
    r = detect("Ik ben bereid de mantelzorgers in de evaluatie te betrekken en zeg toe uw Kamer daarover eind "
               "2026 te berichten.", NULL);
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "eind 2026");
    ki_refs_free(r);
}

/* ---- motions, review 10 ---- */

static void expect_sponsors(const ki_motion *m, const char *const *names, const char *const *parties, size_t k)
{
    assert_int_equal(m->nsponsors, k);
    for (size_t i = 0; i < k; i++) {
        assert_string_equal(m->sponsors[i].name, names[i]);
        if (parties[i])
            assert_string_equal(m->sponsors[i].party, parties[i]);
        else
            assert_null(m->sponsors[i].party);
    }
}

/* "van de heer X en mevrouw Y": a title before every sponsor; the speaker
 * ("mij", "ondergetekende") is the member whose label the text gives, and
 * left out when it gives none */
static void test_motion_review10_debate_sponsors(void **state)
{
    (void)state;
    ki_refs *r = detect("De motie van de heer Jansen en mevrouw Pietersen (CDA) over de wachtlijsten is uitgevoerd.",
                        NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Jansen", "Pietersen"}, (const char *const[]){NULL, "CDA"},
                    2);
    assert_string_equal(r->motions[0].subject, "de wachtlijsten");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* no speaker label: the named co-sponsor only */
    r = detect("De motie van mevrouw Kuik en mij over de pardonners is uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Kuik"}, (const char *const[]){NULL}, 1);
    assert_string_equal(r->motions[0].subject, "de pardonners");
    ki_refs_free(r);
    r = detect("Er ligt een aangenomen motie van mij en de heer Irrgang.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Irrgang"}, (const char *const[]){NULL}, 1);
    ki_refs_free(r);
    /* the label alone on its line, or before the words on its line */
    r = detect("De heer Jasper van Dijk (SP):\nVoorzitter. Er ligt een eerder aangenomen motie van mevrouw Van "
               "Toorenburg en ondergetekende over naturalisatie.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Van Toorenburg", "Jasper van Dijk"},
                    (const char *const[]){NULL, "SP"}, 2);
    assert_string_equal(r->motions[0].subject, "naturalisatie");
    ki_refs_free(r);
    r = detect("De heer Vendrik (GroenLinks): Voorzitter. Ik moet weg.\nEr ligt een aangenomen motie van mij en de "
               "heer Irrgang over de informatiepositie.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Vendrik", "Irrgang"},
                    (const char *const[]){"GroenLinks", NULL}, 2);
    assert_string_equal(r->motions[0].subject, "de informatiepositie");
    ki_refs_free(r);
    /* the chair speaks: no member to name */
    r = detect("De voorzitter:\nDe motie van mevrouw Kuik en mij over de pardonners is uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Kuik"}, (const char *const[]){NULL}, 1);
    ki_refs_free(r);
    /* a motion read out: its co-sponsor named before it */
    static const char *const read[] = {
        "De heer Van Dijk (SP):\nVoorzitter. Met mevrouw Kuik dien ik de volgende motie in.\n\nMotie\n\nDe Kamer,\n\n"
        "gehoord de beraadslaging,\n\nverzoekt de regering de pardonners te helpen,\n\nen gaat over tot de orde van "
        "de dag.\n",
        "De heer Van Dijk (SP):\nVoorzitter. Mede namens mevrouw Kuik dien ik de volgende motie in.\n\nMotie\n\nDe "
        "Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de pardonners te helpen,\n\nen gaat over tot de "
        "orde van de dag.\n",
    };
    for (size_t i = 0; i < sizeof read / sizeof read[0]; i++) {
        r = detect(read[i], NULL);
        assert_int_equal(r->nmotions, 1);
        expect_sponsors(&r->motions[0], (const char *const[]){"Van Dijk", "Kuik"}, (const char *const[]){"SP", NULL},
                        2);
        ki_refs_free(r);
    }
    /* "en mijn ...", "Met mevrouw Kuik heb ik gesproken": no sponsor */
    r = detect("De motie-Jansen en mijn brief van 3 mei gaan over hetzelfde.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Jansen"}, (const char *const[]){NULL}, 1);
    ki_refs_free(r);
    r = detect("De heer Van Dijk (SP):\nVoorzitter. Met mevrouw Kuik heb ik gesproken.\n\nMotie\n\nDe Kamer,\n\n"
               "verzoekt de regering de pardonners te helpen,\n\nen gaat over tot de orde van de dag.\n", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Van Dijk"}, (const char *const[]){"SP"}, 1);
    ki_refs_free(r);
}

/* the members who moved a motion as the subject of its sentence, and the
 * subject after "ingediend" */
static void test_motion_review10_moved_by_subject(void **state)
{
    (void)state;
    ki_refs *r = detect("De leden Boomsma (JA21) en van der Plas (BBB) hebben vorige week een motie ingediend over de "
                        "inzet van de visserij (Kamerstuk 21501-32-1740).", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-21501-32-1740");
    expect_sponsors(&r->motions[0], (const char *const[]){"Boomsma", "Van der Plas"},
                    (const char *const[]){"JA21", "BBB"}, 2);
    assert_string_equal(r->motions[0].subject, "de inzet van de visserij");
    ki_refs_free(r);
    r = detect("Vorige week hebben de leden Jansen (CDA) en Bikker (CU) een motie over de zorg ingediend.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Jansen", "Bikker"}, (const char *const[]){"CDA", "CU"}, 2);
    assert_string_equal(r->motions[0].subject, "de zorg");
    ki_refs_free(r);
    /* a member who only speaks of a motion moved it not */
    r = detect("De heer Jansen heeft gevraagd naar de motie (36512, nr. 76).", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 0);
    ki_refs_free(r);
}

/* the subject of a motion known by it stops before the verb; "Die motie"
 * in the next sentence speaks of it */
static void test_motion_review10_subject_stops(void **state)
{
    (void)state;
    static const struct {
        const char *text, *subject;
        ki_relation rel;
    } cases[] = {
        {"Het debat over de motie over de bekostiging van het mbo duurde lang.", "de bekostiging van het mbo",
         KI_REL_CITED},
        {"Op 3 maart 2023 heeft de Kamer de motie over de woningbouw aangenomen. Die motie heb ik uitgevoerd.",
         "de woningbouw", KI_REL_SETTLED},
        {"Ik heb de motie over de woningbouw uitgevoerd.", "de woningbouw", KI_REL_SETTLED},
        {"Het kabinet heeft de motie over de rechten van gedetineerden uitgevoerd.", "de rechten van gedetineerden",
         KI_REL_SETTLED},
        /* a participle after an article is an adjective, a plural without a
         * modal before it a noun */
        {"De motie over het aangenomen voorstel is uitgevoerd.", "het aangenomen voorstel", KI_REL_SETTLED},
        {"De motie over de staat van de dijken is uitgevoerd.", "de staat van de dijken", KI_REL_SETTLED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_refs *r = detect(cases[i].text, NULL);
        assert_int_equal(r->nmotions, 1);
        assert_non_null(r->motions[0].subject);
        assert_string_equal(r->motions[0].subject, cases[i].subject);
        assert_int_equal(r->motions[0].relation, cases[i].rel);
        ki_refs_free(r);
    }
    /* after its number; an infinitive after a modal ends it */
    ki_refs *r = detect("De motie (36512, nr. 76) over de huurtoeslag is uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "de huurtoeslag");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("Hoe gaat de minister de motie-Grinwis (Kamerstuk 33 037, nr. 598) over regionale mestverwerking "
               "versnellen?", NULL);
    assert_string_equal(r->motions[0].subject, "regionale mestverwerking");
    ki_refs_free(r);
    r = detect("de motie van het lid Heerema over de landelijke basisnormen hoogbegaafden;", NULL);
    assert_string_equal(r->motions[0].subject, "de landelijke basisnormen hoogbegaafden");
    ki_refs_free(r);
}

/* "als voldaan aangemerkt"; a second motion in an elliptic clause takes the
 * other clause's verb, turned */
static void test_motion_review10_contrast_and_status(void **state)
{
    (void)state;
    ki_refs *r = detect("De motie-Van der Voort c.s. (35.526, BH) is als voldaan aangemerkt.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35526-BH");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    static const struct {
        const char *text;
        ki_relation a, b;
    } cases[] = {
        {"De motie-Pietersen is nog niet uitgevoerd, maar de motie-Jansen wel.", KI_REL_PROGRESS, KI_REL_SETTLED},
        {"De motie-Pietersen is niet uitgevoerd, maar de motie-Jansen wel.", KI_REL_CITED, KI_REL_SETTLED},
        {"De motie-Pietersen is uitgevoerd, maar de motie-Jansen nog niet.", KI_REL_SETTLED, KI_REL_PROGRESS},
        {"De motie-Pietersen is uitgevoerd, maar de motie-Jansen niet.", KI_REL_SETTLED, KI_REL_CITED},
        {"De motie-Pietersen is uitgevoerd, maar de motie-Jansen is aangehouden.", KI_REL_SETTLED, KI_REL_CITED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        r = detect(cases[i].text, NULL);
        assert_int_equal(r->nmotions, 2);
        assert_string_equal(r->motions[0].sponsors[0].name, "Pietersen");
        assert_int_equal(r->motions[0].relation, cases[i].a);
        assert_int_equal(r->motions[1].relation, cases[i].b);
        ki_refs_free(r);
    }
    /* "geen uitvoering wordt gegeven aan die motie" settles nothing */
    r = detect("De motie-Jansen is aangenomen. Met de brief wordt geen uitvoering gegeven aan die motie.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* several motions named by one bracket of numbers; done and not yet done;
 * an indirect question */
static void test_motion_review10_lists_and_questions(void **state)
{
    (void)state;
    ki_refs *r = detect("Derde voortgangsrapportage over de uitvoering van de moties over risicomodellen (Kamerstuk "
                        "35510-21 en Kamerstuk 35510-16)", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35510-21");
    assert_string_equal(r->motions[1].kamerstuk, "kst-35510-16");
    ki_refs_free(r);
    r = detect("Ik heb de moties (35510-21, 35510-16 en 35510-17) uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 3);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(r->motions[i].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("De motie-Jansen (36512, nr. 76) vraagt om een rapportage. Aan de motie wordt daarmee uitvoering "
               "gegeven; zij is nog niet afgerond.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("De heer Jansen heeft gevraagd of de motie over de zorg is uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    r = detect("Mevrouw Bikker vraagt wanneer de motie-Jansen (36512, nr. 76) wordt uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    /* a lone name before "heb" is a sponsor, as before "heeft" */
    r = detect("De Kamer vraagt of ik de motie-Jansen heb uitgevoerd.", NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Jansen");
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* a motion moved as told in narrative ("Door het lid X is een motie
 * ingediend", "kondigde het lid X een motie aan"), the speaker's own
 * ("mijn motie"), and the motion a relative clause says was replaced */
static void test_motion_review10_narrative(void **state)
{
    (void)state;
    ki_refs *r = detect("Door het lid Tielen (VVD) is een motie ingediend over de digitale gegevensuitwisseling in de "
                        "zorg; deze is aangenomen.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Tielen"}, (const char *const[]){"VVD"}, 1);
    assert_string_equal(r->motions[0].subject, "de digitale gegevensuitwisseling in de zorg");
    ki_refs_free(r);
    r = detect("In het debat kondigde het lid Bontenbal een motie aan over de aanleg van een tweede kerncentrale; die "
               "motie is later aangehouden.", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Bontenbal"}, (const char *const[]){NULL}, 1);
    assert_string_equal(r->motions[0].subject, "de aanleg van een tweede kerncentrale");
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    /* "mijn motie": the member whose label is above, none in a letter;
     * without the label's party (the motion's words give none) */
    r = detect("De heer Wolthuis (CDA):\nVoorzitter. In november nam de Kamer mijn motie aan over maximale "
               "wachttijden in de jeugd-GGZ (31839, nr. 1012).", NULL);
    assert_int_equal(r->nmotions, 1);
    expect_sponsors(&r->motions[0], (const char *const[]){"Wolthuis"}, (const char *const[]){NULL}, 1);
    assert_string_equal(r->motions[0].subject, "maximale wachttijden in de jeugd-GGZ");
    ki_refs_free(r);
    r = detect("Ik verwijs naar mijn motie over de zorg.", NULL);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
    /* "die de motie op nr. 1297 verving": a motion of its own, only named */
    r = detect("Met de nieuwe regeling is voldaan aan de motie-Graus (Kamerstuk 28 286, nr. 1310), die de motie op "
               "nr. 1297 verving.", NULL);
    assert_int_equal(r->nmotions, 2);
    assert_string_equal(r->motions[0].kamerstuk, "kst-28286-1310");
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->motions[1].kamerstuk, "kst-28286-1297");
    assert_int_equal(r->motions[1].relation, KI_REL_CITED);
    ki_refs_free(r);
}

static int setup(void **state)
{
    (void)state;
    ki_err err;
    return ki_detector_new(&det, &err) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    ki_detector_free(det);
    return 0;
}

/* A long document's motions are matched by their Kamerstuk through an
 * index (more than 48 motions): the records of three mentions after sixty
 * other motions are those of the three alone.  The first names the motion
 * without its number, the second gives the number (the first takes it), the
 * third repeats the number. */
static void motion_records_after_many(ki_refs *r, size_t from)
{
    assert_int_equal(r->nmotions, from + 2);
    const ki_motion *a = &r->motions[from], *b = &r->motions[from + 1];
    assert_string_equal(a->kamerstuk, "kst-31839-700");
    assert_int_equal(a->nsponsors, 1);
    assert_string_equal(a->sponsors[0].name, "Jansen");
    assert_string_equal(a->subject, "de wachttijden in de jeugdzorg");
    assert_int_equal(a->relation, KI_REL_SETTLED);
    assert_string_equal(a->text, "motie-Jansen");
    assert_string_equal(b->kamerstuk, "kst-31839-701");
    assert_string_equal(b->sponsors[0].name, "Bakker");
}

/* kd_sent_end() keeps a scan's answer for the places after pos that it
 * holds for: not past an opening quote, inside which a '.' that the scan
 * from pos passed (the quote open) ends the sentence for a place after the
 * quote mark.  Asked in that order, each answer must be its own. */
static void test_sentence_end_span(void **state)
{
    (void)state;
    const char *t = "Hij zei \xe2\x80\x98" "dit is klaar. Echt waar\xe2\x80\x99 en ging weg. Daarna iets anders.";
    size_t n = strlen(t);
    kd_sent_new_text();
    size_t whole = (size_t)(strstr(t, "weg.") - t) + 4;
    size_t inner = (size_t)(strstr(t, "klaar.") - t) + 6;
    size_t dit = (size_t)(strstr(t, "dit") - t), hij = (size_t)(strstr(t, "zei") - t);
    assert_int_equal(kd_sent_end(t, n, 0), whole);
    assert_int_equal(kd_sent_end(t, n, dit), inner); /* after the quote mark */
    assert_int_equal(kd_sent_end(t, n, hij), whole);
    /* without a quote the places of one sentence share the answer */
    const char *u = "De minister zal de Kamer voor de zomer informeren. Daarna volgt meer.";
    size_t un = strlen(u), ue = (size_t)(strstr(u, "informeren.") - u) + 11;
    kd_sent_new_text();
    assert_int_equal(kd_sent_end(u, un, 0), ue);
    assert_int_equal(kd_sent_end(u, un, 12), ue);
    assert_int_equal(kd_sent_end(u, un, ue - 1), ue);
    assert_int_equal(kd_sent_end(u, un, ue + 1), un);
}

static void test_motion_dedup_many(void **state)
{
    (void)state;
    const char *tail = "De motie-Jansen over de wachttijden in de jeugdzorg vraagt om een plan. De motie-Jansen "
                       "c.s. (Kamerstuk 31839, nr. 700) heb ik met deze brief uitgevoerd. Ook de motie van het "
                       "lid Bakker (Kamerstuk 31839, nr. 701) over de tarieven is uitgevoerd. De motie 31839-700 "
                       "noemde ik al.\n";
    char text[16384];
    size_t o = (size_t)snprintf(text, sizeof text, "Geachte voorzitter,\n\n");
    ki_refs *r = detect(strcat(text, tail), "2025-06-15");
    motion_records_after_many(r, 0);
    ki_refs_free(r);
    for (int k = 0; k < 60; k++)
        o += (size_t)snprintf(text + o, sizeof text - o,
                              "De motie van het lid Pietersen (Kamerstuk 21501, nr. %d) is aangehouden.\n", 100 + k);
    assert_true(o + strlen(tail) < sizeof text);
    strcpy(text + o, tail);
    r = detect(text, "2025-06-15");
    motion_records_after_many(r, 60);
    for (size_t k = 0; k < 60; k++)
        assert_int_equal(r->motions[k].nsponsors, 1);
    ki_refs_free(r);
}

/* A gewijzigde motie ("Zij krijgt nr. 712, was nr. 700", or only "Zij
 * krijgt nr. 712" after "is in die zin gewijzigd") takes the sponsors of the
 * motion it changes, also after sixty other motions, where that motion is
 * found by indexes (more than 48 motions). */
static void changed_after(const char *tail, int fillers)
{
    char text[16384];
    size_t o = 0;
    for (int k = 0; k < fillers; k++)
        o += (size_t)snprintf(text + o, sizeof text - o,
                              "De motie van het lid Pietersen (Kamerstuk 21501, nr. %d) is aangehouden.\n", 100 + k);
    assert_true(o + strlen(tail) < sizeof text);
    strcpy(text + o, tail);
    ki_refs *r = detect(text, "2025-06-15");
    assert_int_equal(r->nmotions, (size_t)fillers + 2);
    const ki_motion *a = &r->motions[fillers], *b = &r->motions[fillers + 1];
    assert_string_equal(a->kamerstuk, "kst-31839-700");
    assert_string_equal(b->kamerstuk, "kst-31839-712");
    assert_int_equal(b->nsponsors, 1);
    assert_string_equal(b->sponsors[0].name, "Jansen");
    assert_string_equal(b->subject, "de wachttijden in de jeugdzorg te halveren");
    ki_refs_free(r);
}

static void test_motion_changed_many(void **state)
{
    (void)state;
    const char *was = "Aan de orde is de stemming over de moties.\n\nDe motie-Jansen c.s. (31839, nr. 700) is in "
                      "die zin gewijzigd dat zij thans luidt:\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt "
                      "de regering, de wachttijden in de jeugdzorg te halveren,\n\nen gaat over tot de orde van de "
                      "dag.\n\nZij krijgt nr. 712, was nr. 700 (31839).\n";
    const char *near = "Aan de orde is de stemming over de moties.\n\nDe motie-Jansen c.s. (31839, nr. 700) is in "
                       "die zin gewijzigd dat zij thans luidt:\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt "
                       "de regering, de wachttijden in de jeugdzorg te halveren,\n\nen gaat over tot de orde van de "
                       "dag.\n\nZij krijgt nr. 712 (31839).\n";
    changed_after(was, 0);
    changed_after(was, 60);
    changed_after(near, 0);
    changed_after(near, 60);
}

/* A table row joins the body's record of its date also after sixty other
 * records (more than 48: merge_rows() then finds the records of a date by
 * an index). */
static void test_commitment_row_after_many(void **state)
{
    (void)state;
    char text[20000];
    size_t o = 0;
    for (int k = 0; k < 60; k++)
        o += (size_t)snprintf(text + o, sizeof text - o,
                              "In het commissiedebat Wonen van 3 maart 2023 heeft de minister van Binnenlandse "
                              "Zaken en Koninkrijksrelaties toegezegd de Kamer te informeren over regio %d.\n\n",
                              k + 1);
    const char *tail = "In het commissiedebat Politie van 2 oktober 2024 heeft de minister van Justitie en "
                       "Veiligheid toegezegd uw Kamer te informeren over de wijkagenten.\n\n"
                       "| Nr. | Toezegging | Vindplaats | Stand van zaken |\n"
                       "| 10 | TZ202410-101: de Kamer voor 1 maart 2025 informeren over de wijkagenten | "
                       "Commissiedebat Politie, 2 oktober 2024 | Afgedaan met deze brief |\n";
    assert_true(o + strlen(tail) < sizeof text);
    strcpy(text + o, tail);
    ki_refs *r = detect(text, NULL);
    assert_int_equal(r->ncommitments, 61);
    ki_commitment *c = &r->commitments[60];
    assert_string_equal(c->actors[0], "MJenV");
    assert_string_equal(c->date, "2024-10-02");
    assert_string_equal(c->deadline, "voor 1 maart 2025");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202410-101");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Session 11 (lead): a stenogram's bare yes ("Ja, dat kan ik toezeggen.")
 * answers the question its topic names, turns before; a yes whose term
 * follows in the next sentence; the meeting the chair opened is where
 * promises in it are made */
static void test_commitment_answers_named_question(void **state)
{
    (void)state;
    ki_refs *r = detect("ONGECORRIGEERD STENOGRAM\n\nDe voorzitter:\nGoedemiddag. Ik open dit commissiedebat over "
                        "het spoorgoederenvervoer.\n\nDe heer Bakker (CDA):\nVoorzitter. Hoe staat het met de "
                        "geluidsschermen? En kan de staatssecretaris toezeggen dat zij de Kamer voor 1 april 2027 "
                        "informeert over het onderhoud van de Betuweroute?\n\nMevrouw Smit (D66):\nKan de "
                        "staatssecretaris toezeggen dat zij ons jaarlijks over de geluidsschermen schrijft?\n\n"
                        "Staatssecretaris Van Dijk:\nDank u wel, voorzitter. Dan de vraag over de Betuweroute. Ja, "
                        "dat kan ik toezeggen.\n",
                        "2026-12-02");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_non_null(c->deadline);
    assert_string_equal(c->deadline, "voor 1 april 2027");
    assert_string_equal(c->subject, "zij de Kamer voor 1 april 2027 informeert over het onderhoud van de Betuweroute");
    assert_non_null(c->venue);
    assert_string_equal(c->venue, "commissiedebat over het spoorgoederenvervoer");
    ki_refs_free(r);
    /* the topic names no question that asked for a promise: the sentence
     * before is what was promised */
    r = detect("Minister Jansen:\nDan de vraag over de wachtlijsten. Ja, dat kan ik toezeggen.\n", "2026-12-02");
    c = only_commitment(r);
    assert_null(c->deadline);
    assert_string_equal(c->subject, "Dan de vraag over de wachtlijsten");
    ki_refs_free(r);
    /* the term in the sentence after the yes, said to the Kamer */
    r = detect("Minister Jansen:\nDe heer Pieters vroeg naar de kosten voor kleine gemeenten. Dat zeg ik toe. Voor 1 "
               "juli 2027 ontvangt uw Kamer een overzicht per gemeente.\n",
               "2026-12-02");
    c = only_commitment(r);
    assert_non_null(c->deadline);
    assert_string_equal(c->deadline, "Voor 1 juli 2027");
    ki_refs_free(r);
    /* a next sentence that does not speak to the Kamer gives no term */
    r = detect("Minister Jansen:\nDe heer Pieters vroeg naar de kosten voor kleine gemeenten. Dat zeg ik toe. Voor 1 "
               "juli 2027 moeten de gemeenten hun begroting rond hebben.\n",
               "2026-12-02");
    assert_null(only_commitment(r)->deadline);
    ki_refs_free(r);
}

/* Session 11 (lead): "Ook heeft de minister toegezegd" after a dated
 * promise of the same minister (the minister named last, not the first of
 * a "mede namens" list); a footnote mark at a line's end after "jl."; a
 * paragraph that ends before a footnote rule; "Op die verkenning ga ik
 * hieronder in, omdat ..." */
static void test_commitment_also_and_taken_up(void **state)
{
    (void)state;
    const char *letter =
        "Den Haag, 9 februari 2027\n\n"
        "Mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties en de minister van Justitie en "
        "Veiligheid informeer ik u over de uitvoering.\n\n"
        "Kosten\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties heeft tijdens de behandeling op 15 "
        "december jl. toegezegd een overzicht te sturen van de kosten per gemeente. Dat overzicht is bijgevoegd.\n\n"
        "Evaluatie\nOok heeft de minister toegezegd de wet binnen drie jaar te laten evalueren.\n\n"
        "Daarnaast zeg ik uw Kamer toe dat ik in het najaar van 2027 een tussenstand stuur.\n\n"
        "Over de samenhang verwijs ik naar mijn brief van 26 januari jl. 3\n\n"
        "Ondermijning\nDe minister van Justitie en Veiligheid heeft in het commissiedebat Ondermijning van 4 "
        "november 2026 toegezegd te verkennen welke rol rekenkamers kunnen spelen. Op die verkenning ga ik "
        "hieronder in, omdat ook uw Kamer ernaar vroeg.\n\n"
        "________\n1 Handelingen I 2026/27, nr. 11, item 5\n2 Kamerstukken I 2026/27, 36 702, F\n"
        "3 Kamerstukken I 2026/27, 36 702, G\n4 Kamerstukken II 2026/27, 29 911, nr. 412\n"
        "5 Kamerstukken II 2026/27, 29 911, nr. 413\n6 Kamerstukken II 2026/27, 29 911, nr. 414\n";
    ki_refs *r = detect(letter, "2027-02-09");
    assert_int_equal(r->ncommitments, 4);
    ki_commitment *c = &r->commitments[1];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MBZK");
    assert_non_null(c->date);
    assert_string_equal(c->date, "2026-12-15");
    /* made now: no date of the earlier one */
    c = &r->commitments[2];
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_null(c->date);
    /* the sentence starts after "jl. 3": its venue is its own */
    c = &r->commitments[3];
    assert_string_equal(c->venue, "commissiedebat Ondermijning");
    assert_string_equal(c->date, "2026-11-04");
    assert_int_equal(c->relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
    /* "Op dit moment ga ik daar niet op in" takes nothing up */
    r = detect("De minister van Justitie en Veiligheid heeft in het commissiedebat Ondermijning van 4 november 2026 "
               "toegezegd te verkennen welke rol rekenkamers kunnen spelen. Op dit moment ga ik daar niet op in.",
               "2027-02-09");
    assert_int_equal(only_commitment(r)->relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* Session 11 (lead): promises of a provincie, its staten, a griffier are
 * no commitments of a bewindspersoon; one made to them is */
static void test_commitment_by_other_bodies(void **state)
{
    (void)state;
    const char *none[] = {
        "Het kabinet heeft de provincies gevraagd mee te werken; de provincie Limburg heeft toegezegd in 2027 "
        "twee extra locaties te openen.",
        "Besluit: Vastgesteld. De griffier zegt toe de leden voor het einde van de week het jaarrooster te sturen.",
        "De brief van de provincie\nGedeputeerde Staten vragen het Rijk bij te dragen aan de veerboten. Zij hebben "
        "toegezegd de aanbesteding in het voorjaar van 2027 te starten.",
        "De Rekenkamer beveelt aan de financiering zeker te stellen. De Rekenkamer zegt toe in 2029 een "
        "vervolgonderzoek te doen.",
    };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        ki_refs *r = detect(none[i], "2027-01-15");
        assert_int_equal(r->ncommitments, 0);
        ki_refs_free(r);
    }
    /* made to a provincie, or by the minister with it */
    ki_refs *r = detect("De minister van Infrastructuur en Waterstaat heeft de provincie Zeeland toegezegd de Kamer voor "
                        "de zomer te informeren.", "2027-01-15");
    assert_string_equal(only_commitment(r)->actors[0], "MIenW");
    ki_refs_free(r);
    r = detect("Tijdens het overleg met de provincie heb ik toegezegd de Kamer voor de zomer te informeren.",
               "2027-01-15");
    assert_int_equal(r->ncommitments, 1);
    ki_refs_free(r);
}

/* Session 11 (lead): a later sentence of the paragraph that names what was
 * promised again and says work on it is under way: progress */
static void test_commitment_progress_named_again(void **state)
{
    (void)state;
    ki_refs *r = detect("Ook heeft de minister van Binnenlandse Zaken en Koninkrijksrelaties toegezegd de wet binnen drie "
                        "jaar te laten evalueren. De wet treedt op 1 juli 2027 in werking. De opzet van de evaluatie "
                        "wordt nu uitgewerkt; het onderzoek zelf start in 2029.",
                        "2027-02-09");
    assert_int_equal(only_commitment(r)->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* under way, but something else */
    r = detect("Ook heeft de minister van Binnenlandse Zaken en Koninkrijksrelaties toegezegd de wet binnen drie "
               "jaar te laten evalueren. De bouw van het nieuwe archief is gestart.",
               "2027-02-09");
    assert_int_equal(only_commitment(r)->relation, KI_REL_CITED);
    ki_refs_free(r);
    /* named again, but not started */
    r = detect("Ook heeft de minister van Binnenlandse Zaken en Koninkrijksrelaties toegezegd de wet binnen drie "
               "jaar te laten evalueren. De evaluatie is nog niet gestart.",
               "2027-02-09");
    assert_int_equal(only_commitment(r)->relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* Session 11 (lead): minutes and letters that report a promise made
 * elsewhere: a verslag's promise at another, dated meeting; "invulling aan
 * de toezegging gedaan tijdens ..."; "zegt in de brief toe"; "; dat gebeurt
 * in deze geannoteerde agenda" */
static void test_commitment_made_elsewhere(void **state)
{
    (void)state;
    const char *minutes =
        "BESLUITENLIJST PROCEDUREVERGADERING\nDatum: woensdag 13 januari 2027\n\n"
        "2. Agendapunt: Voortgang aanpak ondermijning\n"
        "Zaak: Brief regering - minister van Justitie en Veiligheid - 5 januari 2027\n"
        "Noot: Met deze brief geeft de minister invulling aan de toezegging gedaan tijdens het commissiedebat "
        "Georganiseerde criminaliteit van 2 oktober 2026.\n\n"
        "3. Agendapunt: Slachtoffers van mensenhandel\n"
        "Zaak: Brief regering - staatssecretaris van Justitie en Veiligheid - 8 januari 2027\n"
        "Noot: De staatssecretaris zegt in de brief toe de Kamer voor 1 mei 2027 te informeren over de evaluatie.\n\n"
        "6. Agendapunt: Geannoteerde agenda JBZ-Raad\n"
        "Noot: De minister heeft in het commissiedebat JBZ-Raad van 4 december 2026 toegezegd de Kamer te "
        "informeren over de inzet op het e-evidencepakket; dat gebeurt in deze geannoteerde agenda.\n";
    ki_refs *r = detect(minutes, "2027-01-14");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MJenV");
    assert_string_equal(c->date, "2026-10-02");
    c = &r->commitments[1];
    assert_int_equal(c->relation, KI_REL_CITED);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJenV");
    c = &r->commitments[2];
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->date, "2026-12-04");
    ki_refs_free(r);
    /* "wordt de toezegging gedaan tijdens X afgedaan": settled, not made */
    r = detect("Ministerie van Binnenlandse Zaken\n\nnota\nAan de minister\nDatum 3 maart 2024\n\nGeadviseerd "
               "besluit\nU wordt geadviseerd de brief te ondertekenen. Met deze brief wordt de toezegging gedaan tijdens "
               "het commissiedebat Digitale overheid van 7 februari 2024 afgedaan.\n", "2024-03-03");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* promised in this letter ("in deze brief"), or made in the meeting a
     * verslag reports: made */
    r = detect("Den Haag, 14 januari 2027\n\nIk zeg in deze brief toe de Kamer voor 1 mei 2027 te informeren over de "
               "evaluatie.\n", "2027-01-14");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
    r = detect("VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 20 januari 2027\n\nDe vaste commissie voor Justitie en "
               "Veiligheid heeft op 13 januari 2027 overleg gevoerd met de minister van Justitie en Veiligheid over "
               "de politie.\n\nDe minister heeft in het commissiedebat van 13 januari 2027 toegezegd de Kamer voor de "
               "zomer te informeren over de wachttijden.\n", "2027-01-20");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* Session 11 (lead): who and where when a text names them once: a nota's
 * "Aan   Staatssecretaris BZK" beside the margin; "In de brief zegt u toe"
 * in a beslisnota; "Tijdens het tweeminutendebat" after the text named it
 * with its day; "In hetzelfde debat"; "de toezegging van de
 * staatssecretaris" in the minister's text */
static void test_commitment_named_once(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n\nnota                        Directie DS\n"
                        "Aan       Staatssecretaris BZK          Den Haag\n          (Digitalisering)\n"
                        "Datum     12 november 2026\nTer beslissing\n\n1. Geadviseerd besluit\nWij adviseren u in te "
                        "stemmen met bijgevoegde Kamerbrief.\n\n4. Toezeggingen\nUw ambtsvoorganger heeft op 7 "
                        "februari 2026 in het WGO Digitale zaken toegezegd een evaluatie te laten uitvoeren.\n\n"
                        "In de brief zegt u bovendien toe de Kamer voor 1 juli 2027 te informeren over de "
                        "toegankelijkheid van overheidswebsites.\n",
                        "2026-11-12");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].actors[0], "SBZK");
    assert_string_equal(r->commitments[1].actors[0], "u");
    assert_int_equal(r->commitments[1].relation, KI_REL_MADE);
    ki_refs_free(r);
    r = detect("Den Haag, 15 december 2026\n\nOp 19 november jl. heeft het tweeminutendebat Mestbeleid plaatsgevonden. "
               "Tijdens dat debat zijn zes moties ingediend.\n\nIn het commissiedebat Mestbeleid d.d. 01/10 heb ik "
               "toegezegd een toets te laten uitvoeren. In hetzelfde debat heeft de staatssecretaris van "
               "Infrastructuur en Waterstaat toegezegd de gebieden in kaart te brengen.\n\nTijdens het "
               "tweeminutendebat heb ik toegezegd de Kamer voor de kerst te informeren over de derogatie.\n\n"
               "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n",
               "2026-12-15");
    assert_int_equal(r->ncommitments, 3);
    assert_string_equal(r->commitments[1].venue, "commissiedebat Mestbeleid");
    assert_string_equal(r->commitments[1].date, "2026-10-01");
    assert_string_equal(r->commitments[2].venue, "tweeminutendebat Mestbeleid");
    assert_string_equal(r->commitments[2].date, "2026-11-19");
    ki_refs_free(r);
    r = detect("Den Haag, 19 januari 2027\n\nDe leden vragen naar de toezegging van de staatssecretaris tijdens het "
               "tweeminutendebat Arbeidsmarktbeleid (d.d. 07/12) om de Kamer te informeren over de handhaving.\n\n"
               "De minister van Sociale Zaken en Werkgelegenheid,\n",
               "2027-01-19");
    assert_string_equal(only_commitment(r)->actors[0], "SSZW");
    ki_refs_free(r);
}

/* Session 11 (lead): "voor de plenaire behandeling van dit wetsvoorstel"
 * is one deadline; "Hij heeft die toezegging nagekomen met zijn brief"
 * settles it */
static void test_commitment_bill_term_and_kept(void **state)
{
    (void)state;
    ki_refs *r = detect("Tijdens het WGO Water d.d. 30/11 heb ik toegezegd voor de plenaire behandeling van dit "
                        "wetsvoorstel in te gaan op die rol.", "2027-01-20");
    assert_string_equal(only_commitment(r)->deadline, "voor de plenaire behandeling van dit wetsvoorstel");
    ki_refs_free(r);
    r = detect("De minister van VRO heeft in het commissiedebat Ruimtelijke ordening van 14 oktober 2026 toegezegd de "
               "Kamer te informeren over de ruimte voor waterveiligheid. Hij heeft die toezegging nagekomen met zijn "
               "brief van 20 januari jl.", "2027-01-20");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("De minister van VRO heeft in het commissiedebat Ruimtelijke ordening van 14 oktober 2026 toegezegd de "
               "Kamer te informeren over de ruimte voor waterveiligheid. Hij heeft die toezegging nog niet nagekomen.",
               "2027-01-20");
    assert_int_equal(only_commitment(r)->relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* Session 11 (lead): a promise with its time after a sentence on motions
 * and commitments in general is the letter's own (not the next step of
 * an item named before) */
static void test_commitment_after_items_in_general(void **state)
{
    (void)state;
    const char *texts[] = {
        "Den Haag, 11 februari 2027\n\nGeachte voorzitter,\n\nTwee keer per jaar informeer ik uw Kamer over de stand "
        "van zaken van de moties en toezeggingen. Per motie en toezegging is aangegeven of die met deze brief wordt "
        "afgedaan. Het volgende overzicht ontvangt u voor 1 juli 2027.\n\nDe Minister van Volkshuisvesting en "
        "Ruimtelijke Ordening,\n",
    };
    ki_refs *r = detect(texts[0], "2027-02-11");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "voor 1 juli 2027");
    ki_refs_free(r);
    /* after one motion named: its next step, no promise of its own */
    r = detect("Den Haag, 11 februari 2027\n\nGeachte voorzitter,\n\nDe motie van het lid De Hoop over sociale huur "
               "(Kamerstuk 32 847, nr. 1221) is in uitvoering. Het volgende overzicht ontvangt u voor 1 juli 2027.\n\n"
               "De Minister van Volkshuisvesting en Ruimtelijke Ordening,\n",
               "2027-02-11");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* Session 11 (lead): a begroting's list of promises under labels
 * ("Toezegging: De minister zegt toe ...", "Gedaan tijdens:", "Stand van
 * zaken: ... Afgedaan."): the ministry of the head, a bare rank and a
 * named minister together, the status word said last */
static void test_commitment_labelled_list(void **state)
{
    (void)state;
    ki_refs *r = detect(
        "37 000 VII    Vaststelling van de begrotingsstaten van het Ministerie van\n"
        "              Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2027\n\n"
        "Bijlage 5 Overzicht moties en toezeggingen\n\nDeze bijlage bevat de openstaande toezeggingen.\n\n"
        "5.2 Toezeggingen\n\n"
        "Toezegging: De minister zegt toe in gesprek te gaan met de VNG over de positie van wethouders.\n"
        "Gedaan tijdens: plenair debat over het Ambtenarenstatuut, 9 april 2026\n"
        "Stand van zaken: Het gesprek heeft plaatsgevonden; de minister informeert de Kamer hierover in de brief "
        "over het decentraal bestuur. Afgedaan.\n\n"
        "Toezegging: De staatssecretaris zal de Kamer jaarlijks een overzicht sturen van de algoritmes, voor het "
        "eerst in maart 2026.\nGedaan tijdens: wetgevingsoverleg Digitale overheid, 20 november 2025\n"
        "Stand van zaken: Het eerste overzicht is op 30 maart 2026 verstuurd. Afgedaan.\n\n"
        "Toezegging: De minister en de minister van Justitie en Veiligheid zeggen toe de Kamer een gezamenlijke "
        "reactie te sturen op het rapport.\nGedaan tijdens: commissiedebat Ondermijning, 3 juni 2026\n"
        "Stand van zaken: De reactie wordt na de zomer verstuurd. In uitvoering.\n",
        "2026-09-15");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MBZK");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SBZK");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[2];
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->actors[0], "MBZK");
    assert_string_equal(c->actors[1], "MJenV");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* Session 11 (lead): a ministry's annual report: "De minister" is its
 * minister (the head's, broken over a line), whoever was named before;
 * a promise told on ("daarbij toegezegd") and its next step ("Deze analyse
 * is niet afgerond. De minister zal ... informeren") are one record */
static void test_commitment_annual_report(void **state)
{
    (void)state;
    ki_refs *r = detect(
        "36 930 XII    Jaarverslag en slotwet Ministerie van Infrastructuur en\n"
        "               Waterstaat 2025\n\n"
        "Moties\nOver de motie-Stoffer heeft de minister van Justitie en Veiligheid afspraken gemaakt met het OM.\n\n"
        "Toezeggingen\nDe toezegging uit het wetgevingsoverleg Mobiliteitsfonds van 24 november 2025 om een "
        "evaluatie van de Wet rijonderricht te laten uitvoeren, is in uitvoering. De minister heeft daarbij "
        "toegezegd de evaluatie voor de zomer van 2026 te sturen.\n\n"
        "De minister heeft de Kamer in 2025 toegezegd de gevolgen van het emissiehandelssysteem voor de binnenvaart "
        "in kaart te brengen. Deze analyse is in 2025 niet afgerond. De minister zal de Kamer voor 1 oktober 2026 "
        "informeren over de uitkomsten.\n",
        "2026-05-20");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MIenW");
    assert_string_equal(c->deadline, "voor de zomer van 2026");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "MIenW");
    assert_string_equal(c->deadline, "voor 1 oktober 2026");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* Session 11 (lead): an answer's head names who answers ("Antwoord van
 * minister Hermans (Klimaat en Groene Groei), mede namens de
 * staatssecretaris van Financiën"): the "ik" of the answers, a minister
 * voor; "voor het eind van het eerste kwartaal van 2027" is one term */
static void test_commitment_answer_head(void **state)
{
    (void)state;
    ki_refs *r = detect("Aanhangsel van de Handelingen\n\nVragen van het lid Kr\xc3\xb6ger (GroenLinks-PvdA) aan de minister "
                        "voor Klimaat en Groene Groei over laadpleinen.\n\nAntwoord van minister Hermans (Klimaat en "
                        "Groene Groei), mede namens de staatssecretaris van Financi\xc3\xabn (ontvangen 1 december "
                        "2026).\n\nVraag 1\nBent u bereid de Kamer te informeren?\n\nAntwoord 1\nJa. Ik zeg toe dat ik "
                        "de Kamer voor het eind van het eerste kwartaal van 2027 informeer over de uitkomst.\n\n"
                        "Vraag 2\nKan de staatssecretaris van Financi\xc3\xabn de regeling verlengen?\n\nAntwoord 2\n"
                        "De staatssecretaris van Financi\xc3\xabn laat de regeling onderzoeken.\n",
                        "2026-12-01");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MKGG");
    assert_string_equal(c->deadline, "voor het eind van het eerste kwartaal van 2027");
    ki_refs_free(r);
}

/* Session 11 (lead): the Eerste Kamer's export of open commitments: each
 * entry's number stands alone three lines above its "Toezegging:", and the
 * label lines of the entry before ("Kabinetsleden: ...") name others */
static void test_commitment_ek_export(void **state)
{
    (void)state;
    ki_refs *r = detect(
        "Overzicht openstaande toezeggingen\nDatum overzicht: 1 december 2026\n\n"
        "T03612\nToezegging Evaluatie herziening strafvordering (36.123)\nKamerstuknummer: 36.123\n"
        "Toezegging: De minister van Justitie en Veiligheid zegt de Kamer, naar aanleiding van een vraag van het lid "
        "Dittrich (D66), toe de eerste evaluatie aan de Kamer te zenden.\nKabinetsleden: Minister van Justitie en "
        "Veiligheid\nDatum toezegging: 14 maart 2026\nDeadline: 1 juli 2030\nStatus: openstaand\n\n"
        "T03733\nToezegging Slachtofferrechten (CXLVI)\nKamerstuknummer: CXLVI\n"
        "Toezegging: De staatssecretaris van Justitie en Veiligheid zegt de Kamer, naar aanleiding van een vraag van "
        "het lid Bezaan (PVV), toe in gesprek te gaan met Slachtofferhulp Nederland.\nKabinetsleden: "
        "Staatssecretaris van Justitie en Veiligheid\nDatum toezegging: 15 september 2026\nDeadline: -\n"
        "Status: openstaand\n",
        "2026-12-01");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03612");
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MJenV");
    c = &r->commitments[1];
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03733");
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJenV");
    assert_string_equal(c->date, "2026-09-15");
    ki_refs_free(r);
}

/* Session 11 (lead): an item "a. Tijdens het commissiedebat X op DATE heb
 * ik" whose sentence runs on over the line is no heading */
static void test_commitment_item_runs_on(void **state)
{
    (void)state;
    ki_refs *r = detect("2. Toezeggingen\n\na. Tijdens het commissiedebat Handelsbeleid op 9 oktober jl. heb ik\n"
                        "toegezegd uw Kamer voor het einde van het jaar te informeren over de importheffingen.\n\n"
                        "b. De minister van Buitenlandse Zaken heeft op 12 november jl. in het\ncommissiedebat Raad "
                        "Buitenlandse Zaken toegezegd de Kamer te informeren over Belarus.\n",
                        "2026-12-10");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].venue, "commissiedebat Handelsbeleid");
    assert_string_equal(r->commitments[0].date, "2026-10-09");
    assert_int_equal(r->commitments[1].nactors, 1);
    assert_string_equal(r->commitments[1].actors[0], "MBuZa");
    assert_string_equal(r->commitments[1].date, "2026-11-12");
    ki_refs_free(r);
}

/* Session 11 (lead): "De toezegging die ik op 3 maart 2026 in de Eerste
 * Kamer deed (T03690), ..., is hiermee nagekomen": the writer's, dated;
 * "de toezeggingen die wij ... hebben gedaan" is an overview, no record */
static void test_commitment_mine_relative(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 15 december 2026\n\nGeachte voorzitter,\n\nOok de toezegging die ik op 3 maart 2026 in "
                        "de Eerste Kamer deed (T03690), om de Eerste Kamer gelijktijdig te informeren, is hiermee "
                        "nagekomen.\n\nDe minister-president,\n",
                        "2026-12-15");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MP");
    assert_string_equal(c->date, "2026-03-03");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("Den Haag, 15 december 2026\n\nGeachte voorzitter,\n\nHierbij informeer ik u over de toezeggingen die wij "
               "in de debatten van het najaar hebben gedaan.\n\nDe minister-president,\n",
               "2026-12-15");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* Session 11 (lead): a letter that postpones a promise: the new term is
 * the next step of the promise made at the meeting it names, in progress */
static void test_commitment_postponed(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 8 december 2025\n\nHierbij deel ik u mee dat het niet mogelijk blijkt om uw Kamer voor "
                        "eind 2025 te informeren over de impact van de focusverschuiving. Een zorgvuldige analyse vergt "
                        "meer tijd dan voorzien tijdens het Wetgevingsoverleg Defensie van\n18 juni 2025.1\nIk streef "
                        "ernaar uw Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van 2026, te "
                        "informeren.\n\nDe Minister van Defensie,\n",
                        "2025-12-08");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->venue, "Wetgevingsoverleg Defensie");
    assert_string_equal(c->date, "2025-06-18");
    ki_refs_free(r);
    /* a new promise after a delay of something else is made */
    r = detect("Den Haag, 8 december 2025\n\nDe bouw van de kazerne loopt vertraging op. Ik zal uw Kamer uiterlijk in "
               "het eerste kwartaal van 2026 informeren over de nieuwe planning.\n\nDe Minister van Defensie,\n",
               "2025-12-08");
    assert_int_equal(only_commitment(r)->relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* Session 11 (lead): a letter head's subject line ("Betreft
 * Voortgangsbrief aanpak stalking") is no part of the first sentence */
static void test_commitment_after_subject_line(void **state)
{
    (void)state;
    ki_refs *r = detect("Datum 12 maart 2009\nBetreft Voortgangsbrief aanpak stalking\n\nTijdens het algemeen overleg van 5 "
                        "februari 2009 heb ik toegezegd u voor de zomer te informeren over de evaluatie.\n",
                        "2009-03-12");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->venue, "algemeen overleg");
    assert_string_equal(c->date, "2009-02-05");
    ki_refs_free(r);
}

/* Session 11 (lead): "Dat gesprek vond plaats op 20 november jl." after
 * the promise: settled; "Dat gesprek vindt nog plaats" is not */
static void test_commitment_took_place(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 10 december 2026\n\nIn mijn antwoorden van 3 juli jl. heb ik toegezegd een "
                        "rondetafelgesprek met het bedrijfsleven te organiseren. Dat gesprek vond plaats op 20 november "
                        "jl.\n", "2026-12-10");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("Den Haag, 10 december 2026\n\nIn mijn antwoorden van 3 juli jl. heb ik toegezegd een "
               "rondetafelgesprek met het bedrijfsleven te organiseren. Dat gesprek heeft nog niet plaatsgevonden.\n",
               "2026-12-10");
    assert_int_not_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* "Daarover bent u ... geïn-\nformeerd" (broken over a line) */
    r = detect("Den Haag, 10 december 2026\n\nDe staatssecretaris heeft in het tweeminutendebat Scheepvaart (d.d. "
               "02/10) toegezegd om de bediening van bruggen te verruimen. Daarover bent u op 4 november jl. ge\xc3\xafn-\n"
               "formeerd; de bediening is per 1 januari verruimd.\n",
               "2026-12-10");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Session 11 (lead): "De daar genoemde toezegging van de staatssecretaris
 * om ..." is one promise, of the staatssecretaris of the signer's ministry */
static void test_commitment_named_there(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 11 december 2026\n\nOver de JBZ-Raad heb ik u geinformeerd in het verslag. De daar "
                        "genoemde toezegging van de staatssecretaris om de Kamer te informeren over de "
                        "terugkeerverordening komt daar aan bod.\n\nDe minister van Justitie en Veiligheid,\n",
                        "2026-12-11");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJenV");
    ki_refs_free(r);
}

/* Session 11 (lead): a nota "Ter beslissing" with "Wij adviseren u" is a
 * beslisnota ("In de brief zegt u daarnaast toe": u); in a debate, "Die
 * toezegging is uitgevoerd." in the answer's turn settles the promise the
 * member's question named */
static void test_commitment_nota_and_answer_turn(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Volksgezondheid, Welzijn en Sport\n\nNota\nAan        Minister van VWS\nDatum      3 "
                        "februari 2027\nTer beslissing\n\n1. Advies\nWij adviseren u in te stemmen met bijgaande "
                        "Kamerbrief.\n\n2. Aanleiding\nIn de brief zegt u daarnaast toe de Kamer voor 1 juni 2027 te "
                        "informeren over het overleg.\n",
                        "2027-02-03");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "u");
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
    r = detect("De heer Van Haga (Groep Van Haga):\nDe staatssecretaris van Financi\xc3\xabn heeft bij het vorige debat, "
               "op 4 juni 2026, toegezegd dat er een vast aanspreekpunt komt voor ouders. Wat is daarvan "
               "terechtgekomen?\n\nStaatssecretaris Van Lier:\nDie toezegging is uitgevoerd. Sinds 1 november 2026 heeft "
               "iedere ouder een vast aanspreekpunt.\n",
               "2027-01-20");
    assert_int_equal(only_commitment(r)->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Session 11 (lead): a bulleted list of promises with their status after a
 * colon; "door mij gedaan" is the writer's */
static void test_commitment_bullet_status(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 9 maart 2027\n\nToezeggingen\n\n- de toezegging, door mij gedaan in het commissiedebat "
                        "Arbeidsmarktbeleid van 9 oktober 2026, om de Kamer te informeren over de effecten: afgedaan met "
                        "deze brief;\n- mijn toezegging aan de Eerste Kamer van 30 september 2026 (T03714) over het "
                        "minimumuurloon: uitgevoerd, zie de brief van 3 maart.\n\nDe minister van Sociale Zaken en "
                        "Werkgelegenheid,\n",
                        "2027-03-09");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MSZW");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Session 11 (lead): "Dat zeg ik toe." answers the question that asked for
 * the promise, not the remark after it ("Die liepen in 2026 op ...") */
static void test_commitment_answers_question_not_remark(void **state)
{
    (void)state;
    ki_refs *r = detect("Mevrouw Bruyning (NSC):\nWil de staatssecretaris toezeggen dat de Kamer jaarlijks een overzicht "
                        "krijgt van de uitvoeringskosten? Die liepen in 2026 op tot 1,2 miljard.\n\n"
                        "Staatssecretaris Van Lier:\nDat zeg ik toe. Ik neem dat overzicht op in de voortgangsrapportage.\n",
                        "2027-01-20");
    ki_commitment *c = only_commitment(r);
    assert_null(c->deadline);
    assert_string_equal(c->subject, "de Kamer jaarlijks een overzicht krijgt van de uitvoeringskosten");
    ki_refs_free(r);
}

/* Session 11 (lead): a bulleted motion's status after its colon
 * ("(Kamerstuk 29 544, nr. 1290): uitgevoerd met de brief van 19 januari")
 * decides its relation */
static void test_motion_bullet_status(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 9 maart 2027\n\nMoties\n\n- de motie van de leden De Jong (PVV) en Flach (SGP) over de "
                        "mantelzorgers (Kamerstuk 29 544, nr. 1276): in\n  uitvoering; ik informeer u hierover voor 1 juli "
                        "2027;\n- de gewijzigde motie van het lid Patijn c.s. (GroenLinks-PvdA) over loondoorbetaling "
                        "(Kamerstuk 29 544,\n  nr. 1290): uitgevoerd met de brief van 19 januari jl.;\n",
                        "2027-03-09");
    assert_int_equal(r->nmotions, 2);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    assert_int_equal(r->motions[1].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Session 11 (lead): "ik ga er niet verder op in" takes nothing up; "Ik
 * ben met het opstellen daarvan gestart" is under way */
static void test_motion_not_taken_up_and_begun(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 18 maart 2027\n\nDe motie van het lid Beckerman (SP) over huurbevriezing (Kamerstuk 32 "
                        "847, nr. 1190) valt buiten het verzoek van uw commissie; ik ga er in deze brief niet verder op "
                        "in.\n", "2027-03-18");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
    r = detect("Den Haag, 18 maart 2027\n\nIn de motie-Westerveld (Kamerstuk 31 497, nr. 481) wordt de regering verzocht "
               "een noodplan te maken. Ik ben met het opstellen daarvan gestart.\n", "2027-03-18");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* Session 11 (lead): a rappel answer: "heb ik toegezegd uw Kamer voor 1
 * januari 2027 te informeren ... De Aw levert de gegevens later aan dan
 * voorzien. Ik zal u daarom uiterlijk 1 juni 2027 informeren." is one
 * promise, in progress */
static void test_commitment_new_term_of_late_one(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 18 maart 2027\n\nToezegging over de normhuurverhoging (T03518)\nOp 3 juni 2026 heb ik "
                        "toegezegd uw Kamer voor 1 januari 2027 te\ninformeren over de normhuurverhoging.\nDe Autoriteit "
                        "woningcorporaties levert de gegevens later aan dan\nvoorzien. Ik zal u daarom uiterlijk 1 juni "
                        "2027 informeren.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n",
                        "2027-03-18");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->date, "2026-06-03");
    ki_refs_free(r);
}

/* heldout9's open kinds: the request a motion was named in is not the
 * motion; the Kamer last after what is done first; "Zij werkt die brief
 * uit"; a register's "staat op voldaan" */
static void test_commitment_request_and_late_kamer(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 14 januari 2027\n\nGeachte voorzitter,\n\nBij brief van 8 december 2026 heeft de "
                        "vaste commissie mij verzocht aan te geven hoe het staat met de motie van het lid Westerveld "
                        "(GroenLinks-PvdA) over een noodplan (Kamerstuk 31 497, nr. 481). Met deze brief voldoe ik aan "
                        "dat verzoek.\n\n",
                        "2027-01-14");
    assert_int_equal(r->nmotions, 1);
    assert_int_not_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* (the motion's own words are the request: settled) */
    r = detect("Den Haag, 14 januari 2027\n\nGeachte voorzitter,\n\nDe motie van het lid Westerveld (GroenLinks-PvdA) "
               "(Kamerstuk 31 497, nr. 481) verzoekt de regering een noodplan te maken. Met deze brief voldoe ik aan dat "
               "verzoek.\n\n",
               "2027-01-14");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);

    r = detect("Den Haag, 14 januari 2027\n\nGeachte voorzitter,\n\nDaarnaast zeg ik toe dat ik de Inspectie vraag "
               "de lesuitval in beeld te brengen.\nTot slot zal ik uiterlijk 1 oktober 2027 met de sectorraad en de "
               "ouder-\nvereniging de uitkomsten van de pilots bespreken en u daarover berichten.\n\nDe minister van "
               "Onderwijs, Cultuur en Wetenschap,\n",
               "2027-01-14");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[1].deadline, "uiterlijk 1 oktober 2027");
    assert_int_equal(r->commitments[1].relation, KI_REL_MADE);
    ki_refs_free(r);

    r = detect("Den Haag, 14 januari 2027\n\nGeachte voorzitter,\n\nOok de staatssecretaris van Onderwijs, Cultuur en "
               "Wetenschap heeft in het wetgevingsoverleg van 18 november 2026 toegezegd de Kamer voor 1 april 2027 te "
               "informeren over de onderwijstijd. Zij werkt die brief op dit moment uit.\n\n",
               "2027-01-14");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);

    r = detect("Den Haag, 18 maart 2027\n\nGeachte voorzitter,\n\nIn het commissiedebat Wonen van 3 maart 2026 heb ik "
               "toegezegd u een monitor te sturen. De toezegging staat nu op voldaan.\n\n",
               "2027-03-18");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* Words broken at a line end are whole in what is reported ("ouder-\n
 * vereniging", "commissie-\ndebat"), not an abbreviation's own hyphen
 * ("mkb-\nbedrijven"); a meeting named with its name takes the day an
 * earlier promise of the text gave it; "is met de brief ... nagekomen". */
static void test_commitment_broken_words_and_named_meeting(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 3 februari 2027\n\nGeachte voorzitter,\n\nIn het commissiedebat Acute zorg van 12 "
                        "november 2026 heb ik toegezegd u een overzicht te sturen. Dat overzicht is bijgevoegd; de "
                        "toezegging is daarmee afgedaan.\n\nDe staatssecretaris van Jeugd, Preventie en Sport heeft in "
                        "het commissie-\ndebat Acute zorg eveneens toegezegd de Kamer te informeren over de ouder-\n"
                        "vereniging en de mkb-\nbedrijven.\n\n",
                        "2027-02-03");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SJSP");
    assert_string_equal(c->venue, "commissiedebat Acute zorg");
    assert_string_equal(c->date, "2026-11-12");
    assert_string_equal(c->subject, "de Kamer te informeren over de oudervereniging en de mkb-bedrijven");
    ki_refs_free(r);

    r = detect("Den Haag, 3 februari 2027\n\nGeachte voorzitter,\n\nUw ambtsvoorganger heeft op 7 maart 2026 in het "
               "debat over het Integraal Zorgakkoord toegezegd de Kamer te informeren over de ambulancezorg "
               "(TZ202603-118). Die toezegging is met de brief over ambulancezorg van 10 december jl. (Kamerstuk 29 247, "
               "nr. 455) nagekomen; de brief hoeft er niet meer op in te gaan.\n\n",
               "2027-02-03");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A register entry's heading, then "Deze toezegging heeft de
 * staatssecretaris van X op D gedaan. Zij informeert uw commissie hierover
 * in een afzonderlijke brief.": who made it, when, and her next step. */
static void test_commitment_heading_then_maker(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 18 maart 2027\n\nGeachte voorzitter,\n\nToezegging over de Omgevingswet en "
                        "woningbouw (T03602)\nDeze toezegging heeft de staatssecretaris van Binnenlandse Zaken en "
                        "Konink-\nrijksrelaties op 8 december 2026 gedaan. Zij informeert uw commissie\nhierover in een "
                        "afzonderlijke brief.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n",
                        "2027-03-18");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "SBZK");
    assert_string_equal(c->date, "2026-12-08");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* The chair announces a motion ("Er is een motie ingediend."), its text is
 * read out and signed below, one mover a line: those are its movers. */
static void test_motion_chair_announces_signed(void **state)
{
    (void)state;
    ki_refs *r = detect("De voorzitter:\nDank u wel. Er is een motie ingediend.\n\nMotie\n\nDe Kamer,\n\ngehoord de "
                        "beraadslaging,\n\noverwegende dat ouders langer wachten;\n\nverzoekt de regering de "
                        "beoordeling af te ronden,\n\nen gaat over tot de orde van de dag.\n\nVan Haga\nBruyning\n\n"
                        "Zij krijgt nr. 1420 (31 066).\n\n",
                        NULL);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-31066-1420");
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[0].name, "Van Haga");
    assert_string_equal(r->motions[0].sponsors[1].name, "Bruyning");
    ki_refs_free(r);
}

/* A motion the letter decides against is handled (addressed); a member's
 * "is nog altijd niet uitgevoerd" only names it. */
static void test_motion_decided_against(void **state)
{
    (void)state;
    static const char *const against[] = {"wordt niet uitgevoerd; de brief legt uit waarom.", "voer ik niet uit.",
                                          "zal ik niet uitvoeren, omdat dit te duur is."};
    char buf[512];
    for (size_t k = 0; k < sizeof against / sizeof against[0]; k++) {
        snprintf(buf, sizeof buf, "Den Haag, 3 februari 2027\n\nDe motie van het lid Bikker (ChristenUnie) over X "
                 "(Kamerstuk 29 247, nr. 451) %s\n", against[k]);
        ki_refs *r = detect(buf, "2027-02-03");
        assert_int_equal(r->nmotions, 1);
        assert_int_equal(r->motions[0].relation, KI_REL_ADDRESSED);
        ki_refs_free(r);
    }
    ki_refs *r = detect("Den Haag, 3 februari 2027\n\nDe motie van het lid Bikker (ChristenUnie) over X (Kamerstuk 29 "
                        "247, nr. 451) is nog altijd niet uitgevoerd.\n", "2027-02-03");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].relation, KI_REL_CITED);
    ki_refs_free(r);
}

/* "Verder zegt de staatssecretaris van X toe": named between the verb and
 * its particle, not the signer; "zeggen wij toe" in a letter one signs
 * "Mede namens" two others is all three (a letter two sign: those two). */
static void test_commitment_inverted_and_on_behalf(void **state)
{
    (void)state;
    const char *head = "Den Haag, 20 maart 2026\n\nGeachte voorzitter,\n\nMede namens de staatssecretaris van Sociale "
                       "Zaken en Werkgelegenheid en de\nstaatssecretaris Jeugd, Preventie en Sport informeer ik u over de "
                       "aanpak van kinderarmoede.\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf, "%sVerder zegt de staatssecretaris van Sociale Zaken en Werkgelegenheid toe dat zij uw "
             "Kamer voor 1 juli 2026 informeert over de pilot.\n\nTot slot zeggen wij toe dat wij uw Kamer uiterlijk 1 "
             "oktober 2026 een monitor sturen.\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\nA. Jansen\n",
             head);
    ki_refs *r = detect(buf, "2026-03-20");
    assert_int_equal(r->ncommitments, 2);
    assert_actors(&r->commitments[0], "SSZW");
    assert_actors(&r->commitments[1], "MSZW,SSZW,SJSP");
    ki_refs_free(r);
    r = detect("Den Haag, 20 maart 2026\n\nGeachte voorzitter,\n\nMet deze brief, die wij mede namens de "
               "staatssecretaris van Onderwijs, Cultuur en Wetenschap sturen, informeren wij u.\n\nWij zeggen toe uw "
               "Kamer voor de zomer van 2026 te informeren over de voortgang.\n\nDe staatssecretaris Langdurige en "
               "Maatschappelijke Zorg,\n\nA. Jansen\n\nDe staatssecretaris van Justitie en Veiligheid,\n\nB. "
               "Pietersen\n",
               "2026-03-20");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    ki_refs_free(r);
    /* (what the "Mede namens" line names is read once a text: the next
     * text, without one, has its signer alone) */
    r = detect("Den Haag, 20 maart 2026\n\nGeachte voorzitter,\n\nTot slot zeggen wij toe dat wij uw Kamer uiterlijk 1 "
               "oktober 2026 een monitor sturen.\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n\nA. Jansen\n",
               "2026-03-20");
    c = only_commitment(r);
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MSZW");
    ki_refs_free(r);
}

/* Written questions and their answers: the question's "u" is who answers;
 * "Antwoord 4 / Ja. Die toezegging is nagekomen met de brief van D" settles
 * the promise the question named (D is the day it was kept, not made); "De
 * staatssecretaris heeft die toezegging gestand gedaan" under the next
 * question is another promise, made by the staatssecretaris named there. */
static void test_commitment_written_questions(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 27 maart 2026\n\nAntwoord van minister Jansen (Infrastructuur en Waterstaat) "
                        "(ontvangen 27 maart 2026)\n\nVraag 4\nU heeft tijdens het commissiedebat Spoorveiligheid van 21 "
                        "januari 2026\ntoegezegd de Kamer te informeren over de kosten van de overwegen. Is dat gebeurd?"
                        "\n\nAntwoord 4\nJa. Die toezegging is nagekomen met de brief van 3 maart 2026.\n\nVraag 5\nIn "
                        "antwoord op eerdere vragen schreef uw ambtsvoorganger dat de staatssecretaris van Infrastructuur "
                        "en\nWaterstaat de Kamer in 2025 zou informeren over de spoorwegpolitie. Is dat gebeurd?\n\n"
                        "Antwoord 5\nJa. De staatssecretaris heeft die toezegging gestand gedaan met zijn brief\nvan 2 "
                        "oktober 2025 (Kamerstuk 29 893, nr. 294).\n",
                        "2026-03-27");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MIenW");
    assert_string_equal(c->date, "2026-01-21");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SIenW");
    assert_null(c->date);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* (a question asking after what "is toegezegd": the one who answers) */
    r = detect("Den Haag, 27 maart 2026\n\nAntwoord van minister Jansen (Volksgezondheid, Welzijn en Sport) (ontvangen "
               "27 maart 2026)\n\nVraag 2\nWanneer ontvangt de Kamer de evaluatie die in het commissiedebat Acute zorg "
               "van 2 december 2025 is toegezegd?\n\nAntwoord 2\nDie toezegging is nagekomen met de brief van 3 maart "
               "2026.\n",
               "2026-03-27");
    c = only_commitment(r);
    assert_actors(c, "MVWS");
    ki_refs_free(r);
    /* (a pointer under the next question is not the promise the answer
     * before made) */
    r = detect("Den Haag, 27 maart 2026\n\nAntwoord van minister Jansen (Infrastructuur en Waterstaat) (ontvangen 27 "
               "maart 2026)\n\nVraag 4\nBent u bereid de gemeenten te betrekken?\n\nAntwoord 4\nJa. Ik zal uw Kamer voor "
               "1 juli 2026 informeren over de uitkomst van die gesprekken.\n\nVraag 5\nIs de eerdere toezegging over "
               "de spoorwegpolitie nagekomen?\n\nAntwoord 5\nJa. Die toezegging is op 2 oktober 2025 nagekomen.\n",
               "2026-03-27");
    assert_true(r->ncommitments >= 1);
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    assert_null(r->commitments[0].date);
    ki_refs_free(r);
}

/* A verslag's answer to a fractie: "De staatssecretaris heeft deze
 * toezegging nagekomen met de brief van 15 januari jl." is the promise of
 * that staatssecretaris the fractie asked about, settled (not a promise of
 * its own, however far the question stands) */
static void test_commitment_answer_to_fractie(void **state)
{
    (void)state;
    ki_refs *r = detect("Verslag van een schriftelijk overleg\n\nVastgesteld 3 februari 2027\n\nVragen en opmerkingen van de "
                        "leden van de CDA-fractie\nDe leden van de CDA-fractie vragen naar de toezegging van de\n"
                        "staatssecretaris van Sociale Zaken en Werkgelegenheid tijdens het tweeminutendebat "
                        "Arbeidsmarktbeleid (d.d. 07/12)\nom de Kamer te informeren over de handhaving van de gelijke "
                        "beloning van\nuitzendkrachten. Is die toezegging inmiddels nagekomen?\n\nVragen en opmerkingen "
                        "van de leden van de SP-fractie\nDe leden van de SP-fractie vragen naar het meldpunt.\n\n"
                        "Antwoord op de vragen van de leden van de SP-fractie\nWel zeg ik toe dat ik de bereikbaarheid van "
                        "het meldpunt laat evalueren en uw Kamer over\nde uitkomst voor de zomer van 2027 informeer.\n\n"
                        "Antwoord op de vragen van de leden van de CDA-fractie\nJa. De staatssecretaris heeft deze "
                        "toezegging nagekomen met de brief van\n15 januari jl. over de handhaving (Kamerstuk 29 544, nr. "
                        "1309).\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n",
                        "2027-02-03");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].actors[0], "SSZW");
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* "Ik heb die toezegging in mijn brief van 20 november jl. (...)
 * nagekomen": the promise named before, kept then (the letter and its day
 * are not where and when it was made) */
static void test_commitment_kept_in_letter(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 27 maart 2026\n\nGeachte voorzitter,\n\nIn het commissiedebat Spoor van 3 maart 2025 "
                        "heb ik toegezegd u te informeren over de overwegen. Ik heb die toezegging in mijn brief van 20 "
                        "november jl. (Kamerstuk 29 893, nr. 294) nagekomen.\n",
                        "2026-03-27");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->date, "2025-03-03");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A gemeente's raadsinformatiebrief: the college's and the wethouder's
 * promises to the raad are no bewindspersoon's; a minister's, named in its
 * sentence, still is */
static void test_commitment_local_council(void **state)
{
    (void)state;
    ki_refs *r = detect("Raadsinformatiebrief\nAan de gemeenteraad van Utrecht\nDatum      18 mei 2027\n\nGeachte leden van "
                        "de raad,\n\n- Toezegging T2026-031 van wethouder Eerenberg, gedaan in de commissie Stad en Ruimte "
                        "van 9 april 2026, om de raad te informeren over de wachttijd: afgedaan.\n\nZoals ik in de "
                        "commissie van 11 maart 2027 heb toegezegd, informeer ik de raad voor de zomer van 2027 over de "
                        "pilot.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening heeft in het commissiedebat "
                        "Woningbouw van 4 februari 2027 toegezegd de regeling te verlengen.\n\nIk zeg u toe dat u het "
                        "volgende overzicht in november 2027 ontvangt.\n\nnamens het college van burgemeester en "
                        "wethouders van Utrecht,\n\nde wethouder Wonen en Ruimte,\n\nH. Eerenberg\n",
                        "2027-05-18");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MVRO");
    ki_refs_free(r);
}

/* A layout table of open promises in a letter signed by the minister "mede
 * namens de staatssecretaris": a row "De staatssecretaris stuurt ..." is
 * hers; a row whose cell says "zegt toe" takes the row's number and its
 * status cell ("Doorlopend.": under way) */
static void test_commitment_table_rows_on_behalf(void **state)
{
    (void)state;
    ki_refs *r = detect(
        "Datum      2 juni 2027\n\nGeachte voorzitter,\n\nHierbij stuur ik u, mede namens de staatssecretaris van "
        "Defensie, het\nhalfjaarlijkse overzicht van de toezeggingen.\n\nDe minister van Defensie,\n\nR.P. "
        "Brekelmans\n\nBijlage\n\n"
        "Nr.           Toezegging                          Vindplaats                    Stand van zaken\n\n"
        "TZ202610-045  De staatssecretaris stuurt de       Commissiedebat Vastgoed       Loopt. Het overzicht volgt met\n"
        "              Kamer een overzicht van de ver-     Defensie, 7 oktober 2026      de tweede voortgangsrapportage\n"
        "              traagde vastgoedprojecten per                                     vastgoed.\n"
        "              kazerne.\n\n"
        "TZ202611-201  De minister zegt toe de Kamer       Begrotingsbehandeling         Doorlopend. De eerste rappor-\n"
        "              jaarlijks te informeren over de     Defensie, 19 november 2026    tage is op 15 april 2027 ver-\n"
        "              munitievoorraden, in een ge-        (Handelingen II 2026/27,      stuurd (Kamerstuk 36 600-X,\n"
        "              rubriceerde bijlage.                nr. 27, item 9)               nr. 104).\n",
        "2027-06-02");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "SDef");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "MDef");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202611-201");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* "De brief wordt daardoor later dan toegezegd verzonden" says how an
 * earlier promise goes, no promise of its own; "De staatssecretaris en ik
 * hebben toegezegd", "De minister van IenW en ik": both made it */
static void test_commitment_later_than_and_joint(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 20 januari 2020\n\nGeachte voorzitter,\n\nTijdens het AO Visserij (AO d.d. 05/12) heb "
                        "ik toegezegd u voor 1 februari 2020 te informeren over de pulsvisserij. De brief wordt daardoor "
                        "later dan toegezegd verzonden: u ontvangt hem uiterlijk 1 april 2020.\n\nDe minister van "
                        "Infrastructuur en Waterstaat en ik hebben in het AO Water van 28 november 2019 toegezegd voor de "
                        "zomer een brief te sturen over de verzilting.\n\nDe minister van Landbouw, Natuur en "
                        "Voedselkwaliteit,\n",
                        "2020-01-20");
    assert_int_equal(r->ncommitments, 2);
    assert_actors(&r->commitments[0], "MLNV");
    assert_actors(&r->commitments[1], "MIenW,MLNV");
    ki_refs_free(r);
    r = detect("Den Haag, 20 november 2026\n\nMede namens de staatssecretaris van Justitie en Veiligheid bericht ik u als "
               "volgt.\n\nToezegging Gegevensuitwisseling reclassering (36.244) (T03622)\nDe staatssecretaris en ik "
               "hebben bij dezelfde behandeling toegezegd\nuw Kamer in het voorjaar van 2026 te informeren over de "
               "gegevens.\n\nDe minister van Justitie en Veiligheid,\n",
               "2026-11-20");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "SJenV,MJenV");
    ki_refs_free(r);
}

/* "Het kabinet stuurt de Kamer voor de Europese Raad van maart een brief":
 * the cabinet's promise in the present tense, with its time, through the
 * signer */
static void test_commitment_cabinet_present(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 3 maart 2026\n\nGeachte voorzitter,\n\nHet kabinet stuurt de Kamer voor de Europese Raad "
                        "van maart een brief over het meerjarig financieel kader.\n\nDe minister-president,\n",
                        "2026-03-03");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MP");
    assert_string_equal(c->deadline, "voor de Europese Raad van maart");
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* "bij dezelfde behandeling" is the meeting the promise before was made
 * in; "Die evaluatie is in januari gestart" is under way, and its month is
 * when it began, no deadline */
static void test_commitment_same_meeting_and_begun(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 20 november 2026\n\nBij de behandeling van de Wet slachtofferrechten op 9 december 2025 "
                        "heeft de staatssecretaris van Justitie en Veiligheid toegezegd een handreiking te maken.\n\nIk heb "
                        "bij dezelfde behandeling toegezegd uw Kamer te informeren over de gegevens.\n\nDe minister van "
                        "Justitie en Veiligheid,\n",
                        "2026-11-20");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[1].date, "2025-12-09");
    ki_refs_free(r);
    r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nIn het commissiedebat Klimaat van 4 oktober 2026 heeft "
               "de staatssecretaris van Financi\xc3\xabn toegezegd de subsidieregeling te laten evalueren. Die evaluatie "
               "is in januari gestart.\n\n",
               "2027-03-03");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_null(c->deadline);
    ki_refs_free(r);
}

/* A beslisnota's advice against a promise ("Wij adviseren u in de brief
 * niet toe te zeggen dat ...", "daarover nu niets toe te zeggen") makes
 * none */
static void test_commitment_advice_against(void **state)
{
    (void)state;
    ki_refs *r = detect("Beslisnota bij Kamerbrief over geluidhinder\n\nAan de minister van Infrastructuur en Waterstaat\n\n"
                        "Datum 3 november 2026\n\nAdvies\nWij adviseren u in de brief niet toe te zeggen dat de "
                        "nachtvluchten in 2028 worden beperkt. Wij raden u daarom aan daarover nu niets toe te zeggen.\n",
                        "2026-11-03");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* A council outside the cabinet ("De PO-Raad heeft dat ... toegezegd",
 * "De Onderwijsraad zegt toe") makes no commitment; the ministerraad is the
 * cabinet */
static void test_commitment_councils(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 23 november 2026\n\nGeachte voorzitter,\n\nDe PO-Raad heeft dat in het bestuurlijk overleg "
                        "van 4 november toegezegd. De Onderwijsraad zegt toe zijn advies in maart 2027 te sturen.\n\n"
                        "De minister van Onderwijs, Cultuur en Wetenschap,\n",
                        "2026-11-23");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
    /* the ministerraad is no council of those: its promise stands */
    r = detect("Den Haag, 23 november 2026\n\nGeachte voorzitter,\n\nDe ministerraad zegt toe de Kamer voor de zomer "
               "te informeren over de uitkomst.\n\nDe minister van Onderwijs, Cultuur en Wetenschap,\n",
               "2026-11-23");
    assert_int_equal(r->ncommitments, 1);
    ki_refs_free(r);
}

/* "Mijn ambtsvoorganger heeft een toezegging gedaan tijdens X": the office
 * that signs made it */
static void test_commitment_predecessor_noun(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 maart 2011\n\nGeachte voorzitter,\n\nMijn ambtsvoorganger heeft een toezegging gedaan "
                        "tijdens het commissiedebat Lerarenopleidingen van 30 september 2010: een pilot voor zij-instromers."
                        "\n\nDe minister van Onderwijs, Cultuur en Wetenschap,\n",
                        "2011-03-01");
    ki_commitment *c = only_commitment(r);
    assert_actors(c, "MOCW");
    assert_string_equal(c->date, "2010-09-30");
    ki_refs_free(r);
}

/* A letter tells of its own office's promises: "De toezegging uit het
 * commissiedebat X van D ... is gedeeltelijk nagekomen", no maker named, is
 * the signer's; a heading "Toezegging aan de Tweede Kamer" over the
 * sentence that tells the promise is no promise of its own */
static void test_commitment_letters_own_and_heading(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 14 oktober 2026\n\nGeachte voorzitter,\n\nDe toezegging uit het commissiedebat "
                        "Mkb-beleid van 22 juni 2026 om met de banken te spreken is gedeeltelijk nagekomen: het gesprek "
                        "heeft op 30 september plaatsgevonden.\n\nToezegging aan de Tweede Kamer\nIn het "
                        "wetgevingsoverleg over dit wetsvoorstel heb ik toegezegd een handreiking op te stellen. Die "
                        "handreiking is in juni gepubliceerd. Daarmee is die toezegging afgedaan.\n\nDe minister van "
                        "Economische Zaken en Klimaat,\n",
                        "2026-10-14");
    assert_int_equal(r->ncommitments, 2);
    assert_actors(&r->commitments[0], "MEZK");
    assert_string_equal(r->commitments[1].text, "toegezegd een handreiking op te stellen.");
    ki_refs_free(r);
}

/* "beloofd" as "toegezegd" when the writer or the addressee says it; a
 * member's "heeft de minister beloofd te kijken naar" is not counted */
static void test_commitment_beloofd(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nIk heb de Kamer in het tweeminutendebat Mkb van 14 "
                        "mei 2026 beloofd een overzicht te sturen. Dat overzicht is in voorbereiding.\n\nDe minister van "
                        "Economische Zaken en Klimaat,\n",
                        "2027-03-03");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MEZK");
    assert_string_equal(c->date, "2026-05-14");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("De heer Vermaat (PVV):\nVoorzitter. In het vorige debat heeft de minister beloofd te kijken naar "
               "subsidies. Wat is daarvan terechtgekomen?\n",
               NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* "Ik laat u voor 1 maart 2027 weten of ...": a promise in the present
 * tense with its time; "Met deze brief laat ik u weten welke ..." is this
 * letter, no promise */
static void test_commitment_laat_weten(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nIk laat u voor 1 maart 2027 weten of de Raad van "
                        "State het voorstel steunt.\n\nMet deze brief laat ik u weten welke toezeggingen later worden "
                        "afgehandeld.\n\nDe minister van Onderwijs, Cultuur en Wetenschap,\n",
                        "2027-03-03");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MOCW");
    assert_string_equal(c->deadline, "voor 1 maart 2027");
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* "De minister en de staatssecretaris sturen de Kamer ...": two bare
 * titles, each the bewindspersoon of that rank named before (a verslag's
 * list and a sentence in its summary) */
static void test_commitment_joint_titles(void **state)
{
    (void)state;
    static const char head[] =
        "VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 9 december 2026\n\nDe vaste commissie voor Digitale Zaken "
        "heeft op 18 november 2026 overleg gevoerd met de heer Dekkers, minister van Binnenlandse Zaken en "
        "Koninkrijksrelaties, en mevrouw Kok, staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, "
        "over digitale inclusie.\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf,
             "%sToezeggingen\n- De minister en de staatssecretaris sturen de Kamer in Q2 2027 een reactie op het "
             "advies van de Raad van State.\n",
             head);
    ki_refs *r = detect(buf, "2026-12-09");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->actors[0], "MBZK");
    assert_string_equal(c->actors[1], "SBZK");
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
    snprintf(buf, sizeof buf,
             "%sDe heer Van Baarle vraagt naar het advies. Tevens zeggen de minister en de staatssecretaris toe de "
             "Kamer voor de zomer een reactie te sturen.\n",
             head);
    r = detect(buf, "2026-12-09");
    c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->actors[0], "MBZK");
    assert_string_equal(c->actors[1], "SBZK");
    ki_refs_free(r);
    snprintf(buf, sizeof buf, "%sDe minister en de staatssecretaris zullen de Kamer voor de zomer informeren.\n", head);
    r = detect(buf, "2026-12-09");
    c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->deadline, "voor de zomer");
    ki_refs_free(r);
}

/* Written questions: "Heeft u ... niet beloofd ...?" asks for a yes, and
 * the answer's "Dat klopt. Die toezegging loopt nog" is its progress; an
 * answer that takes a motion first reports on the commitment in the
 * sentence that names it again */
static void test_commitment_written_question_answers(void **state)
{
    (void)state;
    static const char head[] =
        "Aanhangsel van de Handelingen\nVragen van het lid Soepboer (NSC) aan de minister van Onderwijs, Cultuur en "
        "Wetenschap over het lerarentekort (ingezonden 2 november 2026).\n\nAntwoord van minister Ter Horst "
        "(Onderwijs, Cultuur en Wetenschap) (ontvangen 23 november 2026).\n\n";
    char buf[2048];
    snprintf(buf, sizeof buf,
             "%sVraag 2\nHeeft u tijdens het commissiedebat Leraren d.d. 16-10-2026 niet beloofd de Kamer een "
             "overzicht te geven van de vacatures per regio?\n\nAntwoord 2\nDat klopt. Die toezegging loopt nog: DUO "
             "levert de cijfers in januari.\n",
             head);
    ki_refs *r = detect(buf, "2026-11-23");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MOCW");
    assert_string_equal(c->date, "2026-10-16");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    snprintf(buf, sizeof buf,
             "%sVraag 4\nHoe staat het met de uitvoering van de motie van het lid Soepboer (Kamerstuk 27 923, nr. "
             "512), en met de toezegging van de staatssecretaris in het notaoverleg Passend onderwijs van 15 juni jl. "
             "om de subsidie te evalueren?\n\nAntwoord 4\nDe motie-Soepboer is uitgevoerd met de brief van 9 "
             "september jl. (Kamerstuk 27 923, nr. 518). De toezeg-\nging van de staatssecretaris is vertraagd: het "
             "bureau heeft meer tijd nodig.\n",
             head);
    r = detect(buf, "2026-11-23");
    c = only_commitment(r);
    assert_string_equal(c->actors[0], "SOCW");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* a plain "niet" in a statement still is no promise */
    snprintf(buf, sizeof buf, "%sAntwoord 5\nIk heb in het commissiedebat Leraren van 16 oktober jl. niet beloofd "
             "de Kamer een overzicht te geven.\n", head);
    r = detect(buf, "2026-11-23");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* "Het kabinet stuurt de Kamer voortaan ieder halfjaar een stand van
 * zaken", "Ik informeer uw Kamer voortaan jaarlijks": a promise in the
 * present tense said with how often, not when */
static void test_commitment_from_now_on(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nIk informeer uw Kamer voortaan jaarlijks over "
                        "de wachttijden in de jeugdzorg.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n",
                        "2027-03-03");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MVWS");
    assert_null(c->deadline);
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
    r = detect("Den Haag, 3 maart 2027\n\nGeachte voorzitter,\n\nIk informeer uw Kamer over de wachttijden in de "
               "jeugdzorg.\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n",
               "2027-03-03");
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* A register exported as labels and values, each entry opening with its
 * number ("Nummer  T03245 / Status  voldaan / Kabinetslid ... / Datum
 * toezegging ... / Termijn ... / Omschrijving  De minister zegt ... toe"),
 * the text wrapped under its value column: the entry's number, date,
 * deadline and status, not the next entry's */
static void test_commitment_label_export(void **state)
{
    (void)state;
    ki_refs *r = detect("Export toezeggingen\nDatum export: 28 november 2025\n\n"
                        "Nummer            T03245\n"
                        "Titel             Evaluatie Wet gegevensverwerking (35.447)\n"
                        "Status            voldaan\n"
                        "Kabinetslid       minister van Justitie en Veiligheid\n"
                        "Datum toezegging  9 november 2021\n"
                        "Termijn           1 januari 2025\n"
                        "Omschrijving      De minister zegt de Kamer, naar aanleiding van een vraag van het lid\n"
                        "                  Verweij (PVV), toe de wet binnen drie jaar na inwerkingtreding te\n"
                        "                  laten evalueren.\n"
                        "Stand van zaken   -\n"
                        "\n"
                        "Nummer            T03381\n"
                        "Titel             Rapportage forensische zorg (36.300 VI)\n"
                        "Status            deels voldaan\n"
                        "Kabinetslid       minister van Justitie en Veiligheid, minister van Binnenlandse Zaken\n"
                        "                  en Koninkrijksrelaties\n"
                        "Datum toezegging  14 maart 2023\n"
                        "Termijn           voor de behandeling van de begroting 2027\n"
                        "Omschrijving      De ministers zeggen toe de Kamer twee keer te rapporteren over de\n"
                        "                  wachtlijsten.\n"
                        "Stand van zaken   -\n",
                        "2025-11-28");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MJenV");
    assert_string_equal(c->date, "2021-11-09");
    assert_string_equal(c->deadline, "1 januari 2025");
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "T03245");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_string_equal(c->evidence, "voldaan"); /* the "Status" says so */
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->date, "2023-03-14");
    assert_string_equal(c->deadline, "voor de behandeling van de begroting 2027");
    assert_string_equal(c->refs[0], "T03381");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* (the text may open with the first entry's number) */
    r = detect("Nummer            T03560\n"
               "Status            voldaan\n"
               "Kabinetslid       minister van Justitie en Veiligheid\n"
               "Datum toezegging  1 april 2025\n"
               "Omschrijving      De minister zegt toe een uitvoeringstoets aan de Kamer te sturen.\n",
               "2025-11-28");
    c = only_commitment(r);
    assert_string_equal(c->date, "2025-04-01");
    ki_refs_free(r);
}

/* A table of promises with a column "Bewindspersoon": who each row's
 * cell names ("Minister SZW en minister OCW", "Minister" of the letter's
 * ministry); a sentence of the letter on a row's meeting, without its day,
 * is that row; a motion's number in the row's first cell is its number */
static void test_commitment_table_who(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 27 november 2025\n\nGeachte voorzitter,\n\nDe staatssecretaris heeft in het "
                        "tweeminutendebat Pensioenen toegezegd een overzicht te geven van de transitie. De gegevens komen "
                        "in december.\n\nDe Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\n"
                        "| Nummer | Omschrijving | Bewindspersoon | Termijn | Stand van zaken |\n"
                        "| TZ202505-112 | Toezegging tweeminutendebat Pensioenen d.d. 22-05-2025: overzicht van de transitie "
                        "| Staatssecretaris SZW | rond de jaarwisseling | Loopt |\n"
                        "| TZ202506-007 | Toezegging plenair debat Armoede d.d. 05-06-2025: brief over schoolkosten | "
                        "Minister SZW en minister OCW | in het najaar | In uitvoering |\n"
                        "| TZ202510-019 | Toezegging vragenuur d.d. 07-10-2025: gesprek met werkgevers | Minister | - | Open |\n"
                        "\nMoties\n\n| Nummer | Omschrijving | Stand van zaken |\n"
                        "| Kamerstuk 29 544, nr. 1301 | Motie-Kroonenberg (BBB) over een loket | Uitgevoerd |\n",
                        "2025-11-27");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "SSZW");
    assert_string_equal(c->date, "2025-05-22");
    assert_string_equal(c->deadline, "rond de jaarwisseling");
    assert_string_equal(c->refs[0], "TZ202505-112");
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->actors[0], "MSZW");
    assert_string_equal(c->actors[1], "MOCW");
    c = &r->commitments[2];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MSZW");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-29544-1301");
    ki_refs_free(r);
}

/* A letter sent "mede namens" another minister: "wij" is both ("hebben
 * wij toegezegd", "Wij sturen uw Kamer ..."), "De minister van X en ik
 * zullen ..." both, "ik" the signer alone; "Het eerste deel van die
 * toezegging is met deze brief nagekomen" is progress */
static void test_commitment_on_behalf_we(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 10 september 2025\n\nGeachte voorzitter,\n\nHierbij informeer ik u, mede namens de "
                        "minister van Klimaat en Groene Groei, over de verduurzaming van huurwoningen.\n\nBij de behandeling "
                        "van de Wet versterking regie volkshuisvesting op 3 april jl. hebben wij toegezegd de Kamer te "
                        "informeren over de afspraken met corporaties. Het eerste deel van die toezegging is met deze brief "
                        "nagekomen; over de huurverhoging zijn de afspraken nog niet rond.\n\nDe minister van Klimaat en "
                        "Groene Groei en ik zullen uw Kamer rond de jaarwisseling informeren over het overleg met de "
                        "netbeheerders.\nWij sturen uw Kamer in het najaar een uitwerking van het programma.\nIk zeg u "
                        "daarnaast toe dat ik voor de behandeling van de begroting een overzicht stuur.\n\nDe minister van "
                        "Volkshuisvesting en Ruimtelijke Ordening,\n",
                        "2025-09-10");
    assert_int_equal(r->ncommitments, 4);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(r->commitments[i].nactors, 2);
        assert_true(strcmp(r->commitments[i].actors[0], "MVRO") == 0 || strcmp(r->commitments[i].actors[1], "MVRO") == 0);
        assert_true(strcmp(r->commitments[i].actors[0], "MKGG") == 0 || strcmp(r->commitments[i].actors[1], "MKGG") == 0);
    }
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS);
    assert_int_equal(r->commitments[3].nactors, 1);
    assert_string_equal(r->commitments[3].actors[0], "MVRO");
    ki_refs_free(r);
}

/* A voortgangsbrief with a heading per item ("1. Toezegging uit het
 * commissiedebat X van 4 juli 2024", then "In het commissiedebat heb ik
 * toegezegd ..."): one record; the paragraph's closing "Met deze paragraaf
 * kom ik de toezegging na." settles it, three sentences on */
static void test_commitment_heading_paragraph(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 december 2024\n\nGeachte voorzitter,\n\nPer onderwerp ga ik in op de toezeggingen "
                        "die nog openstonden.\n\n1. Toezegging uit het commissiedebat Gevangeniswezen en tbs van 4 juli "
                        "2024\nIn het commissiedebat heb ik toegezegd uw Kamer voor het einde van het jaar te\ninformeren "
                        "over het gebruik van meerpersoonscellen. Op 1 november 2024 zaten 1.412\ngedetineerden op een "
                        "meerpersoonscel. De Dienst Justitiele Inrichtingen zet die cellen alleen in na een selectie. "
                        "Met deze paragraaf kom ik de toezegging na.\n\n2. Toezegging uit het schriftelijk overleg over de "
                        "tbs-maatregel d.d.\n16-09-2024\nIn mijn antwoorden heb ik toegezegd uw Kamer te informeren over de "
                        "wachttijd.\n\nDe staatssecretaris van Justitie en Veiligheid,\n",
                        "2024-12-01");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "SJenV");
    assert_string_equal(c->date, "2024-07-04");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SJenV");
    assert_string_equal(c->date, "2024-09-16");
    ki_refs_free(r);
}

/* An annex of open promises: a heading per promise ("Toezegging uit het
 * commissiedebat X van D", over two lines too), its words below in a
 * sentence of their own ("De minister zal ...", "De staatssecretaris zegt
 * toe ..."), then "Stand van zaken: ...": one record each, by the
 * ministry's minister or staatssecretaris, its relation from the stand;
 * a label "Toezegging:" is no heading */
static void test_commitment_annex_headings(void **state)
{
    (void)state;
    ki_refs *r = detect("36 930 XV     Jaarverslag en slotwet Ministerie van Sociale Zaken en\n"
                        "                Werkgelegenheid 2025\n\nBijlage 4  Overzicht openstaande toezeggingen\n\n"
                        "Toezegging uit het commissiedebat Arbeidsmarktbeleid van 12 maart 2025\n"
                        "De minister zal de Kamer voor de zomer van 2025 informeren over de\nresultaten van de proef.\n"
                        "Stand van zaken: De resultaten zijn vertraagd door een lage deelname.\n\n"
                        "Toezegging uit het wetgevingsoverleg Wet toekomst pensioenen d.d.\n02-10-2025 (TZ202510-014)\n"
                        "De staatssecretaris zegt toe de Kamer jaarlijks te informeren over de bezwaren.\n"
                        "Stand van zaken: De eerste rapportage is verzonden op 3 februari 2026; de toezegging is "
                        "doorlopend.\n",
                        "2026-04-01");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MSZW");
    assert_string_equal(c->date, "2025-03-12");
    assert_string_equal(c->deadline, "voor de zomer van 2025");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    c = &r->commitments[1];
    assert_string_equal(c->actors[0], "SSZW");
    assert_string_equal(c->date, "2025-10-02");
    assert_string_equal(c->refs[0], "TZ202510-014");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("T03769\nToezegging Reactie WODC-rapport (36.123)\nToezegging: De minister van Justitie en Veiligheid en "
               "de minister van\nBinnenlandse Zaken en Koninkrijksrelaties zeggen de Kamer toe een reactie te sturen.\n"
               "Datum toezegging: 6 oktober 2026\n",
               "2026-12-01");
    c = only_commitment(r);
    assert_int_equal(c->nactors, 2);
    ki_refs_free(r);
}

/* Handelingen: a promise made in the sitting is dated to it; "met de
 * minister en de staatssecretaris van X" names both of X, so "Minister Y:"
 * is the minister of X */
static void test_commitment_sitting_day(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer, 31e vergadering, donderdag 4 december 2025\nVergaderjaar 2025-2026\n\n12 Uitvoering "
                        "Participatiewet\n\nAan de orde is het debat over de uitvoering van de Participatiewet, met de\n"
                        "minister en de staatssecretaris van Sociale Zaken en Werkgelegenheid.\n\nDe voorzitter:\nHet woord "
                        "is aan de minister.\n\nMinister Van Rijswijk:\nVoorzitter. Ik zeg u toe dat ik de Kamer voor 1 "
                        "maart 2026 een brief stuur over de loonkostensubsidie.\n",
                        "2025-12-04");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "MSZW");
    assert_string_equal(c->date, "2025-12-04");
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
    /* a promise after one the speaker has just said is done is a new one;
     * "Ik kom ... met de uitkomsten naar de Kamer" promises */
    r = detect("Tweede Kamer, 31e vergadering, donderdag 4 december 2025\n\nAan de orde is het debat over de "
               "Participatiewet.\n\nDe voorzitter:\nHet woord is aan de minister.\n\nMinister Van Rijswijk (Sociale Zaken en "
               "Werkgelegenheid):\nVoorzitter. In het commissiedebat Arbeidsmarktbeleid van 2 oktober jl. heb ik toegezegd "
               "de Kamer te informeren over de no-riskpolis. Die evaluatie heeft u ontvangen; daarmee is die toezegging "
               "afgedaan. Ik stuur de Kamer in het voorjaar van 2026 een voorstel over de loonkostensubsidie.\n\n"
               "Staatssecretaris Bosschaert (Sociale Zaken en Werkgelegenheid):\nIk kom in het voorjaar met de uitkomsten "
               "van de proef naar de Kamer.\n",
               "2025-12-04");
    assert_int_equal(r->ncommitments, 3);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[1].deadline, "in het voorjaar van 2026");
    assert_int_equal(r->commitments[2].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[2].actors[0], "SSZW");
    ki_refs_free(r);
}

/* Answers to a schriftelijk overleg: a party's quoted inbreng, then
 * "Antwoord:"; the answer's first two sentences say what became of the
 * commitment the inbreng named, asked ('... brief?"') or not */
static void test_commitment_inbreng_answers(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 juni 2026\n\nGeachte voorzitter,\n\nVragen en opmerkingen van de VVD-fractie\n\"De leden "
                        "van de VVD-fractie herinneren de minister aan haar toezegging in het\ncommissiedebat Luchtvaart van 11 "
                        "februari 2026 om de Kamer te informeren over de slotverordening.\nWanneer ontvangt de Kamer die "
                        "brief?\"\n\nAntwoord:\nDie brief heeft u op 14 mei jl. ontvangen.\nDaarmee is de toezegging "
                        "nagekomen.\n\nVragen en opmerkingen van de CU-fractie\n\"De leden van de ChristenUnie-fractie vragen "
                        "naar de toezegging van de\nstaatssecretaris in het tweeminutendebat Spoor van 3 maart 2026 om de Kamer "
                        "te\ninformeren over de aanbesteding.\"\n\nAntwoord:\nDe staatssecretaris informeert uw Kamer daarover "
                        "voor de zomer; de toezegging loopt nog.\n\nDe minister van Infrastructuur en Waterstaat,\n",
                        "2026-06-01");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->commitments[0].date, "2026-02-11");
    assert_int_equal(r->commitments[1].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[1].actors[0], "SIenW");
    ki_refs_free(r);
}

/* A beslisnota: "de brief waarmee u deze toezegging nakomt" settles it;
 * the advice "in te stemmen met de passage in de brief waarin u toezegt de
 * Kamer ... te informeren" is a promise "u" makes in that letter */
static void test_commitment_nota_passage(void **state)
{
    (void)state;
    ki_refs *r = detect("nota  Beslisnota bij Kamerbrief stand van zaken\n\nAan  de minister van Asiel en Migratie\n"
                        "datum  19 november 2025\n\nAanleiding\nIn het commissiedebat Vreemdelingen- en asielbeleid van 1 "
                        "oktober 2025\nheeft u toegezegd de Kamer voor 1 december 2025 te informeren over de\nspreiding. "
                        "Bijgaand treft u de\nbrief aan waarmee u deze toezegging nakomt.\n\nAdvies\nU wordt geadviseerd:\n"
                        "- in te stemmen met de passage in de brief waarin u toezegt de Kamer in het\n  voorjaar van 2026 te "
                        "informeren over de evaluatie van de noodopvang.\n",
                        "2025-11-19");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_string_equal(r->commitments[1].actors[0], "u");
    assert_int_equal(r->commitments[1].relation, KI_REL_MADE);
    assert_string_equal(r->commitments[1].deadline, "in het voorjaar van 2026");
    ki_refs_free(r);
    /* ("in de brief aan te kondigen dat u de Kamer ... informeert") */
    r = detect("nota  Beslisnota bij Kamerbrief geluidhinder\n\nAan  de minister van Infrastructuur en Waterstaat\n"
               "datum  19 november 2026\n\nAdvies\nU wordt geadviseerd:\n- in de brief aan te kondigen dat u de Kamer in "
               "het voorjaar van 2027\n  informeert over de uitkomsten van de geluidsmetingen.\n",
               "2026-11-19");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->actors[0], "u");
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_string_equal(c->deadline, "in het voorjaar van 2027");
    ki_refs_free(r);
}

/* "De minister en ik zullen ...", "De minister van X en ik sturen ...":
 * the writer with the other (a bare title: the other rank of the writer's
 * ministry); "... sturen u bovendien ..." after "Ja, dat zeg ik toe." is
 * one more promise, not the first one's next step */
static void test_commitment_and_i(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 december 2025\n\nGeachte voorzitter,\n\nIk stuur u voor het zomerreces van 2026 een "
                        "nieuwe stand van zaken. De minister\nen ik zullen uw Kamer daarnaast voor het commissiedebat Spoor "
                        "informeren over de aanbesteding.\n\nDe staatssecretaris van Infrastructuur en Waterstaat,\n",
                        "2025-12-01");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[1];
    assert_int_equal(c->nactors, 2);
    assert_true(!strcmp(c->actors[0], "MIenW") || !strcmp(c->actors[1], "MIenW"));
    ki_refs_free(r);
    r = detect("Tweede Kamer, 30e vergadering, woensdag 12 november 2025\n\nAan de orde is het debat over de "
               "hersteloperatie, met de minister en de staatssecretaris van Financi\xc3\xabn.\n\nDe voorzitter:\nHet woord is "
               "aan de minister.\n\nMinister Van Dalen:\nJa, dat zeg ik toe. De staatssecretaris en ik sturen u bovendien voor de\nbehandeling van "
               "de Voorjaarsnota een gezamenlijke brief over de middelen.\n",
               "2025-11-12");
    assert_int_equal(r->ncommitments, 2);
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->deadline, "voor de behandeling van de Voorjaarsnota");
    ki_refs_free(r);
}

/* A standing practice told in the present tense is no promise: "Voor elk
 * nieuw voorstel ontvangt u binnen zes weken een BNC-fiche." */
static void test_commitment_standing_practice(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 juni 2026\n\nGeachte voorzitter,\n\nVoor elk nieuw voorstel ontvangt u binnen zes weken "
                        "een BNC-fiche. Voor de zomer ontvangt u van mij een brief over de rijtijden.\n\nDe minister van "
                        "Infrastructuur en Waterstaat,\n",
                        "2026-06-01");
    ki_commitment *c = only_commitment(r);
    assert_string_equal(c->deadline, "Voor de zomer");
    ki_refs_free(r);
    /* "... kom ik terug in de voortgangsbrief ...": the text it will come
     * in says when */
    r = detect("Den Haag, 1 december 2026\n\nGeachte voorzitter,\n\nOp de resultaten van de pilot met startersleningen\n"
               "kom ik terug in de voortgangsbrief mkb van het najaar van 2027.\n\nDe minister van Economische Zaken,\n",
               "2026-12-01");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
    /* a promise after a paragraph that named motions without their names
     * is no next step of theirs */
    r = detect("Den Haag, 27 november 2025\n\nGeachte voorzitter,\n\nDe stand van zaken van de overige toezeggingen en van "
               "de twee moties die nog op de lijst stonden, vindt u in de bijlage.\n\nIk stuur uw Kamer voor het "
               "zomerreces 2026 het volgende overzicht.\n\nDe minister van Sociale Zaken en Werkgelegenheid,\n",
               "2025-11-27");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_MADE);
    ki_refs_free(r);
}

/* A section per item whose heading carries the item's number ("4.
 * Wachttijden jeugdbescherming (TZ202509-071)"): the commitment of the
 * paragraph below takes it */
static void test_commitment_section_number(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 1 december 2025\n\nGeachte voorzitter,\n\n4. Wachttijden jeugdbescherming "
                        "(TZ202509-071)\n\nIn het tweeminutendebat Jeugdbescherming van 25 september 2025 heb ik\ntoegezegd "
                        "de Kamer voor de zomer van 2026 te informeren over de wachttijden. Deze\ntoezegging loopt nog.\n\n"
                        "De staatssecretaris Jeugd, Preventie en Sport,\n",
                        "2025-12-01");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->nrefs, 1);
    assert_string_equal(c->refs[0], "TZ202509-071");
    ki_refs_free(r);
}

/* "Met deze brief is aan de toezegging voldaan, zij het enkele weken later
 * dan beloofd": done, late; "Het rapport komt later dan toegezegd" alone
 * is progress */
static void test_commitment_done_late(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 20 juni 2011\n\nGeachte voorzitter,\n\nIn het AO van 7 december 2010 heb ik toegezegd uw "
                        "Kamer voor 1 juni 2011 te informeren over fraude met pgb's. Met deze brief is aan de toezegging "
                        "voldaan, zij het enkele weken later dan beloofd.\n\nDe staatssecretaris van Volksgezondheid, "
                        "Welzijn en Sport,\n",
                        "2011-06-20");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    r = detect("Den Haag, 20 juni 2011\n\nGeachte voorzitter,\n\nIn het AO van 7 december 2010 heb ik toegezegd uw "
               "Kamer voor 1 juni 2011 te informeren over fraude met pgb's. Het rapport komt later dan toegezegd.\n\n"
               "De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n",
               "2011-06-20");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* its next step promised about it: progress */
    r = detect("Den Haag, 20 juni 2011\n\nGeachte voorzitter,\n\nIn het plenaire debat van 17 mei jongstleden heb ik "
               "toegezegd te bezien hoe de gevolgen voor clienten kunnen worden verzacht. Ik ben daarover in overleg "
               "met Zorgverzekeraars Nederland en zal uw Kamer na de zomer nader berichten.\n\nDe staatssecretaris van "
               "Volksgezondheid, Welzijn en Sport,\n",
               "2011-06-20");
    c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    ki_refs_free(r);
}

/* "Die verkenning is gereed en gaat als bijlage bij deze brief mee": what
 * was promised goes with this letter */
static void test_commitment_sent_along(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 2 maart 2026\n\nGeachte voorzitter,\n\nDe staatssecretaris heeft in het commissiedebat "
                        "Armoedebeleid van 4 december 2025 toegezegd voor de zomer een verkenning te sturen. Die verkenning "
                        "is gereed en gaat als bijlage bij deze brief mee.\n\nDe minister van Sociale Zaken en "
                        "Werkgelegenheid,\n",
                        "2026-03-02");
    ki_commitment *c = only_commitment(r);
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A table row's status cell "Vervalt" closes the promise without its
 * being done: addressed, as "Afgerond" is settled and "Loopt" or "Ligt op
 * schema" progress */
static void test_commitment_row_lapses(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 15 april 2026\n\nTabel 2 Toezeggingen\n"
                        "| Nr. | Toezegging | Gedaan in | Termijn | Status |\n"
                        "| 5 | De minister stuurt de Kamer een overzicht van de gebiedsplannen. | Commissiedebat Natuur "
                        "9 oktober 2025 | - | Afgerond |\n"
                        "| 6 | De minister onderzoekt of de verordening een aparte wet vergt. | Commissiedebat Natuur "
                        "9 oktober 2025 | - | Vervalt |\n"
                        "| 7 | De minister stuurt de Kamer de evaluatie van de beekherstelprojecten. | Commissiedebat Natuur "
                        "9 oktober 2025 | medio 2027 | Ligt op schema |\n",
                        "2026-04-15");
    assert_int_equal(r->ncommitments, 3);
    assert_int_equal(r->commitments[2].relation, KI_REL_PROGRESS);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    assert_int_equal(r->commitments[1].relation, KI_REL_ADDRESSED);
    assert_string_equal(r->commitments[1].date, "2025-10-09");
    assert_string_equal(r->commitments[1].evidence, "Vervalt |");
    ki_refs_free(r);
}

/* In a bewindspersoon's turn in the Handelingen, a promise named by its
 * meeting and told of as under way ("De toezegging uit het commissiedebat X
 * van D over Y loopt nog") is the speaker's, progress; "loopt nog tot" is a
 * term, not the state of the promise */
static void test_commitment_speaker_meeting_named(void **state)
{
    (void)state;
    ki_refs *r = detect("Handelingen II 2025/26, nr. 20\n\nVergadering van woensdag 12 november 2025\n\n"
                        "Aan de orde is het debat over de hersteloperatie met de staatssecretaris van Financi\xc3\xabn.\n\n"
                        "Staatssecretaris Ramdin-Hoek:\nDank u wel, voorzitter.\n\n"
                        "De toezegging uit het commissiedebat Hersteloperatie kinderopvangtoeslag van 18 september jl. over "
                        "de schulden bij private schuldeisers loopt nog. Wij zijn met de banken in gesprek.\n\n"
                        "De voorzitter:\nDank u wel.\n",
                        "2025-11-12");
    assert_int_equal(r->ncommitments, 1);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SFin");
    assert_string_equal(c->date, "2025-09-18");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->subject, "de schulden bij private schuldeisers");
    ki_refs_free(r);
    /* a member's turn: no one of the government speaks */
    r = detect("Handelingen II 2025/26, nr. 20\n\nVergadering van woensdag 12 november 2025\n\n"
               "Mevrouw Hammelburg-Smit (D66):\nDank u wel, voorzitter.\n\n"
               "De toezegging uit het commissiedebat Hersteloperatie kinderopvangtoeslag van 18 september jl. over "
               "de schulden bij private schuldeisers loopt nog. Dat duurt te lang.\n\n"
               "De voorzitter:\nDank u wel.\n",
               "2025-11-12");
    for (size_t i = 0; i < r->ncommitments; i++)
        assert_int_equal(r->commitments[i].nactors, 0);
    ki_refs_free(r);
}

/* A promise under way whose status gives a step's time first ("de
 * uitvoeringstoets ontvang ik in januari") and then when the Kamer hears:
 * that one is its deadline */
static void test_commitment_progress_term_to_kamer(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 6 oktober 2025\n\nGeachte voorzitter,\n\nIn het commissiedebat Toeslagen van 20 maart "
                        "2025 heb ik toegezegd te onderzoeken of een plafond voor verrekening mogelijk is. Dat onderzoek "
                        "loopt nog; de uitvoeringstoets van de Belastingdienst ontvang ik in januari. Ik verwacht uw Kamer "
                        "in het voorjaar van 2026 over de uitkomst te informeren.\n\n"
                        "De Staatssecretaris van Financi\xc3\xabn,\n",
                        "2025-10-06");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].relation, KI_REL_PROGRESS);
    assert_string_equal(r->commitments[0].deadline, "in het voorjaar van 2026");
    ki_refs_free(r);
}

/* A griffie's letter to a minister: "de toezegging die zij ... op 12
 * november jl. heeft gedaan" is the one named just before (the
 * staatssecretaris), "die u ... heeft gedaan" the addressee's; a subject
 * line's "toezeggingen" that runs on into "Ons kenmerk 2026Z21345" is no
 * commitment of that number */
static void test_commitment_relative_maker(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal\nVaste commissie voor Financi\xc3\xabn\n\n"
                        "Aan de minister van Financi\xc3\xabn\n\n"
                        "Plaats en datum       Den Haag, 26 november 2026\n"
                        "Betreft               Verzoek om informatie over de uitvoering van moties en\n"
                        "                      toezeggingen over de Belastingdienst\n"
                        "Ons kenmerk           2026Z21345\n\nGeachte minister,\n\n"
                        "De commissie verzoekt u, namens haar de staatssecretaris van Financi\xc3\xabn te vragen naar de "
                        "stand van de toezegging die zij tijdens het tweeminutendebat Hersteloperatie toeslagen op 12 "
                        "november jl. heeft gedaan, namelijk de Kamer te informeren over het gesprek.\n\n"
                        "Ook vraagt zij naar de toezegging die u in het commissiedebat Belastingdienst van 8 oktober "
                        "2026 heeft gedaan.\n\nDe griffier van de commissie,\nVan Dalen\n",
                        "2026-11-26");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SFin");
    assert_string_equal(c->date, "2026-11-12");
    assert_string_equal(c->venue, "tweeminutendebat Hersteloperatie toeslagen");
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MFin");
    assert_string_equal(c->date, "2026-10-08");
    ki_refs_free(r);
}

/* A verslag telling what a bewindspersoon said: "Zij wijst erop dat de
 * toezegging uit het commissiedebat X van D ... is vertraagd" is hers (she
 * whom the sentence before had promise something), "De minister van X
 * meldt dat de toezegging over Y ..." his */
static void test_commitment_told_by(void **state)
{
    (void)state;
    ki_refs *r = detect("26 643 Informatie- en communicatietechnologie (ICT)\n\n"
                        "Nr. 1290 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 9 december 2026\n\n"
                        "De vaste commissie voor Digitale Zaken heeft op 18 november 2026 overleg gevoerd met de heer "
                        "Dekkers, minister van Binnenlandse Zaken en Koninkrijksrelaties, over de toekomst van DigiD.\n\n"
                        "Mevrouw Van der Werf (D66) vraagt naar de pilot. De staatssecretaris van Justitie en "
                        "Veiligheid zegde toe de Kamer uiterlijk medio 2027 te informeren. Zij wijst erop dat de "
                        "toezegging uit het commissiedebat Digitale overheid van 14 mei 2026 over de toegankelijkheid van "
                        "DigiD is vertraagd.\n\n"
                        "De minister van Financi\xc3\xabn meldt dat de toezegging uit het wetgevingsoverleg Belastingplan "
                        "van 2 november 2026 over de heffing is vertraagd.\n",
                        "2026-12-09");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[1];
    assert_string_equal(c->date, "2026-05-14");
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJenV");
    c = &r->commitments[2];
    assert_string_equal(c->date, "2026-11-02");
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "MFin");
    ki_refs_free(r);
}

/* A list of promises under a heading that names the debate and its day:
 * each item made there and then, its "Stand:" line saying how it stands;
 * "Beide ministers zeggen toe" is the signer and the one the letter is
 * sent on behalf of */
static void test_commitment_list_under_debate_heading(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 19 november 2026\n\nGeachte voorzitter,\n\n"
                        "Hierbij ontvangt u, mede namens de minister voor Buitenlandse Handel en Ontwikkelingshulp, een "
                        "overzicht van de toezeggingen die wij in het debat hebben gedaan.\n\n"
                        "Overzicht toezeggingen begrotingsbehandeling (12 november 2026)\n"
                        "1. De minister van Buitenlandse Zaken zegt toe de Kamer voor 1 maart 2027 te informeren\n"
                        "   over de herziening van het sanctiebeleid.\n"
                        "   Stand: wordt meegenomen in de Voorjaarsnota 2027.\n"
                        "2. Beide ministers zeggen toe de Kamer voor het zomerreces te informeren over de\n"
                        "   Afrikastrategie.\n"
                        "   Stand: afgedaan; de brief treft u aan als bijlage bij deze brief.\n\n"
                        "De minister van Buitenlandse Zaken,\n\nR.F.M. Ouweneel\n",
                        "2026-11-19");
    assert_int_equal(r->ncommitments, 2);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->date, "2026-11-12");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    assert_string_equal(c->actors[0], "MBuZa");
    c = &r->commitments[1];
    assert_string_equal(c->date, "2026-11-12");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    assert_int_equal(c->nactors, 2);
    assert_string_equal(c->actors[0], "MBuZa");
    assert_string_equal(c->actors[1], "MBHO");
    ki_refs_free(r);
}

/* A register by item: a heading that names the meeting and its day, the
 * promise after "Toezegging:", how it stands after "Planning:" (one
 * record each, the writer's); a promise found in such an item takes its
 * heading's meeting and day */
static void test_commitment_label_items(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 27 november 2026\n\nToezeggingen\n\n"
                        "1. Commissiedebat Digitale economie (3 juni 2026)\n"
                        "Toezegging: de Kamer in Q4 2026 informeren over de uitvoering van de AI-verordening bij\n"
                        "toezichthouders.\n"
                        "Planning: de brief is vertraagd en wordt in januari 2027 verzonden.\n\n"
                        "2. Tweeminutendebat Mededinging (18 september 2026)\n"
                        "Toezegging: binnen zes weken een reactie sturen op het ACM-rapport.\n"
                        "Planning: afgedaan met de brief van 29 oktober 2026.\n\n"
                        "3. Debat over de Europese Raad (24 juni 2026)\n"
                        "De minister-president heeft toegezegd dat het kabinet voor de Europese Raad van maart 2027\n"
                        "een visie stuurt. Ik co\xc3\xb6rdineer die brief; zij is in voorbereiding.\n\n"
                        "De minister van Economische Zaken,\nD.P. Hartsuiker\n",
                        "2026-11-27");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[0];
    assert_string_equal(c->actors[0], "MEZK");
    assert_string_equal(c->date, "2026-06-03");
    assert_string_equal(c->venue, "Commissiedebat Digitale economie");
    assert_string_equal(c->deadline, "in Q4 2026");
    assert_int_equal(c->relation, KI_REL_PROGRESS);
    c = &r->commitments[1];
    assert_string_equal(c->date, "2026-09-18");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    c = &r->commitments[2];
    assert_string_equal(c->actors[0], "MP");
    assert_string_equal(c->date, "2026-06-24");
    ki_refs_free(r);
}

/* Answers to written questions headed "Antwoorden van de
 * staatssecretaris van X \xe2\x80\x93 portfolio op vragen van ...": the "ik" and
 * the question's "u" are that staatssecretaris; a promise the question
 * recalls is settled by the answer's third sentence ("Met dit antwoord is
 * die toezegging afgedaan") */
static void test_commitment_answers_written_title(void **state)
{
    (void)state;
    ki_refs *r = detect("Antwoorden van de staatssecretaris van Financi\xc3\xabn \xe2\x80\x93 Herstel en Toeslagen op vragen "
                        "van het lid Post-Verhoef (GroenLinks-PvdA) over het herstel (ingezonden 2 november 2026).\n\n"
                        "Vraag 1\nHoeveel ouders wachten nog?\n\nAntwoord op vraag 1\nHet zijn er 2.318. Ik zal uw Kamer "
                        "voor het kerstreces informeren over de verdeling.\n\n"
                        "Vraag 2\nIn het commissiedebat Hersteloperatie van 25 september jl. heeft u toegezegd te "
                        "onderzoeken of ouders via de ambassades kunnen worden geholpen. Wat is de uitkomst?\n\n"
                        "Antwoord op vraag 2\nDat onderzoek is klaar. Sinds 1 november houden de ambassades een spreekuur. "
                        "Met dit antwoord is die toezegging afgedaan.\n",
                        "2026-11-23");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].actors[0], "SFin");
    assert_int_equal(r->commitments[0].relation, KI_REL_MADE);
    ki_commitment *c = &r->commitments[1];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SFin");
    assert_string_equal(c->date, "2026-09-25");
    assert_int_equal(c->relation, KI_REL_SETTLED);
    ki_refs_free(r);
    /* in a debate: "Is dat gebeurd?" / "Ja. ...; daarmee heb ik die
     * toezegging gestand gedaan." */
    r = detect("Handelingen II 2026/27, nr. 24\n\nVergadering van dinsdag 17 november 2026\n\n"
               "De heer Van Steenis (ChristenUnie):\nIn het debat van 3 september jl. heeft de minister van "
               "Infrastructuur en Waterstaat toegezegd de geluidsmonitor openbaar te maken. Is dat gebeurd?\n\n"
               "Minister Smeets-Ouali:\nJa. De monitor staat sinds 1 november online; daarmee heb ik die toezegging "
               "gestand gedaan.\n\nDe voorzitter:\nDank u wel.\n",
               "2026-11-17");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].relation, KI_REL_SETTLED);
    ki_refs_free(r);
}

/* A debate names its bewindspersonen once, when the chair welcomes them:
 * "de staatssecretaris zal ..." said by the minister a page later is that
 * staatssecretaris; "En de staatssecretaris en ik sturen u ..." both; "ik
 * laat het u weten" is a promise without its time (not "Hierbij laat ik u
 * weten dat ...") */
static void test_commitment_debate_named_once(void **state)
{
    (void)state;
    char t[8192];
    int k = snprintf(t, sizeof t, "%s",
                     "Handelingen II 2026/27, nr. 26\n\nVergadering van donderdag 19 november 2026\n\n"
                     "De voorzitter:\nIk heet de minister van Volksgezondheid, Welzijn en Sport en de staatssecretaris "
                     "Jeugd, Preventie en Sport van harte welkom.\n\nMinister Haverkamp-Diouf:\n");
    for (int i = 0; i < 12; i++)
        k += snprintf(t + k, sizeof t - (size_t)k, "Jongeren tussen 18 en 23 jaar vallen te vaak tussen twee stelsels. ");
    snprintf(t + k, sizeof t - (size_t)k, "%s",
             "Over de jeugdzorg zelf: de staatssecretaris zal de Kamer voor 1 maart 2027 het plan van aanpak sturen. "
             "En de staatssecretaris en ik sturen u in het voorjaar van 2027 een gezamenlijke brief over de overgang. "
             "Hoeveel dat kost, weet ik niet. We gaan dat uitzoeken en ik laat het u weten. Hierbij laat ik u weten "
             "dat de regeling ingaat.\n\nDe voorzitter:\nDank u wel.\n");
    ki_refs *r = detect(t, "2026-11-19");
    assert_int_equal(r->ncommitments, 3);
    ki_commitment *c = &r->commitments[0];
    assert_int_equal(c->nactors, 1);
    assert_string_equal(c->actors[0], "SJSP");
    c = &r->commitments[1];
    assert_int_equal(c->nactors, 2);
    assert_true((strcmp(c->actors[0], "MVWS") == 0 && strcmp(c->actors[1], "SJSP") == 0) ||
                (strcmp(c->actors[0], "SJSP") == 0 && strcmp(c->actors[1], "MVWS") == 0));
    c = &r->commitments[2];
    assert_string_equal(c->actors[0], "MVWS");
    assert_int_equal(c->relation, KI_REL_MADE);
    assert_null(c->deadline);
    ki_refs_free(r);
    /* "Dat kan ik toezeggen." answers the question asked after the
     * speaker's earlier promise: a promise of its own, not that one again */
    r = detect("Handelingen II 2026/27, nr. 20\n\nVergadering van woensdag 25 november 2026\n\n"
               "Minister Dekkers-Bal (Volkshuisvesting en Ruimtelijke Ordening):\nIk zeg toe dat ik de Kamer voor 1 april "
               "2027 een overzicht stuur.\n\nMevrouw Wijnands (GL-PvdA):\nKan de minister ook toezeggen dat de Kamer "
               "voor de zomer van 2027 de monitor krijgt?\n\nMinister Dekkers-Bal (Volkshuisvesting en Ruimtelijke "
               "Ordening):\nDat kan ik toezeggen.\n\nDe voorzitter:\nDank u.\n",
               "2026-11-25");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[1].deadline, "voor de zomer van 2027");
    ki_refs_free(r);
}

/* A Handelingen item on a ministry's begroting whose minister speaks as
 * "Minister Terpstra-Amrani:" (no ministry in the label, none named
 * before): the minister of the ministry the item's head names, also when a
 * column broke its name ("Ministerie van Onder-\nwijs, ...") */
static void test_commitment_speaker_from_item_head(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer   Begroting Onderwijs, Cultuur en Wetenschap 2027   5 november 2026\n\n"
                        "Aan de orde is de voortzetting van de be-\nhandeling van:\n- het wetsvoorstel Vaststelling van "
                        "de be-\ngrotingsstaten van het Ministerie van Onder-\nwijs, Cultuur en Wetenschap (VIII) voor "
                        "het\njaar 2027 (36 950-VIII).\n\nMevrouw Van der Zee-Bakker (NSC):\nKan de minister dat "
                        "toezeggen?\n\nMinister Terpstra-Amrani:\nJa. Ik zeg toe dat ik de Kamer in februari 2027 een "
                        "overzicht stuur van de kosten.\n\nDe voorzitter:\nDank u wel.\n",
                        "2026-11-05");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MOCW");
    ki_refs_free(r);
}

/* An abbreviation the text defines in brackets after a title ("de
 * staatssecretaris van Defensie (SvD)") names that bewindspersoon in a
 * table's column "Bwp" */
static void test_commitment_defined_abbreviation(void **state)
{
    (void)state;
    ki_refs *r = detect("Bijlage 4 Overzicht openstaande toezeggingen\n\n"
                        "Deze bijlage geeft de toezeggingen van de minister van Defensie (MinDef) en de staatssecretaris "
                        "van Defensie (SvD) die op 15 augustus 2026 nog openstonden.\n\n"
                        "| Toezegging | Vindplaats | Bwp | Stand van zaken |\n"
                        "| De minister stuurt de Kamer jaarlijks een overzicht. | WGO Jaarverslag 22-06-2026 | MinDef | "
                        "Doorlopend |\n"
                        "| De Kamer wordt medio 2027 geinformeerd over de evaluatie van het personeelssysteem. | CD "
                        "Personeel 12-03-2026 | SvD | Ligt op schema |\n",
                        "2026-09-15");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].actors[0], "MDef");
    assert_int_equal(r->commitments[1].nactors, 1);
    assert_string_equal(r->commitments[1].actors[0], "SDef");
    ki_refs_free(r);
}

/* A verslag of a debate with two ministers: "Minister Hendriksen:" is the
 * one its opening names with that name ("overleg gevoerd met de heer
 * Hendriksen, Minister van X, en mevrouw Y, Minister van Z"), not the
 * minister named last */
static void test_commitment_speaker_named_in_opening(void **state)
{
    (void)state;
    ki_refs *r = detect("35 334 Stikstof\n\nNr. 412 VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 6 november 2026\n\n"
                        "De vaste commissie voor LVVN heeft op 14 oktober 2026 overleg gevoerd met de heer Hendriksen, "
                        "Minister van Landbouw, Visserij,\nVoedselzekerheid en Natuur, en mevrouw Van Loon-Pietersz, "
                        "Minister van Klimaat en Groene\nGroei, over:\n- de brief.\n\n"
                        "Minister Hendriksen:\nIk zeg toe dat ik de Kamer voor de zomer van 2027 informeer over de "
                        "pilots.\n\nMinister Van Loon-Pietersz:\nIk zeg toe dat ik de Kamer voor de kerst informeer over "
                        "de middelen.\n",
                        "2026-11-06");
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(r->commitments[0].actors[0], "MLVVN");
    assert_string_equal(r->commitments[1].actors[0], "MKGG");
    ki_refs_free(r);
}

/* "heeft de\nstaatssecretaris toegezegd" (a title broken over a line) is
 * that staatssecretaris of a letter two sign, not both; "Wij kunnen de
 * toezegging daarom niet nakomen" handles it without its being done */
static void test_commitment_title_over_line_and_not_kept(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 30 november 2026\n\nGeachte voorzitter,\n\n"
                        "Tijdens het tweeminutendebat Armoede- en schuldenbeleid van 9 april 2026 heeft de\n"
                        "staatssecretaris toegezegd voor 1 november 2026 te onderzoeken hoe de beslagvrije voet kan "
                        "worden vereenvoudigd. Dat onderzoek loopt.\n\n"
                        "De minister heeft in het commissiedebat Arbeidsmigratie van 11 februari 2026 toegezegd de Kamer "
                        "voor 1 juli 2026 te informeren over een certificeringsplicht. Het wetsvoorstel is controversieel "
                        "verklaard. Wij kunnen de toezegging daarom niet nakomen en beschouwen haar als vervallen.\n\n"
                        "De minister van Sociale Zaken en Werkgelegenheid,\nW.A. Jongerius-Brand\n"
                        "De staatssecretaris van Sociale Zaken en Werkgelegenheid,\nF.T. Kasmi\n",
                        "2026-11-30");
    assert_int_equal(r->ncommitments, 2);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "SSZW");
    assert_string_equal(r->commitments[1].actors[0], "MSZW");
    assert_int_equal(r->commitments[1].relation, KI_REL_ADDRESSED);
    ki_refs_free(r);
}

/* The Handelingen as a PDF prints them: the speaker's label opens the
 * paragraph of the turn ("Minister Van den Akker-Roos: Voorzitter. ...");
 * the minister the chair named speaks, a member's turn promises nothing */
static void test_commitment_inline_speaker_labels(void **state)
{
    (void)state;
    ki_refs *r = detect("Tweede Kamer\n\nDebat over de verkeersveiligheid\n\nVergadering van woensdag 21 januari 2026\n\n"
                        "De voorzitter: Ik heet de minister van Infrastructuur en Waterstaat van harte welkom.\n\n"
                        "De heer Vedder (CDA): Voorzitter. Ik zeg toe dat ik in de tweede termijn een motie indien.\n\n"
                        "Minister Van den Akker-Roos: Voorzitter. Dank aan de leden. Ik zeg de heer Vedder toe dat ik "
                        "de Kamer voor de zomer over de resultaten van die proef informeer.\n\n"
                        "De voorzitter: Dank u wel.\n",
                        "2026-01-21");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "MIenW");
    ki_refs_free(r);
}

/* A letter's register row "Toezegging tijdens het commissiedebat X van D:
 * de staatssecretaris informeert de Kamer ..." that it says was kept, no
 * maker named: the staatssecretaris of the signer's ministry, not the
 * signer */
static void test_commitment_row_rank_after_colon(void **state)
{
    (void)state;
    ki_refs *r = detect("Den Haag, 20 november 2025\n\nGeachte voorzitter,\n\n"
                        "| Nr. | Motie / toezegging | Vindplaats | Stand van zaken |\n"
                        "| 7 | Toezegging tijdens het commissiedebat Dierenwelzijn van 25 september 2025: de "
                        "staatssecretaris informeert de Kamer voor 1 januari 2026 over het convenant. | TZ202509-118 | "
                        "De toezegging is afgedaan. |\n\n"
                        "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nP.H. Mulder-Tjeenk\n",
                        "2025-11-20");
    assert_int_equal(r->ncommitments, 1);
    assert_int_equal(r->commitments[0].nactors, 1);
    assert_string_equal(r->commitments[0].actors[0], "SLVVN");
    ki_refs_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kamerstuk_record), cmocka_unit_test(test_motion_forms),
        cmocka_unit_test(test_commitment_forms), cmocka_unit_test(test_commitment_future),
        cmocka_unit_test(test_commitment_block),  cmocka_unit_test(test_commitment_noun_clauses),
        cmocka_unit_test(test_commitment_table_row), cmocka_unit_test(test_motion_clauses),
        cmocka_unit_test(test_commitment_speakers), cmocka_unit_test(test_commitment_mentions),
        cmocka_unit_test(test_list_introduction),
        cmocka_unit_test(test_two_list_introductions),
        cmocka_unit_test(test_json),             cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_seed),             cmocka_unit_test(test_numbers_from_context),
        cmocka_unit_test(test_reference_forms_heldout3),
        cmocka_unit_test(test_ek_letter_numbers), cmocka_unit_test(test_rijkswet_in_compact_ids),
        cmocka_unit_test(test_motion_sponsors_apart),
        cmocka_unit_test(test_motion_van_preposition),
        cmocka_unit_test(test_motion_letter_relations), cmocka_unit_test(test_motion_progress_contexts),
        cmocka_unit_test(test_motion_title_words),
        cmocka_unit_test(test_motion_not_owned_numbers),
        cmocka_unit_test(test_motion_dash_ids),
        cmocka_unit_test(test_motion_one_sponsor_list),
        cmocka_unit_test(test_motion_changed_sponsors),
        cmocka_unit_test(test_motion_subject_forms),
        cmocka_unit_test(test_motion_document_not_self_settled),
        cmocka_unit_test(test_motions_read_out),
        cmocka_unit_test(test_motion_after_read_out_body),
        cmocka_unit_test(test_motion_moved_considerans),
        /* motions on real text, review 6 */
        cmocka_unit_test(test_motion_member_forms),
        cmocka_unit_test(test_motion_heading_line),
        cmocka_unit_test(test_motion_numbered_lists),
        cmocka_unit_test(test_motion_relation_words),
        cmocka_unit_test(test_motion_back_reference),
        cmocka_unit_test(test_motion_list_spans),
        cmocka_unit_test(test_motion_dictum_subject),
        /* motions, review 9 */
        cmocka_unit_test(test_motion_clause_by_number),
        cmocka_unit_test(test_letter_dash_id),
        cmocka_unit_test(test_motion_first_names),
        cmocka_unit_test(test_motion_status_overview),
        cmocka_unit_test(test_motion_by_subject),
        /* commitments on unseen text */
        cmocka_unit_test(test_commitment_relation_words),
        cmocka_unit_test(test_commitment_next_step_deadline),
        cmocka_unit_test(test_commitment_venue_placement),
        cmocka_unit_test(test_commitment_register_entry),
        cmocka_unit_test(test_commitment_status_decisions),
        cmocka_unit_test(test_commitment_letter_forms),
        cmocka_unit_test(test_commitment_passive),
        cmocka_unit_test(test_review9_lookalikes),
        cmocka_unit_test(test_commitment_semicolon_clause),
        cmocka_unit_test(test_commitment_points_back),
        cmocka_unit_test(test_relation_carried_out_here),
        cmocka_unit_test(test_commitment_separable_verb),
        cmocka_unit_test(test_commitment_present_venue),
        cmocka_unit_test(test_commitment_review11),
        cmocka_unit_test(test_commitment_rappel_letter),
        cmocka_unit_test(test_commitment_nota_letter_promises),
        cmocka_unit_test(test_commitment_confirmed_and_dated),
        cmocka_unit_test(test_commitment_announced_meeting),
        cmocka_unit_test(test_commitment_done_named_meeting),
        cmocka_unit_test(test_commitment_question_answered),
        cmocka_unit_test(test_commitment_register_labels),
        cmocka_unit_test(test_commitment_nota_summary_list),
        cmocka_unit_test(test_commitment_signers_and_next_step),
        cmocka_unit_test(test_commitment_nota_head_and_sections),
        cmocka_unit_test(test_commitment_debate_turns),
        cmocka_unit_test(test_commitment_rappel_reactions),
        cmocka_unit_test(test_commitment_follow_up_debate),
        cmocka_unit_test(test_commitment_named_otherwise),
        cmocka_unit_test(test_commitment_open_until),
        cmocka_unit_test(test_commitment_older_letters),
        cmocka_unit_test(test_commitment_begroting_table),
        cmocka_unit_test(test_commitment_verslag_list_restates),
        cmocka_unit_test(test_commitment_counted),
        cmocka_unit_test(test_commitment_letter_phrasings),
        cmocka_unit_test(test_commitment_nota_advice),
        cmocka_unit_test(test_commitment_per_debate),
        cmocka_unit_test(test_commitment_entry_status),
        cmocka_unit_test(test_commitment_expected_next),
        cmocka_unit_test(test_motion_sponsor_titles),
        cmocka_unit_test(test_commitment_conform_and_decisions),
        cmocka_unit_test(test_relation_announced_list),
        cmocka_unit_test(test_commitment_venue_before),
        cmocka_unit_test(test_commitment_delivered_and_pronouns),
        cmocka_unit_test(test_commitment_other_words),
        cmocka_unit_test(test_commitment_narrative),
        cmocka_unit_test(test_commitment_lists_and_pronouns),
        cmocka_unit_test(test_commitment_present_tense),
        cmocka_unit_test(test_commitment_overview_items),
        cmocka_unit_test(test_commitment_sections),
        /* motions, review 10 */
        cmocka_unit_test(test_motion_review10_debate_sponsors),
        cmocka_unit_test(test_motion_review10_moved_by_subject),
        cmocka_unit_test(test_motion_review10_subject_stops),
        cmocka_unit_test(test_motion_review10_contrast_and_status),
        cmocka_unit_test(test_motion_review10_lists_and_questions),
        cmocka_unit_test(test_motion_review10_narrative),
        cmocka_unit_test(test_sentence_end_span),
        cmocka_unit_test(test_motion_dedup_many),
        cmocka_unit_test(test_motion_changed_many),
        cmocka_unit_test(test_commitment_row_after_many),
        cmocka_unit_test(test_commitment_answers_named_question),
        cmocka_unit_test(test_commitment_also_and_taken_up),
        cmocka_unit_test(test_commitment_by_other_bodies),
        cmocka_unit_test(test_commitment_progress_named_again),
        cmocka_unit_test(test_commitment_made_elsewhere),
        cmocka_unit_test(test_commitment_named_once),
        cmocka_unit_test(test_commitment_bill_term_and_kept),
        cmocka_unit_test(test_commitment_after_items_in_general),
        cmocka_unit_test(test_commitment_labelled_list),
        cmocka_unit_test(test_commitment_annual_report),
        cmocka_unit_test(test_commitment_answer_head),
        cmocka_unit_test(test_commitment_ek_export),
        cmocka_unit_test(test_commitment_item_runs_on),
        cmocka_unit_test(test_commitment_mine_relative),
        cmocka_unit_test(test_commitment_postponed),
        cmocka_unit_test(test_commitment_after_subject_line),
        cmocka_unit_test(test_commitment_took_place),
        cmocka_unit_test(test_commitment_named_there),
        cmocka_unit_test(test_commitment_nota_and_answer_turn),
        cmocka_unit_test(test_commitment_bullet_status),
        cmocka_unit_test(test_commitment_answers_question_not_remark),
        cmocka_unit_test(test_motion_bullet_status),
        cmocka_unit_test(test_motion_not_taken_up_and_begun),
        cmocka_unit_test(test_commitment_new_term_of_late_one),
        cmocka_unit_test(test_commitment_request_and_late_kamer),
        cmocka_unit_test(test_commitment_broken_words_and_named_meeting),
        cmocka_unit_test(test_commitment_heading_then_maker),
        cmocka_unit_test(test_motion_chair_announces_signed),
        cmocka_unit_test(test_motion_decided_against),
        cmocka_unit_test(test_commitment_inverted_and_on_behalf),
        cmocka_unit_test(test_commitment_written_questions),
        cmocka_unit_test(test_commitment_answer_to_fractie),
        cmocka_unit_test(test_commitment_kept_in_letter),
        cmocka_unit_test(test_commitment_local_council),
        cmocka_unit_test(test_commitment_table_rows_on_behalf),
        cmocka_unit_test(test_commitment_later_than_and_joint),
        cmocka_unit_test(test_commitment_cabinet_present),
        cmocka_unit_test(test_commitment_same_meeting_and_begun),
        cmocka_unit_test(test_commitment_advice_against),
        cmocka_unit_test(test_commitment_councils),
        cmocka_unit_test(test_commitment_predecessor_noun),
        cmocka_unit_test(test_commitment_letters_own_and_heading),
        cmocka_unit_test(test_commitment_beloofd),
        cmocka_unit_test(test_commitment_laat_weten),
        cmocka_unit_test(test_commitment_joint_titles),
        cmocka_unit_test(test_commitment_written_question_answers),
        cmocka_unit_test(test_commitment_from_now_on),
        cmocka_unit_test(test_commitment_label_export),
        cmocka_unit_test(test_commitment_table_who),
        cmocka_unit_test(test_commitment_row_lapses),
        cmocka_unit_test(test_commitment_speaker_meeting_named),
        cmocka_unit_test(test_commitment_progress_term_to_kamer),
        cmocka_unit_test(test_commitment_relative_maker),
        cmocka_unit_test(test_commitment_told_by),
        cmocka_unit_test(test_commitment_list_under_debate_heading),
        cmocka_unit_test(test_commitment_label_items),
        cmocka_unit_test(test_commitment_answers_written_title),
        cmocka_unit_test(test_commitment_debate_named_once),
        cmocka_unit_test(test_commitment_speaker_from_item_head),
        cmocka_unit_test(test_commitment_defined_abbreviation),
        cmocka_unit_test(test_commitment_speaker_named_in_opening),
        cmocka_unit_test(test_commitment_title_over_line_and_not_kept),
        cmocka_unit_test(test_commitment_inline_speaker_labels),
        cmocka_unit_test(test_commitment_row_rank_after_colon),
        cmocka_unit_test(test_commitment_on_behalf_we),
        cmocka_unit_test(test_commitment_heading_paragraph),
        cmocka_unit_test(test_commitment_annex_headings),
        cmocka_unit_test(test_commitment_sitting_day),
        cmocka_unit_test(test_commitment_inbreng_answers),
        cmocka_unit_test(test_commitment_nota_passage),
        cmocka_unit_test(test_commitment_and_i),
        cmocka_unit_test(test_commitment_standing_practice),
        cmocka_unit_test(test_commitment_section_number),
        cmocka_unit_test(test_commitment_done_late),
        cmocka_unit_test(test_commitment_sent_along),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
