/*
 * test_mot16.c - the detector (ingest/detect.h) on motion forms and document
 * metadata of the eighth held-out set's kinds: a list item's motion title
 * broken over lines, a member's or a future "afgedaan", and the kind of a
 * letter that speaks of other kinds of documents.  Each case is a rule of
 * the language, written as its own short text, with look-alikes.
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

#define DATE "2026-12-01" /* the texts' own date */

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, DATE);
}

static void check(const char *text, const char *motions)
{
    test_check(det, text, DATE, NULL, motions, 0, true);
}

/* A list item's motion title broken over lines keeps the number in the
 * brackets below it: the first line ends in an article or a preposition,
 * the next goes on in lower case, or the next ends in the bracketed
 * reference; a short item title above a body is still a heading. */
static void test_item_title_over_lines(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "a. Motie van het lid Kamminga c.s. over het versterken van het\n"
          "exportinstrumentarium voor het mkb (Kamerstuk 36 180, nr. 92)\n"
          "De regeling is per 1 september 2026 verruimd. Hiermee is de motie\nuitgevoerd.\n",
          "kst-36180-92/Kamminga/settled");
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "b. Motie van de leden Boswijk en Dobbe over de inzet bij de Raad\n"
          "Buitenlandse Zaken Handel (Kamerstuk 21501-02-3011)\n"
          "Het kabinet heeft dit punt op 14 november jl. ingebracht. De motie\nis daarmee afgedaan.\n",
          "kst-21501-02-3011/Boswijk/settled");
    check("Geachte voorzitter,\n\n1. Moties\n\n"
          "d. Motie van het lid Van der Burg (VVD) over de ratificatie van\n"
          "investeringsakkoorden met Chili (Kamerstuk 36 180, nr. 99)\n"
          "Het wetsvoorstel is op 2 oktober jl. ingediend. De motie wordt uitgevoerd.\n",
          "kst-36180-99/Van der Burg/progress");
    /* look-alike: a short heading and its body; the motion in the body */
    check("Geachte voorzitter,\n\n"
          "a. Exportinstrumentarium\n"
          "De motie van het lid Kamminga c.s. (Kamerstuk 36 180, nr. 92) is uitgevoerd.\n",
          "kst-36180-92/Kamminga/settled");
}

/* A one-line motion title of a register list gets its number from the
 * labelled line below it ("Vindplaats: Kamerstuk 35 165 (R2171), nr. 19"),
 * and the label is no part of its subject; a label line without a
 * Kamerstuk gives none. */
static void test_title_above_label_line(void **state)
{
    (void)state;
    const char *text = "5.1 Moties\n\n"
                       "Motie-Bikker c.s. over het kiesrecht van Nederlanders in het buitenland\n"
                       "Vindplaats: Kamerstuk 35 165 (R2171), nr. 19\n"
                       "Stand van zaken: Het wetsvoorstel is naar de Raad van State gestuurd. In uitvoering.\n";
    check(text, "kst-35165-19/Bikker/progress");
    ki_refs *r = detect(text);
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].subject, "het kiesrecht van Nederlanders in het buitenland");
    ki_refs_free(r);
    check("5.1 Moties\n\n"
          "Motie van het lid Sneller over een openbaarheidstoets bij nieuwe wetsvoorstellen\n"
          "Vindplaats: commissiedebat Openbaarheid, 12 juni 2026\n"
          "Stand van zaken: In uitvoering.\n",
          "-/Sneller/progress");
}

/* The kind of a document: a letter that speaks of beslisnota's below its
 * salutation is a brief; a note that names itself a beslisnota above a
 * letter it goes with is one. */
static void kind_is(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    assert_non_null(r->kind);
    assert_string_equal(r->kind, want);
    ki_refs_free(r);
}

static void test_letter_about_beslisnotas(void **state)
{
    (void)state;
    kind_is("Datum 14 december 2026\nBetreft Informatievoorziening aan de Kamer\n\nGeachte voorzitter,\n\n"
            "Sinds 1 oktober 2026 worden de beslisnota's bij alle Kamerbrieven openbaar gemaakt. Het model "
            "van de beslisnota is aangepast.\n\nDe minister-president,\n\nM. Jansen\n",
            "brief");
    kind_is("Beslisnota bij Kamerbrief over de informatievoorziening\n\nAanleiding\nU heeft toegezegd de Kamer "
            "te informeren.\n\nGeachte voorzitter,\n\nHierbij informeer ik u.\n",
            "beslisnota");
}

/* A done motion said in the perfect over a clause with a date, "jl." and a
 * bracketed reference between; not when the clause denies or defers it,
 * nor when what was done is no motion. */
static void test_perfect_done_over_clause(void **state)
{
    (void)state;
    check("Voorzitter. Eerder steunden wij de motie-Tuinman over munitievoorraden (Kamerstuk 36 124, nr. 42); de\n"
          "minister heeft die in zijn brief van 20 november jl. (Kamerstuk 36 600-X,\nnr. 47) uitgevoerd.\n",
          "kst-36124-42/Tuinman/settled");
    check("Geachte voorzitter,\n\nIk heb de motie-Tuinman (Kamerstuk 36 124, nr. 42) met de brief van 20 november jl. "
          "(Kamerstuk 36 600-X, nr. 47) uitgevoerd.\n",
          "kst-36124-42/Tuinman/settled");
    check("Voorzitter. Eerder steunden wij de motie-Tuinman over munitievoorraden (Kamerstuk 36 124, nr. 42); de\n"
          "minister heeft die in zijn brief van 20 november jl. nog niet uitgevoerd.\n",
          "kst-36124-42/Tuinman/progress");
    check("Voorzitter. Eerder steunden wij de motie-Tuinman over munitievoorraden (Kamerstuk 36 124, nr. 42); de\n"
          "gemeente heeft het plan in de zomer van 2026 (zie de brief van 20 november jl.) uitgevoerd.\n",
          "kst-36124-42/Tuinman/cited");
    check("Voorzitter. Eerder steunden wij de motie-Tuinman over munitievoorraden (Kamerstuk 36 124, nr. 42); de\n"
          "Kamer heeft die in maart aangenomen, want wij willen het plan snel uitgevoerd zien.\n",
          "kst-36124-42/Tuinman/cited");
}

/* Done at a time: "is in 2025 uitgevoerd", "is per 1 juli 2026 afgerond";
 * not "is in 2025 nog niet uitgevoerd", nor a count ("zijn er in 2025 31"). */
static void test_done_at_a_time(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie-De Hoop c.s. over de spoorverbinding Groningen-Bremen (Kamerstuk 36 200 A, "
          "nr. 61) is in 2025 uitgevoerd: de concessie is op 1 oktober 2025 gegund.\n",
          "kst-36200-A-61/De Hoop/settled");
    check("Geachte voorzitter,\n\nDe motie-De Hoop (Kamerstuk 36 200 A, nr. 61) is per 1 juli 2026 afgerond.\n",
          "kst-36200-A-61/De Hoop/settled");
    check("Geachte voorzitter,\n\nDe motie-De Hoop (Kamerstuk 36 200 A, nr. 61) is in 2025 nog niet uitgevoerd.\n",
          "kst-36200-A-61/De Hoop/progress");
}

/* A term moved and work in hand are progress: "de uitvoering van deze motie
 * schuift op naar maart 2027", "Voor de uitvoering van de motie-X werk ik
 * een aanbesteding uit". */
static void test_moved_and_worked_out(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie-Brekelmans c.s. (Kamerstuk 19 637, nr. 3301) verzoekt de regering de kosten "
          "te betrekken. Dat gebeurt; ook de uitvoering van deze motie schuift daardoor op naar maart\n2027.\n",
          "kst-19637-3301/Brekelmans/progress");
    check("Geachte voorzitter,\n\nVoor de uitvoering van de motie-Kr\xc3\xb6ger (Kamerstuk 29 023, nr. 598) werk ik een "
          "aanbesteding uit.\n",
          "kst-29023-598/Kr\xc3\xb6ger/progress");
    /* look-alike: "werk ik niet uit" */
    check("Geachte voorzitter,\n\nDe motie-Kr\xc3\xb6ger (Kamerstuk 29 023, nr. 598) werk ik niet verder uit.\n",
          "kst-29023-598/Kr\xc3\xb6ger/cited");
}

/* A report promised for when something happens is a step: "ik informeer u
 * over het resultaat zodra de Raad een besluit heeft genomen"; "Hierbij
 * informeer ik u" is no step of its own. */
static void test_report_when(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nc. Motie van het lid Teunissen c.s. over dierenwelzijnseisen in handelsakkoorden "
          "(Kamerstuk 36 180, nr. 97)\nIn de onderhandelingen zet het kabinet in op een hoofdstuk over dierenwelzijn. "
          "De onderhandelingen lopen; ik informeer u over het resultaat zodra de Raad een besluit heeft genomen.\n",
          "kst-36180-97/Teunissen/progress");
    check("Geachte voorzitter,\n\nMet deze brief informeer ik u over de motie van het lid Teunissen c.s. "
          "(Kamerstuk 36 180, nr. 97), zodra het kan.\n",
          "kst-36180-97/Teunissen/addressed");
}

/* "als afgedaan" in the future is progress: "zal ik ... als afgedaan
 * beschouwen", "ik zie de motie met het verschijnen van de evaluatie als
 * afgedaan"; with this text ("met het verschijnen van deze brief") or now it
 * is settled. */
static void test_future_afgedaan(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie van de leden Van Dijk (SGP) en Podt (D66) over kleinschalige opvang "
          "(Kamerstuk 27 062, nr. 141) vraagt om een aparte paragraaf. Die komt er; ik zie de motie met het "
          "verschijnen van\nde evaluatie als afgedaan.\n",
          "kst-27062-141/Van Dijk/progress");
    check("Geachte voorzitter,\n\nDe motie van het lid Podt (Kamerstuk 27 062, nr. 141) zal ik na de evaluatie "
          "als afgedaan beschouwen.\n",
          "kst-27062-141/Podt/progress");
    check("Geachte voorzitter,\n\nDe motie van het lid Podt (Kamerstuk 27 062, nr. 141) zie ik met het verschijnen "
          "van deze brief als afgedaan.\n",
          "kst-27062-141/Podt/settled");
    check("Geachte voorzitter,\n\nDe motie van het lid Podt (Kamerstuk 27 062, nr. 141) beschouw ik als afgedaan.\n",
          "kst-27062-141/Podt/settled");
}

/* A register's "Stand van zaken:" label is no step of its own when its
 * cell says the item is done; a cell with done and a step stays
 * addressed. */
static void test_stand_label_done(void **state)
{
    (void)state;
    check("5.1 Moties\n\nMotie van de leden Kathmann en Six Dijkstra over open standaarden in de overheids-ICT\n"
          "Vindplaats: Kamerstuk 26 643, nr. 1201\n"
          "Stand van zaken: De staatssecretaris heeft de motie uitgevoerd door de\nlijst met standaarden per 1 juli "
          "2026 aan te vullen. Afgedaan.\n",
          "kst-26643-1201/Kathmann/settled");
    check("5.1 Moties\n\nMotie van de leden Kathmann en Six Dijkstra over open standaarden in de overheids-ICT\n"
          "Vindplaats: Kamerstuk 26 643, nr. 1201\n"
          "Stand van zaken: De staatssecretaris heeft de motie uitgevoerd voor het Rijk. Voor gemeenten "
          "loopt de uitvoering nog.\n",
          "kst-26643-1201/Kathmann/addressed");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_title_over_lines),
        cmocka_unit_test(test_title_above_label_line),
        cmocka_unit_test(test_letter_about_beslisnotas),
        cmocka_unit_test(test_perfect_done_over_clause),
        cmocka_unit_test(test_done_at_a_time),
        cmocka_unit_test(test_moved_and_worked_out),
        cmocka_unit_test(test_report_when),
        cmocka_unit_test(test_future_afgedaan),
        cmocka_unit_test(test_stand_label_done),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
