/*
 * test_review18.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev18: sitting pages of both Kamers' sites, an older Eerste
 * Kamer stenogram, a motion's text without its heading, a motion at the end
 * of a list of subjects) found wrong: each case is a rule of the language,
 * written as its own short text.
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

/* kind, self id (NULL: none) and date (NULL: not checked) */
static void meta_equal(const char *text, const char *kind, const char *self, const char *date)
{
    ki_refs *r = detect(text);
    if (!r->kind || strcmp(r->kind, kind) != 0)
        fail_msg("kind: got \"%s\", want \"%s\"", r->kind ? r->kind : "(null)", kind);
    if (self ? !r->self_id || strcmp(r->self_id, self) != 0 : r->self_id != NULL)
        fail_msg("self: got \"%s\", want \"%s\"", r->self_id ? r->self_id : "(null)", self ? self : "(null)");
    if (date && (!r->date || strcmp(r->date, date) != 0))
        fail_msg("date: got \"%s\", want \"%s\"", r->date ? r->date : "(null)", date);
    ki_refs_free(r);
}

/* tweedekamer.nl's sitting page: "Plenair verslag Tweede Kamer, 39e
 * vergadering" over its date; the vergaderjaar is the date's. */
static void test_plenair_verslag_tk(void **state)
{
    (void)state;
    meta_equal("Plenair verslag Tweede Kamer, 39e vergadering\nDonderdag 19 december 2019\n\n  \xE2\x80\xA2 Aanvang\n"
               "    10:15 uur\n\nOpening\n\nVoorzitter: Arib\n\nAanwezig zijn 144 leden der Kamer, te weten:\n\n"
               "Van Aalst, Aartsen en Ziengs,\n",
               "handelingen", "h-tk-20192020-39", "2019-12-19");
    /* the house's name on a line of its own below the label */
    meta_equal("Plenair verslag\n\nTweede Kamer, 91e vergadering\nDonderdag 2 juli 2020\n\nOpening\n\nVoorzitter: "
               "Arib\n",
               "handelingen", "h-tk-20192020-91", "2020-07-02");
    /* a report about a sitting is none */
    meta_equal("Plenair verslag van het debat over de begroting, zoals het in de 39e vergadering werd gevoerd.\n"
               "Donderdag 19 december 2019\n",
               "other", NULL, NULL);
}

/* eerstekamer.nl's sitting page may glue "Parlementair jaar" to the date
 * line above it: the year ends where the label begins. */
static void test_parlementair_jaar_glued(void **state)
{
    (void)state;
    meta_equal("Verslag van de plenaire vergadering van dinsdag 25 september 2018Parlementair jaar 2018/2019, "
               "1e vergadering\n\nAanvang: 13.30 uur\n\nOpening\n\nVoorzitter: Broekers-Knol\n",
               "handelingen", "h-ek-20182019-1", "2018-09-25");
    /* not glued: as before */
    meta_equal("Verslag van de plenaire vergadering van dinsdag 8 november 2022\n\nParlementair jaar 2022/2023, "
               "6e vergadering\n\nOpening\n\nVoorzitter: Bruijn\n",
               "handelingen", "h-ek-20222023-6", "2022-11-08");
}

/* The Eerste Kamer's older stenogram numbers its header fields ("*1:
 * 2003-2004", "*4: 1ste vergadering", "*5: Dinsdag 30 september 2003"):
 * the ordinal after such a mark is the sitting's, dated by the line below. */
static void test_stenogram_marks(void **state)
{
    (void)state;
    meta_equal("VOLLEDIG ONGECORRIGEERD STENOGRAM EERSTE KAMER, niet voor citaten.\n\n*0: EK\n\n*1: 2003-2004\n\n"
               "*2: 1\n\n*3: WordXP*4: 1ste vergadering\n\n*5: Dinsdag 30 september 2003\n\n*6: 13.30 uur\n"
               "Voorzitter: Timmerman-Buck\nTegenwoordig zijn 64 leden, te weten:\n",
               "handelingen", "h-ek-20032004-1", "2003-09-30");
    /* an ordinal inside a sentence is no sitting's */
    meta_equal("Zie het verslag.\n\nIn de 1ste vergadering\n\nDinsdag 30 september 2003\nVoorzitter: Timmerman-Buck\n",
               "other", NULL, NULL);
}

/* A motion's text that opens the document, without its heading
 * ("Voorgesteld ... / De Kamer, / gehoord de beraadslaging, ... / en gaat
 * over tot de orde van de dag."), is a motion; read out in a sitting it is
 * not the document's kind. */
static void test_motion_text_without_heading(void **state)
{
    (void)state;
    meta_equal("Voorgesteld 3 maart 2009\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende, dat de effectiviteit "
               "niet duidelijk is;\nverzoekt de regering de wetswijziging in 2011 te evalueren,\nen gaat over tot de "
               "orde van de dag.\nKo\xC5\x9F" "er Kaya\n",
               "motie", NULL, "2009-03-03");
    meta_equal("De heer Graus (PVV):\nVoorzitter. Ik dien de volgende motie in.\nDe Kamer,\ngehoord de beraadslaging,\n"
               "verzoekt de regering, dieren te beschermen,\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\n"
               "Deze motie is voorgesteld door het lid Graus.\n",
               "handelingen", NULL, NULL);
}

static const char *rel_name(ki_relation x)
{
    return x == KI_REL_SETTLED ? "settled" : x == KI_REL_PROGRESS ? "progress" : x == KI_REL_ADDRESSED ? "addressed"
                                                                   : x == KI_REL_CITED ? "cited" : "made";
}

/* the relation of the text's only motion */
static void motion_rel(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    if (r->nmotions != 1)
        fail_msg("motions: got %zu, want 1", r->nmotions);
    if (strcmp(rel_name(r->motions[0].relation), want) != 0)
        fail_msg("relation: got %s, want %s", rel_name(r->motions[0].relation), want);
    ki_refs_free(r);
}

/* The writer puts information before the reader ("treft u ... aan over:
 * A, B en de motie ..."): the motion at the end of that list is handled by
 * this text. */
static void test_presented_list(void **state)
{
    (void)state;
    motion_rel("Naast het verslag treft u ook nadere informatie van de zijde van het kabinet aan over: het "
               "Brexit Adjustment Reserve, de eerste plenaire vergadering en de motie van het lid Jasper van Dijk "
               "(Kamerstuk 35 663, nr. 19) over het aandringen op meer balans.\n",
               "addressed");
    motion_rel("Verder vindt u nadere informatie over de Europese top en over de motie van het lid Omtzigt "
               "(Kamerstuk 35 663, nr. 20).\n",
               "addressed");
    /* the reader is handed something else; the motion is another clause's */
    motion_rel("U treft in de bijlage het verslag aan. De motie van het lid Bosma (Kamerstuk 35 663, nr. 21) is "
               "aangenomen.\n",
               "cited");
    motion_rel("In de bijlage vindt u het verslag van het overleg over de Raad, waarin ook de motie van het lid "
               "Klaver (Kamerstuk 35 663, nr. 22) ter sprake kwam.\n",
               "cited");
    motion_rel("Vindt u nadere informatie over de motie van het lid Pool (Kamerstuk 35 663, nr. 23) nodig?\n", "cited");
    motion_rel("Hierin treft u het verslag over de Raad aan; de motie van het lid Bosma (Kamerstuk 35 663, nr. 21) "
               "wordt later besproken.\n",
               "cited");
}

/* tweedekamer.nl cites a sitting by its number alone, closing the line or
 * the bracket: "Handelingen TK 2024-2025, 48". */
static void test_handelingen_number_alone(void **state)
{
    (void)state;
    ki_refs *r = detect("Gerelateerde informatie\nHandelingen TK 2024-2025, 48\nWijziging van het Reglement van Orde\n"
                        "Zie ook (Handelingen II 2023/24, 12).\n");
    if (r->nhandelingen != 2 || strcmp(r->handelingen[0].id, "h-tk-20242025-48") != 0 ||
        strcmp(r->handelingen[1].id, "h-tk-20232024-12") != 0)
        fail_msg("handelingen: got %zu (%s)", r->nhandelingen, r->nhandelingen ? r->handelingen[0].id : "-");
    ki_refs_free(r);
    /* a count of pages is no citation */
    r = detect("Handelingen II 2025/26, 52 pagina's\n");
    if (r->nhandelingen != 0)
        fail_msg("handelingen: got %zu, want 0", r->nhandelingen);
    ki_refs_free(r);
}

/* A Kamerstuk whose copy lost its dossier's lines ("Nr. F / VERSLAG VAN EEN
 * SCHRIFTELIJK OVERLEG / Vastgesteld ..."): its heading is its title. */
static void test_heading_without_dossier(void **state)
{
    (void)state;
    ki_refs *r = detect("Nr. F\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 6 september 2013\nDe Voorzitter van de "
                        "Eerste Kamer der Staten-Generaal heeft op 24 juli 2013 een brief gestuurd aan de Minister.\n");
    if (!r->title || strcmp(r->title, "Verslag van een schriftelijk overleg") != 0)
        fail_msg("title: got \"%s\"", r->title ? r->title : "(null)");
    ki_refs_free(r);
    /* a sentence below a number is no heading */
    r = detect("Nr. 5\nVerslag van een gesprek met de burgemeester, gehouden op 3 mei.\n");
    if (r->title && strcmp(r->title, "Verslag van een gesprek met de burgemeester, gehouden op 3 mei.") == 0)
        fail_msg("title: got \"%s\"", r->title);
    ki_refs_free(r);
}

/* A motion's text without its heading, signed below by its movers one a
 * line: the document's one motion, those its sponsors. */
static void test_signed_motion_text(void **state)
{
    (void)state;
    ki_refs *r = detect("Voorgesteld 3 maart 2009\nDe Kamer,\ngehoord de beraadslaging,\nconstaterende, dat de "
                        "effectiviteit niet duidelijk is;\nverzoekt de regering de wetswijziging in 2011 te evalueren,\n"
                        "en gaat over tot de orde van de dag.\nKo\xC5\x9F" "er Kaya\nVan der Vlies\n");
    if (r->nmotions != 1 || r->motions[0].nsponsors != 2 ||
        strcmp(r->motions[0].sponsors[0].name, "Ko\xC5\x9F" "er Kaya") != 0 ||
        strcmp(r->motions[0].sponsors[1].name, "Van der Vlies") != 0)
        fail_msg("motions: got %zu (%zu sponsors)", r->nmotions, r->nmotions ? r->motions[0].nsponsors : 0);
    ki_refs_free(r);
    /* a sentence below it is no signature */
    r = detect("Voorgesteld 3 maart 2009\nDe Kamer,\ngehoord de beraadslaging,\nverzoekt de regering te evalueren,\n"
               "en gaat over tot de orde van de dag.\nDe motie is later ingetrokken door de indiener.\n");
    if (r->nmotions != 0)
        fail_msg("motions: got %zu, want 0", r->nmotions);
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plenair_verslag_tk),
        cmocka_unit_test(test_parlementair_jaar_glued),
        cmocka_unit_test(test_stenogram_marks),
        cmocka_unit_test(test_motion_text_without_heading),
        cmocka_unit_test(test_presented_list),
        cmocka_unit_test(test_handelingen_number_alone),
        cmocka_unit_test(test_heading_without_dossier),
        cmocka_unit_test(test_signed_motion_text),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
