/*
 * test_fix15.c - the detector (ingest/detect.h) on the forms of the
 * fifteenth held-out set's kinds that are no commitments: a reference
 * broken at a line end whose next line starts deep in the body column of
 * pdftotext -layout, "Hande-\nlingen" hyphenated at a line end, "de motie
 * in de Raad" (no motion), the stand of a motion given after a quoted
 * question's "Antwoord:", a motion only named, and the signer of a letter
 * whose heading names another bewindspersoon.  Each case is a rule of the
 * language, written as its own short text, with look-alikes.
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
#include "ingest/docmeta.h"
#include "testdetect.h"

static ki_detector *det;

#define DATE "2026-12-01" /* the texts' own date */

/* the body column of pdftotext -layout: 33 blanks */
#define COL "                                 "

/* The Handelingen ids (and, where chamber is set, the Kamerstukken's
 * chambers: "II", "I" or "-") of text must be hand (kst). */
static void check_refs(const char *text, const char *kst, const char *chambers, const char *hand)
{
    ki_refs *r = test_detect(det, text, DATE);
    if (kst)
        test_kst_equal(r, kst);
    char got[512] = "";
    size_t o = 0;
    for (size_t i = 0; chambers && i < r->nkamerstukken && o < sizeof got - 8; i++)
        o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", o ? " " : "",
                              r->kamerstukken[i].chamber ? r->kamerstukken[i].chamber : "-");
    if (chambers && strcmp(got, chambers) != 0)
        fail_msg("chambers: got \"%s\", want \"%s\"", got, chambers);
    got[0] = 0;
    o = 0;
    for (size_t i = 0; hand && i < r->nhandelingen && o < sizeof got - 40; i++)
        o += (size_t)snprintf(got + o, sizeof got - o, "%s%s", o ? " " : "", r->handelingen[i].id);
    if (hand && strcmp(got, hand) != 0)
        fail_msg("handelingen: got \"%s\", want \"%s\"", got, hand);
    ki_refs_free(r);
}

static void check_motions(const char *text, const char *motions)
{
    test_check(det, text, DATE, NULL, motions, ',', true);
}

/* pdftotext -layout keeps a page's body column: a reference broken at a
 * line end goes on after a newline and the column's indentation (30-40
 * blanks), which is one blank between its parts, as a short indentation
 * is: between "Kamerstuk 31 839," and "nr. 1004", "Kamerstukken II" and
 * its year, "Kamer-" and "stukken", "Handelingen II" and its year.  A
 * page header's number far right of "Aanhangsel Handelingen II 2025/26"
 * is no sitting number. */
static void test_break_into_body_column(void **state)
{
    (void)state;
    check_refs(COL "De motie van het lid Kerstens (Kamerstuk 31 839,\n" COL "nr. 1004) vraagt de regering.\n",
               "kst-31839-1004", NULL, NULL);
    check_refs(COL "Het voorstel is ingediend (Kamerstukken II\n" COL "2023/24, 36 512, nrs. 1-3).\n",
               "kst-36512-1 kst-36512-2 kst-36512-3", "II II II", NULL);
    check_refs(COL "Zie de memorie (Kamerstukken II 2015/16, 34 356 (R2064),\n" COL "nr. 3, p. 7).\n",
               "kst-34356-3", "II", NULL);
    check_refs(COL "vragen naar de motie-Veldhoen c.s. (Kamer-\n" COL "stukken I 2021/22, 35 925, G) over het register.\n",
               "kst-35925-G", "I", NULL);
    check_refs(COL "Tijdens de behandeling (Handelingen II\n" COL "2024/25, nr. 58, item 9) heb ik dat gezegd.\n",
               NULL, NULL, "h-tk-20242025-58-9");
    check_motions(COL "De gewijzigde motie van het lid Vermeer c.s. (Kamerstuk 36 512,\n" COL
                      "nr. 27) verzoekt de regering de regeling te verruimen.\n",
                  "kst-36512-27/Vermeer/cited");
    /* look-alikes: a page header's number right of the citation; a number
     * in the next column, not a reference's */
    check_refs("Aanhangsel Handelingen II 2025/26                           1\n\nVragen van het lid Jansen.\n",
               "", NULL, "");
    check_refs("Kamerstuk 36 512                   Bijlage 2\n" COL "Het rapport telt 14 pagina's.\n", "", NULL, NULL);
}

/* "Handelingen" hyphenated at a line end (Han-de-lin-gen), the next line
 * indented or not, is the word. */
static void test_handelingen_hyphenated(void **state)
{
    (void)state;
    check_refs("In het debat van 17 mei jongstleden (Hande-\nlingen II 2010/11, nr. 82, item 9) heb ik dat gezegd.\n",
               NULL, NULL, "h-tk-20102011-82-9");
    check_refs("In het debat (Han-\n" COL "delingen II 2010/11, nr. 82, item 9) heb ik dat gezegd.\n", NULL, NULL,
               "h-tk-20102011-82-9");
    check_refs("In het debat (Handelin-\ngen I 2021/22, nr. 30, item 7) heb ik dat gezegd.\n", NULL, NULL,
               "h-ek-20212022-30-7");
    /* look-alike: the handel of a shop, hyphenated, is no Handelingen */
    check_refs("De handel-\nlingen van 2010/11, nr. 82 zijn verkocht.\n", NULL, NULL, "");
}

/* "in" is a name's prefix before "'t" ("het lid In 't Veld", "in 't
 * Veld"), not in "de motie in de Raad": a motion brought up in a council
 * is no motion of a member named "In de Raad". */
static void test_motion_in_council(void **state)
{
    (void)state;
    check_motions("Ik breng de motie in de Raad van 5 juni opnieuw onder de aandacht.\n", "");
    check_motions("Ik heb de motie in de Transportraad ingebracht.\n", "");
    /* look-alikes: a member whose name starts with In 't */
    check_motions("De motie van het lid In 't Veld (Kamerstuk 21 501-20, nr. 1200) is aangenomen.\n",
                  "kst-21501-20-1200/In 't Veld/cited");
    check_motions("De motie-in 't Veld (Kamerstuk 21 501-20, nr. 1200) is aangenomen.\n",
                  "kst-21501-20-1200/In 't Veld/cited");
}

/* The signature decides who signs: a Kamerstuk headed "BRIEF VAN DE
 * STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT" and signed "De
 * staatssecretaris Jeugd, Preventie en Sport," (the signature indented to
 * the body column, as pdftotext -layout gives it) is the latter's.  A
 * signature of the heading's own office, or none, leaves the heading's. */
static void expect_signer(const char *sig, const char *want)
{
    char t[2048];
    snprintf(t, sizeof t,
             "31 839                          Jeugdbeleid\n\n"
             "Nr. 1012                        BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID,\n"
             "                                WELZIJN EN SPORT\n\n"
             "                                Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
             "                                Den Haag, 2 april 2026\n\n"
             "                                Hierbij informeer ik u over de stand van zaken.\n\n"
             "%s\n",
             sig);
    ki_docmeta m;
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    if (want ? !m.signer || strcmp(m.signer, want) != 0 : m.signer != NULL)
        fail_msg("signer: got \"%s\", want \"%s\"", m.signer ? m.signer : "(null)", want ? want : "(null)");
}

static void test_signature_decides(void **state)
{
    (void)state;
    expect_signer("                                De staatssecretaris Jeugd, Preventie en Sport,\n"
                  "                                J.A. Verhoeff-Linde",
                  "SJSP");
    expect_signer("De staatssecretaris Jeugd, Preventie en Sport,\n\nJ.A. Verhoeff-Linde", "SJSP");
    /* look-alikes: the heading's own office signs; no signature; a
     * staatssecretaris named in a sentence, not a signature line */
    expect_signer("                                De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n"
                  "                                J.A. Verhoeff-Linde",
                  "SVWS");
    expect_signer("", "SVWS");
    expect_signer("De staatssecretaris Jeugd, Preventie en Sport heeft dit ook gemeld.", "SVWS");
}

/* A list item's lines hang under its text, across its own sentence ends:
 * the end of the item above ("... In de brief meldt u dat u de Kamer
 * informeert.") is no introduction of the list for the item below.  And
 * "de brief gaat daar niet op in" in a motion's own sentence: named, not
 * handled. */
static void test_hanging_item_not_gone_into(void **state)
{
    (void)state;
    const char *head = "Kernpunten\n"
                       "- Met de brief komt u de toezegging uit het commissiedebat na.\n"
                       "- De brief geeft de stand van de motie van het lid Vondeling\n"
                       "  (Kamerstuk 19 637, nr. 3351) over vaste opvangplekken per provincie.\n"
                       "  De uitvoering loopt: acht provincies hebben een locatie aangewezen, vier\n"
                       "  nog niet. In de brief meldt u dat u de Kamer over de verdere uitvoering\n"
                       "  informeert bij de volgende voortgangsrapportage.\n"
                       "- Uw ambtsvoorganger heeft in het tweeminutendebat van 12 februari 2025\n"
                       "  toegezegd de Kamer te informeren over de kosten. De brief bevat die kosten;\n"
                       "  daarmee is ook deze toezegging afgedaan.\n";
    char text[2048];
    snprintf(text, sizeof text,
             "%s- De aangenomen motie-Hulshof c.s. (36 704, nr. 31) vraagt de regering de\n"
             "  wet in te trekken; de brief gaat daar niet op in, omdat het voorstel nog\n"
             "  bij de Eerste Kamer ligt.\n",
             head);
    check_motions(text, "kst-19637-3351/Vondeling/progress kst-36704-31/Hulshof/cited");
    snprintf(text, sizeof text,
             "%s- De aangenomen motie-Hulshof c.s. (36 704, nr. 31) vraagt de regering de\n"
             "  wet in te trekken; op deze motie wordt in de brief niet ingegaan.\n",
             head);
    check_motions(text, "kst-19637-3351/Vondeling/progress kst-36704-31/Hulshof/cited");
    /* look-alike: "niet op" of something else; the letter does go into it */
    check_motions("Geachte voorzitter,\n\nIn deze brief ga ik in op de motie-Hulshof c.s. (36 704, nr. 31), "
                  "niet op de amendementen.\n",
                  "kst-36704-31/Hulshof/addressed");
}

/* A letter answering a schriftelijk overleg quotes each question and
 * answers below it after "Antwoord:": a motion named in the question gets
 * its relation from the answer ("Ik breng de motie in de Raad opnieuw onder
 * de aandacht": a next step, progress).  Look-alikes: the answer's
 * paragraph ended before the words; "niet onder de aandacht". */
static void test_answer_below_question(void **state)
{
    (void)state;
    const char *q = "Geachte voorzitter,\n\n"
                    "\"De leden van de D66-fractie vragen naar de uitvoering van de motie van het lid\n"
                    "Jansen c.s. over een heffing op privévluchten (Kamerstuk 21 501-33, nr. 1061).\n"
                    "Welke stappen heeft de minister gezet?\"\n\n";
    char text[2048];
    snprintf(text, sizeof text,
             "%sAntwoord:\nIk heb het voorstel in de Transportraad ingebracht; zes lidstaten steunen het.\n"
             "Ik breng de motie in de Raad van 5 juni opnieuw onder de aandacht.\n",
             q);
    check_motions(text, "kst-21501-33-1061/Jansen/progress");
    snprintf(text, sizeof text, "%sAntwoord:\nDaarmee is de motie uitgevoerd.\n", q);
    check_motions(text, "kst-21501-33-1061/Jansen/settled");
    /* look-alikes */
    snprintf(text, sizeof text, "%sAntwoord:\nIk heb het voorstel ingebracht.\n\nDe motie over de spoorvracht is uitgevoerd.\n", q);
    check_motions(text, "kst-21501-33-1061/Jansen/cited -/-/settled");
    check_motions("Geachte voorzitter,\n\nIk breng de motie-Jansen (21 501-33, nr. 1061) niet onder de aandacht.\n",
                  "kst-21501-33-1061/Jansen/cited");
}

/* "Die motie voer ik uit ..." after a sentence that only names the motion:
 * the present of carrying out is work under way (progress), also when the
 * sentence speaks of the motion named before it.  Look-alike: "Met deze
 * brief voer ik die motie uit" is done now. */
static void test_back_reference_carrying_out(void **state)
{
    (void)state;
    check_motions("De leden van de CDA-fractie vragen naar de motie-Veldhoen c.s. (Kamerstukken I 2021/22, "
                  "35 925, G) over het register. Die motie voer ik uit in twee stappen; het register is in "
                  "opbouw.\n",
                  "kst-35925-G/Veldhoen/progress");
    check_motions("De leden van de CDA-fractie vragen naar de motie-Veldhoen c.s. (Kamerstukken I 2021/22, "
                  "35 925, G) over het register. Die motie is hiermee uitgevoerd.\n",
                  "kst-35925-G/Veldhoen/settled");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_break_into_body_column),
        cmocka_unit_test(test_handelingen_hyphenated),
        cmocka_unit_test(test_motion_in_council),
        cmocka_unit_test(test_signature_decides),
        cmocka_unit_test(test_hanging_item_not_gone_into),
        cmocka_unit_test(test_answer_below_question),
        cmocka_unit_test(test_back_reference_carrying_out),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
