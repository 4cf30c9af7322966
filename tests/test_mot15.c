/*
 * test_mot15.c - the detector (ingest/detect.h) on motion and Kamerstuk
 * forms: a table laid out in columns whose status cell starts a little
 * left of its column, "op stuk nr." in the verslag of a debate on a
 * dossier, a motion read out and signed by its movers, a compact number
 * alone at a line's start, a motion partly carried out.  Each case is a
 * rule of the language written as its own short text; all made up.
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

#define DATE "2025-06-15" /* the texts' own date */


static void check(const char *text, const char *kst, const char *motions)
{
    test_check(det, text, DATE, kst, motions, '+', true);
}

/* A table in columns: a status cell that starts a character or a few left
 * of its column, on a line whose first cell has text too, moves the column
 * start (even up to the text before it); the row keeps its number. */
static void test_table_cell_left_of_column(void **state)
{
    (void)state;
    check("Motie                                                 Stand van zaken\n"
          "Motie van het lid Bakker (VVD) over de inzet van de    Afgedaan. De regeling is\n"
          "drones bij de brandweer (Kamerstuk 29 517,           per 1 maart aangepast.\n"
          "nr. 240)\n"
          "\n"
          "Motie-Visser (SP) over de kosten van ambulances    Loopt. Het onderzoek\n"
          "in de regio Twente (Kamerstuk 29 517, nr. 251)       volgt in juni.\n",
          "kst-29517-240 kst-29517-251",
          "kst-29517-240/Bakker/settled kst-29517-251/Visser/progress");
}

/* The head of a verslag of a wetgevingsoverleg on a begroting (its own
 * dossier 36 600-XII), up to the first speaker. */
#define WGO_HEAD                                                                                       \
    "Tweede Kamer der Staten-Generaal                                            2\n"                  \
    "Vergaderjaar 2024-2025\n"                                                                         \
    "\n"                                                                                               \
    "36 600 XII      Vaststelling van de begrotingsstaten van het Ministerie van\n"                    \
    "                Infrastructuur en Waterstaat (XII) voor het jaar 2025\n"                          \
    "\n"                                                                                               \
    "Nr. 120         VERSLAG VAN EEN WETGEVINGSOVERLEG\n"                                              \
    "                Vastgesteld 2 december 2024\n"                                                    \
    "\n"                                                                                               \
    "De vaste commissie voor Infrastructuur en Waterstaat heeft op\n"                                  \
    "18 november 2024 overleg gevoerd met de heer Madlener, minister van\n"                            \
    "Infrastructuur en Waterstaat, over:\n"                                                            \
    "- de brief van de minister d.d. 1 oktober 2024 over het Deltaprogramma\n"                         \
    "  (Kamerstuk 36 360, nr. 12).\n"                                                                  \
    "\n"

/* In the verslag of a debate on the document's own dossier, a motion or an
 * amendment "op stuk nr. N" is one of that dossier (moved there), not of
 * the Kamerstuk cited last -- unless that one is cited in the same
 * sentence; in a letter the Kamerstuk cited last gives the dossier. */
static void test_op_stuk_in_debate(void **state)
{
    (void)state;
    check(WGO_HEAD "De heer Bamenga (D66):\n"
                   "Voorzitter. De motie-Bamenga over de Afsluitdijk (Kamerstuk 29 385,\n"
                   "nr. 130) is nog niet uitgevoerd. Mijn amendement op stuk nr. 21 regelt\n"
                   "de dekking.\n\n"
                   "Minister Madlener:\n"
                   "De motie op stuk nr. 44 ontraad ik.\n",
          "kst-36360-12 kst-29385-130 kst-36600-XII-21 kst-36600-XII-44", NULL);
    /* the Kamerstuk cited in the same sentence */
    check(WGO_HEAD "De heer Bamenga (D66):\n"
                   "Voorzitter. De motie-Bamenga (Kamerstuk 29 385, nr. 130) en de motie op\n"
                   "stuk nr. 131 zijn nog niet uitgevoerd.\n",
          "kst-36360-12 kst-29385-130 kst-29385-131", NULL);
    /* a letter: no debate on a dossier of its own */
    check("Geachte voorzitter,\n\n"
          "De motie-Bamenga over de Afsluitdijk (Kamerstuk 29 385, nr. 130) is nog\n"
          "niet uitgevoerd. De motie op stuk nr. 131 vraagt om een verkenning.\n",
          "kst-29385-130 kst-29385-131", NULL);
}

/* A motion read out in a verslag or Handelingen, signed below its text by
 * its movers, one name a line, then numbered ("Zij krijgt nr. 44
 * (36 600-XII).") is one motion with that number and those movers (not
 * the member speaking alone); a later "de motie op stuk nr. 44" is the
 * same motion. */
static void test_read_out_signed(void **state)
{
    (void)state;
    const char *text = WGO_HEAD "De heer Bamenga (D66):\n"
                                "Ik dien daarom een motie in.\n\n"
                                "Motie\n\n"
                                "De Kamer,\n\n"
                                "gehoord de beraadslaging,\n\n"
                                "verzoekt de regering de onderhoudsbudgetten voor sluizen te verhogen,\n\n"
                                "en gaat over tot de orde van de dag.\n\n"
                                "Bamenga\n"
                                "Van der Graaf\n\n"
                                "Zij krijgt nr. 44 (36 600-XII).\n\n"
                                "Minister Madlener:\n"
                                "De motie op stuk nr. 44 ontraad ik.\n";
    check(text, "kst-36360-12 kst-36600-XII-44 kst-36600-XII-44", "kst-36600-XII-44/Bamenga+Van der Graaf/cited");
    /* a line below the text that is no name: not signed so; the speaker moves it
     * (and the chair's number after it is that motion's: review15 joins a
     * number given after a motion read out to that named, unnumbered motion) */
    check(WGO_HEAD "De heer Bamenga (D66):\n"
                   "Ik dien daarom een motie in.\n\n"
                   "Motie\n\n"
                   "De Kamer,\n\n"
                   "gehoord de beraadslaging,\n\n"
                   "verzoekt de regering de onderhoudsbudgetten voor sluizen te verhogen,\n\n"
                   "en gaat over tot de orde van de dag.\n\n"
                   "Dat was mijn termijn.\n\n"
                   "Zij krijgt nr. 44 (36 600-XII).\n",
          "kst-36360-12 kst-36600-XII-44", "kst-36600-XII-44/Bamenga/cited");
}

/* A compact number alone on an indented line ("Zaak: ... -", wrapped) is a
 * Kamerstuk; phone numbers, postcodes, dates, amounts and kenmerken alone
 * on such a line are not, nor is a compact number with words after it. */
static void test_compact_alone_indented(void **state)
{
    (void)state;
    check("    Zaak: Brief regering - minister van BZK - 3 maart 2025\n"
          "    Voortgang van de aanpak (Kamerstuk 31 015, nr. 300) -\n"
          "    31015-311\n"
          "    Besluit: Voor kennisgeving aangenomen.\n",
          "kst-31015-300 kst-31015-311", NULL);
    check("Zaak:\n\t21501-20-2150\n", "kst-21501-20-2150", NULL);
    check("Contact\n    070-3407911\n    Postbus 20011\n    2500 EA Den Haag\n    12-03-2025\n"
          "    12500-15000\n    2024-0001234\n    20240-12345\n    36600-XVI\n    31015-311 euro\n",
          "", NULL);
}

/* A motion of which a part is done ("invulling aan het eerste deel van die
 * motie", "uitvoering gegeven aan een deel van de motie"), or done and, in
 * the same paragraph, not yet done ("... is daarmee nog niet afgerond"), is
 * in progress; done as a whole it is settled. */
static void test_part_done(void **state)
{
    (void)state;
    const char *intro = "De leden van de CDA-fractie vragen naar de motie van het lid Jansen over\n"
                        "een norm voor dijken (Kamerstuk 31 015, nr. 12). ";
    char buf[1024];
    snprintf(buf, sizeof buf, "%s%s", intro, "Dit wetsvoorstel geeft invulling aan het eerste deel van die motie.\n");
    check(buf, "kst-31015-12", "kst-31015-12/Jansen/progress");
    snprintf(buf, sizeof buf, "%s%s", intro, "Dit wetsvoorstel geeft invulling aan die motie.\n");
    check(buf, "kst-31015-12", "kst-31015-12/Jansen/settled");
    snprintf(buf, sizeof buf, "%s%s", intro,
             "Dit wetsvoorstel geeft invulling aan die motie. De kosten regel ik later. De\n"
             "uitvoering van de motie is daarmee nog niet afgerond.\n");
    check(buf, "kst-31015-12", "kst-31015-12/Jansen/progress");
    /* another paragraph is of another motion (one known by its subject) */
    snprintf(buf, sizeof buf, "%s%s", intro,
             "Dit wetsvoorstel geeft invulling aan die motie.\n\nDe uitvoering van de motie over de\n"
             "kosten is nog niet afgerond.\n");
    check(buf, "kst-31015-12", "kst-31015-12/Jansen/settled -/-/progress");
    check("Met dit besluit is uitvoering gegeven aan een deel van de motie van het lid Jansen (Kamerstuk\n"
          "31 015, nr. 12).\n",
          "kst-31015-12", "kst-31015-12/Jansen/progress");
    check("Met dit besluit is uitvoering gegeven aan de motie van het lid Jansen (Kamerstuk 31 015, nr. 12).\n"
          "Het tweede verzoek werk ik nog uit; de uitvoering van de motie is nog niet afgerond.\n",
          "kst-31015-12", "kst-31015-12/Jansen/progress");
    check("Met dit besluit is uitvoering gegeven aan de motie van het lid Jansen (Kamerstuk 31 015, nr. 12).\n",
          "kst-31015-12", "kst-31015-12/Jansen/settled");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_cell_left_of_column),
        cmocka_unit_test(test_op_stuk_in_debate),
        cmocka_unit_test(test_read_out_signed),
        cmocka_unit_test(test_compact_alone_indented),
        cmocka_unit_test(test_part_done),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
