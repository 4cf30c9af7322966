/*
 * test_review26.c - the detector (ingest/detect.h) on forms a review of
 * real text (session 18) found wrong.  Each case is a rule of the
 * language, written as its own short text.
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

/* A motion's paragraph that says the work on it has begun, the work
 * named as the sentence's subject ("De voorbereiding van de pilot is
 * gestart", "Het onderzoek is in maart begonnen"): progress.  A thing that
 * is no work on it ("Het jaar is goed gestart") says nothing. */
static void test_work_begun(void **state)
{
    (void)state;
    const char *text = "Den Haag, 12 maart 2026\n\nGeachte voorzitter,\n\nDe motie van het lid Bikker (CU) over "
                       "schuldhulp voor jongeren (Kamerstuk 36 600-XV, nr. 31) verzoekt de regering een pilot te "
                       "starten. De voorbereiding van de pilot is gestart.\n\nDe motie van het lid Dassen (Volt) "
                       "over fondsen (Kamerstuk 21 501-20, nr. 2100) verzoekt de regering een fonds op te richten. "
                       "Het jaar is goed gestart.\n\nDe motie van het lid Omtzigt (NSC) over toeslagen (Kamerstuk "
                       "31 066, nr. 1400) vraagt om een onderzoek. Het onderzoek is in maart begonnen.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r,
                       "kst-36600-XV-31/Bikker/progress kst-21501-20-2100/Dassen/cited "
                       "kst-31066-1400/Omtzigt/progress",
                       0, true);
    ki_refs_free(r);
}

/* A table of toezeggingen whose status cell opens with no status word:
 * the cell's later sentence says how the promise stands ("Zie de brief van
 * 6 november 2025 (...). Met die brief is de toezegging afgedaan.").  A
 * cell that only points to a letter ("Zie de brief van ...") says nothing
 * more than that. */
static void test_status_later_in_cell(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 20 november 2025\n\nGeachte voorzitter,\n\n| Nr. | Toezegging | Vindplaats | Stand van zaken "
        "|\n|---|---|---|---|\n| 3 | Toezegging tijdens het commissiedebat Mest van 11 september 2025: de minister "
        "informeert de Kamer over de derogatie. | TZ202509-071 | Zie de brief van 6 november 2025 (Kamerstuk 33 037, "
        "nr. 594). Met die brief is de toezegging afgedaan. |\n| 4 | Toezegging tijdens het commissiedebat Mest van "
        "11 september 2025: de minister informeert de Kamer over de mestbank. | TZ202509-072 | Zie de brief van 6 "
        "november 2025 (Kamerstuk 33 037, nr. 594). |\n| 5 | Toezegging tijdens het commissiedebat Mest van 11 "
        "september 2025: de minister informeert de Kamer over de stikstof. | TZ202509-073 | Zie de brief van 6 "
        "november 2025. De uitwerking loopt nog. |\n\nDe minister van Landbouw, Visserij, Voedselzekerheid en "
        "Natuur,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 3);
    test_commitment_equal(r, 0, "MLVVN", "2025-09-11", NULL, TEST_ANY, "TZ202509-071", "settled");
    assert_string_equal(r->commitments[0].evidence, "Met die brief is de toezegging afgedaan.");
    assert_string_equal(ki_relation_str(r->commitments[1].relation), "cited");
    test_commitment_equal(r, 2, "MLVVN", "2025-09-11", NULL, TEST_ANY, "TZ202509-073", "progress");
    ki_refs_free(r);
}

/* The chair reads out a debate's promises ("Ik heb de volgende
 * toezeggingen genoteerd." and a bulleted list): each item is a promise
 * made that day by the one of its rank who spoke; an item the speech gave
 * already (the same deadline) is that record, not a second one. */
static void test_chair_list(void **state)
{
    (void)state;
    const char *text = "Tweede Kamer, Wet versterking regie volkshuisvesting\nVergadering van 25 november 2026\n\n"
                       "Aanwezig is de heer De Wit, minister van Volkshuisvesting en Ruimtelijke Ordening.\n\n"
                       "Minister De Wit:\nIk zeg toe dat ik de Kamer voor 1 april 2027 een overzicht stuur van de "
                       "woonprogramma's.\n\nMevrouw Sahin (D66):\nWil de minister de Kamer voor de kerst een brief "
                       "sturen over de studentenhuisvesting?\n\nMinister De Wit:\nJa, dat wil ik doen.\n\n"
                       "De voorzitter:\nDank u wel. Ik heb de volgende toezeggingen genoteerd.\n- De minister stuurt "
                       "de Kamer voor 1 april 2027 een overzicht van de woonprogramma's.\n- De minister stuurt de "
                       "Kamer voor de kerst een brief over de studentenhuisvesting.\nOver het wetsvoorstel stemmen "
                       "wij dinsdag.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MVRO", "2026-11-25", "voor 1 april 2027", TEST_ANY, "", "made");
    test_commitment_equal(r, 1, "MVRO", "2026-11-25", "voor de kerst", TEST_ANY, "", "made");
    ki_refs_free(r);
    /* a letter's sentence that names promises made before is no chair's */
    r = test_detect(det,
                    "Den Haag, 3 december 2026\n\nGeachte voorzitter,\n\nIn het debat zijn de volgende "
                    "toezeggingen gedaan.\n- De minister stuurt de Kamer voor de kerst een brief over de "
                    "studentenhuisvesting.\n\nDe minister voor Volkshuisvesting en Ruimtelijke Ordening,\n",
                    NULL);
    for (size_t i = 0; i < r->ncommitments; i++)
        assert_string_not_equal(r->commitments[i].date ? r->commitments[i].date : "", "2026-12-03");
    ki_refs_free(r);
}

/* A committee's web page of toezeggingen: each label alone on its line
 * and its value on the next ("Bewindspersoon / R.A. Smeulders, minister
 * van X", "Termijn / eerste kwartaal 2026", "Toegezegd tijdens /
 * Commissiedebat X, 8 oktober 2025"), or the entry on one line with its
 * labelled cells between tabs (a text file's tab-separated line reaches
 * the detector as a table row: "| Toezegging | ... | Termijn: ... |"). */
static void test_page_labels(void **state)
{
    (void)state;
    const char *text =
        "Toezeggingen vaste commissie voor Infrastructuur en Waterstaat\n\nToezegging\tPlanning bruggen\n"
        "TZ202510-062\nOmschrijving\nDe minister zegt toe in de eerstvolgende voortgangsbrief een planning per "
        "object op te nemen.\nBewindspersoon\nR.A. Smeulders, minister van Infrastructuur en Waterstaat\nTermijn\n"
        "eerste kwartaal 2026\nToegezegd tijdens\nCommissiedebat Mobiliteit, 8 oktober 2025\nStatus: "
        "Openstaand\n| Toezegging | Onderzoek fietsveiligheid | TZ202509-118 | Omschrijving: De staatssecretaris "
        "zegt toe te laten onderzoeken welke maatregelen helpen. | Bewindspersoon: M.J. Tuinman, "
        "staatssecretaris van Infrastructuur en Waterstaat | Termijn: 1 juni 2026 | Toegezegd tijdens: "
        "Commissiedebat Verkeersveiligheid, 24 september 2025 | Status: Openstaand |\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MIenW", "2025-10-08", "eerste kwartaal 2026", "Commissiedebat Mobiliteit",
                          "TZ202510-062", "cited");
    test_commitment_equal(r, 1, "SIenW", "2025-09-24", "1 juni 2026", "Commissiedebat Verkeersveiligheid",
                          "TZ202509-118", "cited");
    ki_refs_free(r);
}

/* A deadline at a budget's debate keeps the budget's ministry and year
 * ("voor de begrotingsbehandeling SZW 2027"); a word after it that is
 * none stays out ("voor de begrotingsbehandeling Met ..."). */
static void test_budget_deadline(void **state)
{
    (void)state;
    ki_deadline d;
    const char *a = "ik stuur u voor de begrotingsbehandeling SZW 2027 een brief";
    assert_true(ki_deadline_find(a, strlen(a), &d));
    assert_int_equal(d.end - d.start, strlen("voor de begrotingsbehandeling SZW 2027"));
    const char *b = "ik stuur u voor de begrotingsbehandeling van JenV een brief";
    assert_true(ki_deadline_find(b, strlen(b), &d));
    assert_int_equal(d.end - d.start, strlen("voor de begrotingsbehandeling van JenV"));
    const char *c = "ik stuur u voor de begrotingsbehandeling. Met dank";
    assert_true(ki_deadline_find(c, strlen(c), &d));
    assert_int_equal(d.end - d.start, strlen("voor de begrotingsbehandeling"));
}

/* The Eerste Kamer's overview as a table whose columns are headed
 * "Nummer | Titel | Status | Deadline | Datum toezegging | ... | Stand van
 * zaken": the day it was made is the "Datum toezegging" cell (not the
 * Deadline's date before it), the term the Deadline cell, the relation the
 * Status cell ("deels voldaan" under way, "voldaan" done), and the Stand
 * van zaken names no venue. */
static void test_overview_columns(void **state)
{
    (void)state;
    const char *text =
        "Overzicht toezeggingen\n\n| Nummer | Titel | Status | Deadline | Datum toezegging | Omschrijving | Stand "
        "van zaken |\n| T03815 | Evaluatie Wet zorg en dwang (36.355) | deels voldaan | 1 januari 2026 | 11 maart 2025 "
        "| De minister van Volksgezondheid, Welzijn en Sport zegt de Kamer toe de tweede evaluatie aan de Kamer te "
        "zenden. | Het eerste deel is bij brief van 30 september 2025 ontvangen. |\n| T03851 | Eigen risico "
        "(36.600 XVI) | openstaand | 1 juli 2026 | 13 mei 2025 | De minister van Volksgezondheid, Welzijn en Sport "
        "zegt de Kamer toe in kaart te laten brengen hoeveel chronisch zieken in 2026 hun eigen risico volmaken. | - "
        "|\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MVWS", "2025-03-11", "1 januari 2026", NULL, "T03815", "progress");
    test_commitment_equal(r, 1, "MVWS", "2025-05-13", "1 juli 2026", NULL, "T03851", "cited");
    ki_refs_free(r);
}

/* A letter signed by two ministers says in the third person what one of
 * them will do ("De minister van VWS informeert uw Kamer in het najaar
 * over ..."): a promise made here by that signer.  A minister who did not
 * sign it, or no term, makes none. */
static void test_signer_third_person(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 9 april 2026\n\nGeachte voorzitter,\n\nStudenten wachten gemiddeld 14 weken. De minister van "
        "VWS informeert uw Kamer in het najaar over de uitkomsten van de pilots. De minister van OCW stuurt uw "
        "Kamer voor de begrotingsbehandeling OCW 2027 een overzicht van de studentenpsychologen. De minister van "
        "Financiën informeert uw Kamer in het voorjaar over de fiscale kant. De minister van OCW informeert uw "
        "Kamer over de stand van zaken.\n\nDe minister van Onderwijs, Cultuur en Wetenschap,\n\nM.A. "
        "Scheepmaker\n\nDe minister van Volksgezondheid, Welzijn en Sport,\n\nR. ten Brinke\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MVWS", NULL, "in het najaar", NULL, "", "made");
    test_commitment_equal(r, 1, "MOCW", NULL, "voor de begrotingsbehandeling OCW 2027", NULL, "", "made");
    ki_refs_free(r);
}

/* Who promised, said in other ways: "De regering zegt toe ..." in a nota
 * its staatssecretaris signs is hers; "In hetzelfde debat zegde ik toe
 * ..." is the writer's, and the next sentence's "wordt nog
 * interdepartementaal afgestemd" says it is under way.  "Eerder verwierp
 * de Kamer de motie-X" cites the motion. */
static void test_other_subjects(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 3 februari 2026\n\nNota naar aanleiding van het verslag\n\nEerder verwierp de Kamer de "
        "motie-Oudeman (Kamerstuk 30 872, nr. 290), die om een vrijstelling vroeg.\n\nIn het commissiedebat "
        "Circulaire economie van 2 oktober 2025 heb ik toegezegd de toets te delen. In hetzelfde debat zegde ik "
        "toe uw Kamer uiterlijk in Q3 2026 te informeren over de positie. De positie wordt nog "
        "interdepartementaal afgestemd.\n\nDe regering zegt toe de wet binnen vijf jaar na inwerkingtreding te "
        "evalueren.\n\nDe staatssecretaris van Infrastructuur en Waterstaat,\n\nA.B. Kuipers-Dolk\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-30872-290/Oudeman/cited", 0, true);
    assert_int_equal(r->ncommitments, 3);
    test_commitment_equal(r, 1, "SIenW", "2025-10-02", "uiterlijk in Q3 2026", TEST_ANY, "", "progress");
    test_commitment_equal(r, 2, "SIenW", NULL, "binnen vijf jaar na inwerkingtreding", NULL, "", "made");
    ki_refs_free(r);
}

/* Notes in the older style, a number and a bracket after a blank ("de
 * motie van het lid X over Y 2) vraagt ...", the note "2) Kamerstuk 27 926,
 * nr. 398." at the end): the motion's Kamerstuk, the mark no part of its
 * subject.  An enumeration "1) de kosten" with no such note gives none. */
static void test_paren_notes(void **state)
{
    (void)state;
    const char *text = "Antwoord 3\nDe motie van het lid Bouchallikh (GroenLinks-PvdA) over een wettelijk maximum "
                       "voor servicekosten 2) vraagt de regering te onderzoeken of een plafond mogelijk is.\n\n"
                       "De motie van het lid Kops over punten 1) de kosten en 3) de baten vraagt om een overzicht."
                       "\n\n1) Almere Vandaag, 14 oktober 2025.\n2) Kamerstuk 27 926, nr. 398.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-27926-398/Bouchallikh -/Kops", 0, false);
    assert_string_equal(r->motions[0].subject, "een wettelijk maximum voor servicekosten");
    ki_refs_free(r);
}

/* A motion named as a heading ("Motie-Van Oostrum c.s. over ...") and
 * numbered in the paragraph below ("De motie (Kamerstukken II 2025/26, 36
 * 800-XV, nr. 33) vraagt ..."): one motion, with its sponsors and number.
 * Below a heading whose motion has its number already, "De motie (...)"
 * is a motion of its own. */
static void test_heading_numbered_below(void **state)
{
    (void)state;
    const char *text = "Den Haag, 2 maart 2026\n\nGeachte voorzitter,\n\nMotie-Van Oostrum c.s. over de beslagvrije "
                       "voet\nDe motie (Kamerstukken II 2025/26, 36 800-XV, nr. 33) vraagt de rekenregel te herzien. "
                       "Hiermee beschouw ik de motie als afgedaan.\n\nMotie-Bikker (Kamerstuk 36 800-XV, nr. 39) over "
                       "schulden\nDe motie (Kamerstuk 36 800-XV, nr. 40) vraagt om iets anders.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-36800-XV-33/Van Oostrum kst-36800-XV-39/Bikker kst-36800-XV-40/-", 0, false);
    ki_refs_free(r);
}

/* A letter's introduction lists "de toezegging uit het commissiedebat X
 * van 28 januari jl. over een transformatiefonds" and its body says the
 * promise in full ("In het commissiedebat van 28 januari jl. heb ik
 * toegezegd voor 1 juli 2026 met een voorstel voor een transformatiefonds
 * te komen. Het voorstel is nog niet af."): one record, under way. */
static void test_intro_then_body(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 2 juni 2026\n\nGeachte voorzitter,\n\nIn deze brief ga ik in op de volgende toezeggingen:\n- de "
        "toezegging uit het commissiedebat Bouwen en wonen van 28 januari\n  jl. over een transformatiefonds;\n- de "
        "toezegging uit het tweeminutendebat Flexwonen van 12 maart jl.\n  (TZ202603-112) over de "
        "vergunningverlening.\n\nIn het commissiedebat van 28 januari jl. heb ik toegezegd voor 1 juli\n2026 met "
        "een voorstel voor een transformatiefonds te komen. Het voorstel\nis nog niet af. Ik verwacht de regeling "
        "na de zomer in consultatie te brengen.\n\nDe minister van "
        "Volkshuisvesting en Ruimtelijke Ordening,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MVRO", "2026-01-28", "voor 1 juli 2026", "commissiedebat Bouwen en wonen", "",
                          "progress");
    ki_refs_free(r);
}

/* Text with no empty lines (a web page copied): a numbered section's
 * heading ("5. Vervolg") ends the paragraph before it, so the new promise
 * below it is its own, not the next step of the promise above. */
static void test_numbered_section_ends_paragraph(void **state)
{
    (void)state;
    const char *text = "Den Haag, 2 oktober 2025\nGeachte voorzitter,\nTijdens het commissiedebat Jeugd van 4 juni jl. "
                       "heb ik toegezegd uw Kamer na de zomer te informeren over de uitkomsten.\n5. Vervolg\nIk "
                       "informeer uw Kamer in het voorjaar van 2026 over de resultaten van de pilots.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(ki_relation_str(r->commitments[1].relation), "made");
    assert_string_equal(r->commitments[1].deadline, "in het voorjaar van 2026");
    ki_refs_free(r);
}

/* "zij past bij de verkenning die ik heb toegezegd" points to a promise
 * made before and says nothing of it: no record. */
static void test_empty_pointer(void **state)
{
    (void)state;
    const char *text = "Den Haag, 2 oktober 2025\n\nDe motie op stuk nr. 852 geef ik oordeel Kamer: zij past bij de "
                       "verkenning die ik heb toegezegd. De motie op stuk nr. 853 moet ik ontraden.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 0);
    ki_refs_free(r);
}

/* An Aanhangsel as a web page prints it: its number after "Nr." on a line
 * of its own is its own id, and the page's foot that cites it beside the
 * page number ("| Aanhangsel Handelingen II 2025/26, nr. 611 | 1 |", a
 * tab-separated line) is no reference; an earlier answer it names is. */
static void test_aanhangsel_web(void **state)
{
    (void)state;
    const char *text = "Aanhangsel van de Handelingen\nVragen gesteld door de leden der Kamer, met de daarop door de "
                       "regering gegeven antwoorden\nTweede Kamer der Staten-Generaal\nVergaderjaar 2025-2026\nNr. "
                       "611\nVragen van het lid Bouchallikh (GroenLinks-PvdA) aan de minister over servicekosten "
                       "(ingezonden 16 oktober 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. "
                       "488.\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n| Aanhangsel Handelingen II "
                       "2025/26, nr. 611 | 1 |\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_meta_equal(r, "antwoord", NULL, "ah-tk-20252026-611", NULL);
    assert_int_equal(r->nhandelingen, 1);
    assert_string_equal(r->handelingen[0].id, "ah-tk-20252026-488");
    ki_refs_free(r);
}

/* The chair reads the promises out as running sentences: each that sets
 * a term is a promise made that day; one the speech gave already is not
 * a second record; the first sentence without a term ends the list. */
static void test_chair_sentences(void **state)
{
    (void)state;
    const char *text = "Tweede Kamer, Arbeidsmarkt in de zorg\nVergadering van 26 februari 2026\n\nAanwezig is de heer "
                       "Pauw, minister van Volksgezondheid, Welzijn en Sport.\n\nMinister Pauw:\nIk kom daar voor de "
                       "zomer schriftelijk op terug.\n\nDe voorzitter:\nDank u wel. Ik heb twee toezeggingen genoteerd. "
                       "De minister stuurt de Kamer voor 1 juli 2026 de uitkomsten van het onderzoek. Tot slot komt de "
                       "minister voor de zomer schriftelijk terug op de regeldruk. Over de moties wordt dinsdag 3 maart "
                       "gestemd. Ik stuur u voor 1 mei de agenda.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "MVWS", "2026-02-26", "voor de zomer", TEST_ANY, "", "made");
    test_commitment_equal(r, 1, "MVWS", "2026-02-26", "voor 1 juli 2026", NULL, "", "made");
    ki_refs_free(r);
}

/* A besluitenlijst's agenda item titled by the letter it lists ("Brief
 * regering - Reactie op toezegging TZ202602-017") and telling the promise
 * below ("De staatssecretaris zegde tijdens het tweeminutendebat X van D
 * toe ..."): one record, the told one, with the title's number. */
static void test_agenda_title(void **state)
{
    (void)state;
    const char *text =
        "Besluitenlijst procedurevergadering vaste commissie voor Infrastructuur en Waterstaat\nDatum: 18 maart "
        "2026\n\nAgendapunt 2. Brief regering - Reactie op toezegging TZ202602-017\nZaak: 2026Z04502\nBrief van "
        "de staatssecretaris van Infrastructuur en Waterstaat d.d. 11 maart\n2026 (Kamerstuk 29 398, nr. 1140). De "
        "staatssecretaris zegde tijdens het\ntweeminutendebat Verkeersveiligheid van 12 februari 2026 toe de kosten "
        "van een\nproef in kaart te brengen. De toezegging wordt als afgedaan beschouwd.\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "SIenW", "2026-02-12", NULL, TEST_ANY, "TZ202602-017", "settled");
    ki_refs_free(r);
}

/* A schriftelijk overleg asks when a promise of a meeting will be kept and
 * the answer tells it: the same meeting, day and term make one record, and
 * "De rapportage is in bewerking" says it is under way. */
static void test_asked_and_answered(void **state)
{
    (void)state;
    const char *text =
        "Den Haag, 20 april 2026\n\nVerslag van een schriftelijk overleg\n\nDe leden vragen wanneer de minister "
        "de toezegging uit het commissiedebat Huurbeleid van 15 januari jl. nakomt om de Kamer voor 1 april 2026 te "
        "informeren over de wachtlijsten voor jongeren.\n\nAntwoord\nIn het commissiedebat Huurbeleid van 15 januari heb ik "
        "inderdaad toegezegd u voor 1 april 2026 over de wachtlijsten te informeren. Dat is later geworden. De "
        "rapportage is in bewerking.\n\nDe minister van Volkshuisvesting en Ruimtelijke Ordening,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MVRO", "2026-01-15", "voor 1 april 2026", "commissiedebat Huurbeleid", "",
                          "progress");
    ki_refs_free(r);
}

/* A beslisnota's table of its reader's promises, named by their meeting:
 * "...: u informeert de Kamer ..." is the reader's ("u"), "Toezegging van
 * uw ambtsvoorganger in ..." the minister the nota is addressed to. */
static void test_nota_rows_maker(void **state)
{
    (void)state;
    const char *text =
        "Beslisnota bij stand van zaken moties en toezeggingen mestbeleid\n\nAan                  de minister van "
        "Landbouw, Visserij, Voedselzekerheid en Natuur\nDatum                20 november 2025\n\n| Nr. | Toezegging | "
        "Nummer | Stand van zaken |\n|---|---|---|---|\n| 2 | Toezegging in het commissiedebat Mest van 18 september "
        "2025: u informeert de Kamer v\xc3\xb3\xc3\xb3r de kerst over de graasdierpremie | TZ202509-118 | Loopt: de "
        "uitwerking is gestart. |\n| 4 | Toezegging van uw ambtsvoorganger in het notaoverleg Stikstof van 12 mei "
        "2025 over natuurherstel | T03712 | Afgedaan met de brief van 3 juli 2025. |\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    test_commitment_equal(r, 0, "u", "2025-09-18", "v\xc3\xb3\xc3\xb3r de kerst", TEST_ANY, "TZ202509-118",
                          "progress");
    test_commitment_equal(r, 1, "MLVVN", "2025-05-12", NULL, TEST_ANY, "T03712", "settled");
    ki_refs_free(r);
}

/* "Die brief ontvangt u in januari" after a promise: the letter it
 * promised is still to come, so the promise is under way (not handled
 * here, as "Hierbij ontvangt u de brief" says). */
static void test_receive_later(void **state)
{
    (void)state;
    const char *text = "Den Haag, 4 december 2025\n\nGeachte voorzitter,\n\nDe staatssecretaris van Binnenlandse Zaken "
                       "en Koninkrijksrelaties heeft in het wetgevingsoverleg over de Wet X van 3 november 2025 "
                       "toegezegd uw Kamer te informeren over de samenloop. Die brief ontvangt u in januari.\n\n"
                       "In het commissiedebat Woo van 18 juni 2025 heb ik toegezegd u te informeren over de agenda's. "
                       "Hierbij ontvangt u die informatie in een bijlage voor de zomer.\n\nDe minister van Binnenlandse "
                       "Zaken en Koninkrijksrelaties,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 2);
    assert_string_equal(ki_relation_str(r->commitments[0].relation), "progress");
    assert_string_not_equal(ki_relation_str(r->commitments[1].relation), "progress");
    ki_refs_free(r);
}

/* "de toezegging die ik op 18 juni 2025 tijdens het commissiedebat X heb
 * gedaan": the day inside the clause does not hide the meeting after it. */
static void test_day_before_meeting(void **state)
{
    (void)state;
    const char *text = "Den Haag, 4 december 2025\n\nGeachte voorzitter,\n\nDaarmee geef ik invulling aan de "
                       "toezegging die ik op 18 juni 2025 tijdens het commissiedebat Informatiehuishouding en Woo heb "
                       "gedaan om uw Kamer in het najaar over de stand van zaken te informeren.\n\nDe minister van "
                       "Binnenlandse Zaken en Koninkrijksrelaties,\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "MBZK", "2025-06-18", "in het najaar", "commissiedebat Informatiehuishouding en Woo",
                          "", "settled");
    ki_refs_free(r);
}

/* The title alone in a letter a minister and a staatssecretaris sign
 * ("De staatssecretaris informeert uw\nKamer daarnaast in het najaar
 * over ..."): the staatssecretaris who signed. */
static void test_signer_by_title(void **state)
{
    (void)state;
    const char *text = "Den Haag, 2 maart 2026\n\nGeachte voorzitter,\n\nDe herstelwerkzaamheden lopen. De "
                       "staatssecretaris informeert uw\nKamer daarnaast in het najaar over de gevolgen voor de "
                       "scheepvaart.\n\nDe minister van Infrastructuur en Waterstaat,\n\nR.A. Meijerink\n\nDe "
                       "staatssecretaris van Infrastructuur en Waterstaat,\n\nJ.C. Oostdam-Pels\n";
    ki_refs *r = test_detect(det, text, NULL);
    assert_int_equal(r->ncommitments, 1);
    test_commitment_equal(r, 0, "SIenW", NULL, "in het najaar", NULL, "", "made");
    ki_refs_free(r);
}

/* A table of motions with a column of movers ("| Motie | Indiener(s) |
 * Kamerstuk | Stand van zaken |"): each row's motion gets its cell's names
 * and a subject without them; the text below that names one again without
 * its number ("De motie-Vestering ... loopt") is that row's motion. */
static void test_sponsor_column(void **state)
{
    (void)state;
    const char *text =
        "Bijlage moties\n\n| Motie | Indiener(s) | Kamerstuk | Stand van zaken |\n|---|---|---|---|\n| Motie over "
        "een borgstelling voor jonge boeren | Vedder (CDA) | 36 600 XIV, nr. 52 | Uitgevoerd. |\n| Motie over het "
        "weren van importsoja | Vestering | 21 501-32, nr. 1633 | Zie hieronder. |\n| Motie over vergoeding bij "
        "vogelgriep | Bisschop en Grinwis | 28 807, nr. 302 | Uitgevoerd. |\n\nDe motie-Vestering is op 12 juni "
        "2025 aangenomen. De verkenning naar ontbossingsvrije soja loopt.\n";
    ki_refs *r = test_detect(det, text, NULL);
    test_motions_equal(r, "kst-36600-XIV-52/Vedder kst-21501-32-1633/Vestering kst-28807-302/Bisschop,Grinwis", ',',
                       false);
    assert_string_equal(r->motions[0].subject, "een borgstelling voor jonge boeren");
    assert_string_equal(r->motions[0].sponsors[0].party, "CDA");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_work_begun),
        cmocka_unit_test(test_status_later_in_cell),
        cmocka_unit_test(test_chair_list),
        cmocka_unit_test(test_page_labels),
        cmocka_unit_test(test_budget_deadline),
        cmocka_unit_test(test_overview_columns),
        cmocka_unit_test(test_signer_third_person),
        cmocka_unit_test(test_other_subjects),
        cmocka_unit_test(test_paren_notes),
        cmocka_unit_test(test_heading_numbered_below),
        cmocka_unit_test(test_intro_then_body),
        cmocka_unit_test(test_numbered_section_ends_paragraph),
        cmocka_unit_test(test_empty_pointer),
        cmocka_unit_test(test_aanhangsel_web),
        cmocka_unit_test(test_chair_sentences),
        cmocka_unit_test(test_agenda_title),
        cmocka_unit_test(test_asked_and_answered),
        cmocka_unit_test(test_nota_rows_maker),
        cmocka_unit_test(test_receive_later),
        cmocka_unit_test(test_day_before_meeting),
        cmocka_unit_test(test_signer_by_title),
        cmocka_unit_test(test_sponsor_column),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
