/*
 * test_review28.c - the detector (ingest/detect.h) on forms that new
 * blind evaluation sets (session 20) found wrong.  Each case is a rule of
 * the language, written as its own short text.
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

/* An answer that keeps a promise the question recalled: "De toezegging
 * uit het commissiedebat X kom ik met deze beantwoording na: <news>".  The
 * venue's name ends at the verb before "ik"; the noun points at the
 * promise named before (one record, settled), and what follows the colon
 * is news, not a promise of its own. */
static void test_mention_kept(void **state)
{
    (void)state;
    const char *text =
        "Verslag van een schriftelijk overleg\n\nVastgesteld 20 november 2026\n\nDe vaste commissie voor "
        "Volksgezondheid, Welzijn en Sport heeft vragen en opmerkingen voorgelegd aan de minister van "
        "Volksgezondheid, Welzijn en Sport.\n\nDe leden van de SP-fractie herinneren eraan dat de minister tijdens "
        "het commissiedebat Wijkverpleging van 3 september jl. heeft toegezegd de Kamer voor het einde van het "
        "jaar te informeren over de wachtlijsten. Hoe staat het daarmee?\n\nII. Reactie van de minister\n\n"
        "De toezegging uit het commissiedebat Wijkverpleging kom ik met deze beantwoording na: in 2026 wachtten "
        "gemiddeld 2.100 cli\xc3\xabnten langer dan zes weken.\n";
    ki_refs *r = test_detect(det, text, "2026-11-20");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MVWS", "2026-09-03", "voor het einde van het jaar", "commissiedebat Wijkverpleging",
                          "", "settled");
    ki_refs_free(r);
}

/* A motion on a budget chapter ("36 600 XVI, Nr. 45 MOTIE ...") recalls
 * that "de minister" promised something: the minister of that chapter's
 * ministry (VWS), though the text names no ministry. */
static void test_chapter_minister(void **state)
{
    (void)state;
    const char *text =
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026-2027\n\n36 600 XVI Vaststelling van de "
        "begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2027\n\n"
        "Nr. 51 MOTIE VAN HET LID DE GRAAF\n\nVoorgesteld 12 november 2026\n\nDe Kamer,\n\ngehoord de "
        "beraadslaging,\n\nconstaterende dat de minister in het commissiedebat Zorgverzekeringsstelsel van 1 "
        "oktober 2026 heeft toegezegd de Kamer voor 1 april 2027 te informeren over de premieverschillen;\n\n"
        "verzoekt de regering de premieverschillen te beperken,\n\nen gaat over tot de orde van de dag.\n\n"
        "De Graaf\n";
    ki_refs *r = test_detect(det, text, "2026-11-12");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MVWS", "2026-10-01", "voor 1 april 2027", "commissiedebat Zorgverzekeringsstelsel",
                          "", "cited");
    ki_refs_free(r);
}

/* A begroting's bijlage whose head names the ministry over two lines,
 * broken after a comma, lists "5. Toezegging van de minister in het X van
 * D om ...": the noun opens the item and names its maker, the minister of
 * that ministry. */
static void test_item_noun_maker(void **state)
{
    (void)state;
    const char *text =
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026-2027\n\n37 000 VIII     Vaststelling van de "
        "begrotingsstaten van het Ministerie van Onderwijs,\n                Cultuur en Wetenschap (VIII) voor het "
        "jaar 2027\n\nNr. 2           MEMORIE VAN TOELICHTING\n\nBijlage 5 Openstaande toezeggingen\n\n"
        "5. Toezegging van de minister in het commissiedebat Funderend onderwijs van 4 maart 2026 om de Kamer "
        "voor 1 juli 2026 te informeren over het rekenonderwijs. Hieraan is voldaan met de brief van 30 juni "
        "2026.\n\n6. Toezegging van de staatssecretaris in het wetgevingsoverleg Mbo van 9 april 2026 om voor het "
        "einde van 2026 een voorstel te doen voor de stagevergoeding. Het voorstel wordt uitgewerkt.\n";
    ki_refs *r = test_detect(det, text, "2026-09-15");
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MOCW", "2026-03-04", "voor 1 juli 2026", "commissiedebat Funderend onderwijs", "",
                          "settled");
    test_commitment_equal(r, 1, "SOCW", "2026-04-09", "voor het einde van 2026", "wetgevingsoverleg Mbo", "",
                          "progress");
    ki_refs_free(r);
}

/* A letter's list whose items open with their commitment number ("1.
 * TZ202511-203 (SFBD) - Mijn ambtsvoorganger heeft ... toegezegd"): the
 * number is the record's ref.  A venue's name keeps a small number before
 * its date ("commissiedebat Box 3 van 12 maart"); "voor de behandeling
 * van het Belastingplan 2027" is a term; "bij elke toezegging" is none. */
static void test_numbered_items(void **state)
{
    (void)state;
    const char *text =
        "Datum 29 september 2026\nBetreft Openstaande toezeggingen\n\nGeachte voorzitter,\n\nIn de lijst "
        "hieronder staat bij elke toezegging wie haar deed (SFBD: staatssecretaris Fiscaliteit en "
        "Belastingdienst).\n\n1. TZ202511-203 (SFBD) - Mijn ambtsvoorganger heeft tijdens het wetgevingsoverleg "
        "Fiscale verzamelwet van 24 november 2025 toegezegd de Kamer voor de behandeling van het Belastingplan "
        "2027 te informeren over de invorderingsrente. Deze toezegging is daarmee voldaan.\n\n2. TZ202603-071 "
        "(SFBD) - In het commissiedebat Box 3 van 12 maart 2026 heb ik toegezegd voor 1 januari 2027 een "
        "uitvoeringstoets te sturen. De toets wordt uitgevoerd.\n\nDe staatssecretaris van Financi\xc3\xab"
        "n - Fiscaliteit en Belastingdienst,\n\nJ. Terpstra\n";
    ki_refs *r = test_detect(det, text, "2026-09-29");
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "SFin", "2025-11-24", "voor de behandeling van het Belastingplan 2027",
                          "wetgevingsoverleg Fiscale verzamelwet", "TZ202511-203", "settled");
    test_commitment_equal(r, 1, "SFin", "2026-03-12", "voor 1 januari 2027", "commissiedebat Box 3", "TZ202603-071",
                          "progress");
    ki_refs_free(r);
}

/* A committee clerk's e-mail with the promises of yesterday's debate
 * ("Van: Commissiegriffie X", a heading "Toezeggingen commissiedebat X
 * d.d. D" over numbered items): each made there and then, its number in
 * brackets after its full stop its ref, a bare "De staatssecretaris" far
 * from the one the opening named still that one; "voor het
 * commissiedebat Justiti\xc3\xable jeugd" keeps the adjective's noun. */
static void test_clerk_mail(void **state)
{
    (void)state;
    const char *text =
        "Van: Commissiegriffie Justitie en Veiligheid\nVerzonden: vrijdag 4 december 2026 10:12\nAan: Leden vaste "
        "commissie voor Justitie en Veiligheid\nOnderwerp: Toezeggingen commissiedebat Politie d.d. 3 december "
        "2026\n\nGeachte leden,\n\nHieronder vindt u de toezeggingen die de staatssecretaris van Justitie en "
        "Veiligheid gisteren heeft gedaan tijdens het commissiedebat Politie. Zij zijn opgenomen in het "
        "toezeggingenregister van de Kamer. Opmerkingen over de formulering ontvang ik graag uiterlijk woensdag "
        "9 december om 12.00 uur; daarna worden zij definitief in het register opgenomen.\n\n"
        "Toezeggingen commissiedebat Politie d.d. 3 december 2026\n\n"
        "1. De staatssecretaris zegt toe de Kamer voor 1 maart 2027 te informeren over de bezetting van de "
        "meldkamers in het noorden van het land en over de wachttijden bij het alarmnummer. (TZ202612-005)\n"
        "2. De staatssecretaris zegt toe in het voorjaar van 2027 een brief te sturen over de inzet van "
        "politievrijwilligers bij evenementen, met daarin een overzicht per eenheid. (TZ202612-006)\n"
        "3. De staatssecretaris zegt toe de Kamer voor het commissiedebat Justiti\xc3\xable jeugd te informeren "
        "over de samenwerking tussen wijkagenten en jeugdzorg. (TZ202612-007)\n";
    ki_refs *r = test_detect(det, text, "2026-12-04");
    assert_int_equal(r->ncommitments, 3);
    test_commitment_equal(r, 0, "SJenV", "2026-12-03", "voor 1 maart 2027", "commissiedebat Politie", "TZ202612-005",
                          "made");
    test_commitment_equal(r, 1, "SJenV", "2026-12-03", "in het voorjaar van 2027", "commissiedebat Politie",
                          "TZ202612-006", "made");
    test_commitment_equal(r, 2, "SJenV", "2026-12-03", "voor het commissiedebat Justiti\xc3\xable jeugd",
                          "commissiedebat Politie", "TZ202612-007", "made");
    ki_refs_free(r);
}

/* The chair reads out the promises of a debate: a bare "De
 * staatssecretaris schrijft ..." is the staatssecretaris the debate
 * heard, "De bewindspersonen sturen ..." both bewindspersonen. */
static void test_chair_makers(void **state)
{
    (void)state;
    const char *text =
        "Handelingen II 2026-2027, nr. 30, item 4\n\nDebat over armoedebeleid\n\nDe voorzitter:\nHet woord is aan "
        "de minister van Sociale Zaken en Werkgelegenheid.\n\nMinister Jansen:\nVoorzitter. Ik laat de motie aan "
        "het oordeel van de Kamer.\n\nDe voorzitter:\nDan de staatssecretaris van Financi\xc3\xabn.\n\n"
        "Staatssecretaris De Boer:\nVoorzitter. Voor het overige verwijs ik naar mijn eerste termijn.\n\n"
        "De voorzitter:\nIk heb de volgende toezeggingen genoteerd.\n- De staatssecretaris schrijft de Kamer voor "
        "1 april 2027 hoe kleine schulden vaker kunnen worden kwijtgescholden.\n- De bewindspersonen sturen de "
        "Kamer voor 1 juni 2027 gezamenlijk een plan over vroegsignalering.\n";
    ki_refs *r = test_detect(det, text, "2026-11-19");
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "SFin", "2026-11-19", "voor 1 april 2027", TEST_ANY, "", "made");
    test_commitment_equal(r, 1, "MSZW SFin", "2026-11-19", "voor 1 juni 2027", TEST_ANY, "", "made");
    ki_refs_free(r);
}

/* A member speaks of "de motie van collega X": X is its sponsor. */
static void test_colleague_motion(void **state)
{
    (void)state;
    test_check(det,
               "De Kamer heeft in juni de motie van collega Van der Wal aangenomen, 21 501-32, nummer 1602, die de "
               "regering vraagt de vergoeding sneller uit te betalen.",
               "2026-11-24", NULL, "kst-21501-32-1602/Van der Wal", '/', false);
}

/* An unsigned bijlage whose text names "het ministerie van Defensie":
 * a row "| Toezegging: de minister ... | notaoverleg X, D | Loopt |" is
 * that minister's (past the cell's label); "meldt de uitkomst voor de
 * begrotingsbehandeling 2027" is a term, and the venue the row's own. */
static void test_row_label(void **state)
{
    (void)state;
    const char *text =
        "Bijlage 1 bij de Kamerbrief Personeel Defensie, 26 november 2026\n\nOverzicht moties en toezeggingen\n\n"
        "Dit overzicht volgt de registratie van het ministerie van Defensie (peildatum 13 november 2026).\n\n"
        "| Motie/toezegging | Vindplaats | Status |\n|---|---|---|\n| Toezegging: de minister gaat in gesprek met "
        "de bonden over de eindejaarsuitkering en meldt de uitkomst voor de begrotingsbehandeling 2027 | "
        "notaoverleg Defensie, 18 mei 2026 | Loopt |\n";
    ki_refs *r = test_detect(det, text, "2026-11-26");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MDef", "2026-05-18", "voor de begrotingsbehandeling 2027", "notaoverleg Defensie",
                          "", "progress");
    ki_refs_free(r);
}

/* The same with "voor het": "meldt de uitkomst voor het commissiedebat
 * Personeel" is the term, and the row's own cell the venue. */
static void test_row_term_het(void **state)
{
    (void)state;
    const char *text =
        "Bijlage 1 bij de Kamerbrief Personeel Defensie, 26 november 2026\n\nDit overzicht volgt de registratie "
        "van het ministerie van Defensie.\n\n| Motie/toezegging | Vindplaats | Status |\n|---|---|---|\n| "
        "Toezegging: de minister meldt de uitkomst van het gesprek met de bonden voor het commissiedebat Personeel "
        "| notaoverleg Defensie, 18 mei 2026 | Loopt |\n";
    ki_refs *r = test_detect(det, text, "2026-11-26");
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MDef", "2026-05-18", "voor het commissiedebat Personeel", "notaoverleg Defensie",
                          "", "progress");
    ki_refs_free(r);
}

/* An e-mail from a ministry's office ("Van: Parlementaire Zaken JenV")
 * listing "1. TZ... - De minister informeert ...": the minister of that
 * ministry, read past the number; an e-mail's quote mark ("> ") ends a
 * venue's name. */
static void test_ministry_mail(void **state)
{
    (void)state;
    const char *text =
        "Van: Parlementaire Zaken JenV <pz@example.nl>\nVerzonden: dinsdag 17 november 2026 10:42\nAan: Directie "
        "Jeugd\nOnderwerp: Uitvraag openstaande toezeggingen\n\nBeste collega's,\n\nToezeggingen\n1. "
        "TZ202603-114 - De minister informeert de Kamer voor 1 december 2026 over de capaciteit in de "
        "jeugdinrichtingen (commissiedebat Justiti\xc3\xable jeugd, 18 maart 2026).\n2. TZ202606-052 - De "
        "staatssecretaris stuurt de Kamer voor het kerstreces de evaluatie van de pilot "
        "(tweeminutendebat Jeugdcriminaliteit, 2 juli 2026).\n";
    ki_refs *r = test_detect(det, text, "2026-11-17");
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MJenV", "2026-03-18", "voor 1 december 2026", "commissiedebat Justiti\xc3\xable jeugd",
                          "TZ202603-114", "cited");
    test_commitment_equal(r, 1, "SJenV", "2026-07-02", "voor het kerstreces", "tweeminutendebat Jeugdcriminaliteit",
                          "TZ202606-052", "cited");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mention_kept),   cmocka_unit_test(test_chapter_minister),
        cmocka_unit_test(test_item_noun_maker), cmocka_unit_test(test_numbered_items),
        cmocka_unit_test(test_clerk_mail),     cmocka_unit_test(test_chair_makers),
        cmocka_unit_test(test_colleague_motion), cmocka_unit_test(test_row_label),
        cmocka_unit_test(test_row_term_het),   cmocka_unit_test(test_ministry_mail),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
