/*
 * test_review20.c - the detector (ingest/detect.h) on the forms a review of
 * real text (rev20: footnotes of laws and court decisions citing
 * Kamerstukken, older Handelingen of both Kamers, joint letters of two
 * sub-dossiers, provincial minutes) found wrong: each case is a rule of the
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

#include "ingest/detect.h"
#include "testdetect.h"

static ki_detector *det;

static void kst(const char *text, const char *want)
{
    test_check(det, text, "2025-06-15", want, NULL, 0, false);
}

/* An older document number may carry a small letter ("nr. 42e", the
 * Eerste Kamer's "nr. 175a"): it is part of the number; another small
 * letter or a word glued to the number makes it none. */
static void test_nr_with_letter(void **state)
{
    (void)state;
    kst("Zie de Nadere Memorie van Antwoord (Kamerstukken I 1979/80, 15 516, nr. 42e, blz. 7).",
        "kst-15516-42e");
    kst("In de nota (zie kamerstukken I 2000-2001, 26 976, nr. 175a) heb ik aangegeven", "kst-26976-175a");
    kst("Kamerstukken II 2020/21, 35 625, nr. 4 en het 2e kwartaal", "kst-35625-4");
    kst("Kamerstukken II 2020/21, 35 625, nr. 4km verderop", "");
    /* the citation's text ends with the letter */
    ki_refs *r = test_detect(det, "Zie Kamerstukken I 1995/96, 23700, nr. 188b, p. 3.", "2025-06-15");
    assert_int_equal(r->nkamerstukken, 1);
    assert_string_equal(r->kamerstukken[0].text, "Kamerstukken I 1995/96, 23700, nr. 188b");
    ki_refs_free(r);
}

/* A joint letter of two sub-dossiers, each written with its sub
 * ("Kamerstukken 36 600 B en 36 600 C, nr. 6"): the number is in both; a
 * dossier without a sub before "en" is a joint one read elsewhere, and a
 * year before "en" none. */
static void test_joint_subs(void **state)
{
    (void)state;
    kst("toegezonden (Kamerstukken 36 600 B en 36 600 C, nr. 6).", "kst-36600-B-6 kst-36600-C-6");
    kst("Zie Kamerstukken II 2024/25, 36 600 B en 36 600 C, nr. 6.", "kst-36600-B-6 kst-36600-C-6");
    kst("de brief (36 410 VII en 36 410 B, nr. 3)", "kst-36410-VII-3 kst-36410-B-3");
    kst("In 2024 en 36 600 C, nr. 7 staat het.", "kst-36600-C-7");
    kst("de motie-Bikker (bijlage B en 36 600 C, nr. 7)", "kst-36600-C-7");
}

/* A footnote whose number the text glued to its first word ("100Motie van
 * het lid Sneller c.s., Kamerstukken ..."): the motion is read; a figure
 * glued to a small "motie" is no such footnote. */
static void test_footnote_glued_motion(void **state)
{
    (void)state;
    test_check(det, "Zie de brief.\n               100Motie van het lid Sneller c.s., Kamerstukken II 2020/21 35 570-IX, nr. 14\n",
               "2025-06-15", "kst-35570-IX-14", "kst-35570-IX-14/Sneller", ',', false);
    test_check(det, "12Motie van de leden Bromet en Inge van Dijk (Kamerstuk 35 830 VII, nr. 13).\n", "2025-06-15",
               "kst-35830-VII-13", "kst-35830-VII-13/Bromet,Inge van Dijk", ',', false);
}

/* kind and date (NULL: not checked) of a text */
static void meta(const char *text, const char *kind, const char *date)
{
    ki_refs *r = test_detect(det, text, "2025-06-15");
    if (!r->kind || strcmp(r->kind, kind) != 0)
        fail_msg("kind: got \"%s\", want \"%s\"", r->kind ? r->kind : "(null)", kind);
    if (date && (!r->date || strcmp(r->date, date) != 0))
        fail_msg("date: got \"%s\", want \"%s\"", r->date ? r->date : "(null)", date);
    ki_refs_free(r);
}

/* The heading of minutes names the meeting's date after "vergadering van"
 * anywhere on its first line, also in capitals; a sitting only pointed to
 * ("(Zie vergadering van ...)") dates nothing. */
static void test_heading_vergadering(void **state)
{
    (void)state;
    meta("PROVINCIALE STATEN VAN GRONINGEN VERGADERING VAN 11 MAART 2015\n\nDe voorzitter opent de vergadering.\n",
         "other", "2015-03-11");
    meta("Provinciale Staten van Groningen vergadering van 11 maart 2015\n\nDe voorzitter opent de vergadering.\n",
         "other", "2015-03-11");
    meta("Aan de orde is de motie (Zie vergadering van 11 maart 2015.)\n\nDe voorzitter:\n", "handelingen",
         "2025-06-15");
}

/* An older Handelingen page's running head: the Kamer and the sitting's
 * date, a vergaderjaar between them. */
static void test_handelingen_running_head(void **state)
{
    (void)state;
    meta("De voortzetting van de behandeling\n\nEerste Kamer 11 mei 1982\n\nAan de orde is de voortzetting van de "
         "behandeling van de ontwerpen van wet.\n",
         "handelingen", "1982-05-11");
    meta("Handelingen Eerste Kamer 1981-1982 11 mei 1982 orde 2\n\nAan de orde is de voortzetting van de "
         "behandeling.\n",
         "handelingen", "1982-05-11");
    /* the Kamer named in a sentence is no head */
    meta("Aan de orde is het debat.\n\nDe Tweede Kamer 12 maart 1985 stemde voor.\n", "handelingen", "2025-06-15");
}

/* An older document's own number with its letter ("nr. 175a") under its
 * dossier; a dossier line that names the Kamerstuk answered ("26 976, nr.
 * 1") gives no title. */
static void test_own_nr_with_letter(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det,
                             "26 976\nPositie van de Eerste Kamer\n\nnr. 175a\nAANVULLING OP DE NOTA NAAR AANLEIDING VAN "
                             "HET VERSLAG\n\nOntvangen 15 mei 2001\n\nIk heb de eer.\n",
                             "2025-06-15");
    test_meta_equal(r, "other", "Positie van de Eerste Kamer; Aanvulling op de nota naar aanleiding van het verslag",
                    "kst-26976-175a", "2001-05-15");
    ki_refs_free(r);
    r = test_detect(det,
                    "26 976, nr. 1\nNotitie over de positie van de Eerste Kamer\n\nnr. 175a\nAANVULLING OP DE NOTA "
                    "NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 15 mei 2001\n\nIk heb de eer.\n",
                    "2025-06-15");
    test_meta_equal(r, "other",
                    "Notitie over de positie van de Eerste Kamer; Aanvulling op de nota naar aanleiding van het verslag",
                    "kst-26976-175a", "2001-05-15");
    ki_refs_free(r);
}

/* A Raad van State advice printed with its nader rapport is dated by the
 * nader rapport: "Hieronder zijn opgenomen het advies van de Raad van State
 * d.d. 20 december 2002 en het nader rapport d.d. 7 juli 2003". */
static void test_nader_rapport_date(void **state)
{
    (void)state;
    meta("28 995\nAanpassing van bijzondere wetten\n\nA\nADVIES RAAD VAN STATE EN NADER RAPPORT1\n\nHieronder zijn "
         "opgenomen het advies van de Raad van State d.d. 20 december 2002 en het nader rapport d.d. 7 juli 2003, "
         "aangeboden aan de Koningin door de minister.\n",
         "other", "2003-07-07");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nr_with_letter),
        cmocka_unit_test(test_joint_subs),
        cmocka_unit_test(test_footnote_glued_motion),
        cmocka_unit_test(test_heading_vergadering),
        cmocka_unit_test(test_handelingen_running_head),
        cmocka_unit_test(test_own_nr_with_letter),
        cmocka_unit_test(test_nader_rapport_date),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
