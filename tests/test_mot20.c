/*
 * test_mot20.c - the detector (ingest/detect.h) on forms the twentieth
 * held-out set (tests/heldout20) found wrong: the Eerste Kamer's list of
 * related documents ("... - 36.067, P"), a table row whose Kamerstuk cell
 * comes before the motion's, the status words a letter gives a motion in
 * running text, and the time of the next report ("in de eerstvolgende
 * voortgangsbrief over X, die ik voor de zomer verstuur").  Each case is a rule of the language, written as its
 * own short text.
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

static void kst(const char *text, const char *want)
{
    test_check(det, text, "2026-12-01", want, NULL, 0, false);
}

static void mot(const char *text, const char *want)
{
    test_check(det, text, "2026-12-01", NULL, want, ',', true);
}

/* The Eerste Kamer's list of related documents ends an item with its
 * dossier and letter after a dash, without brackets; the date may follow
 * in brackets, on the line or the next.  Only a line's last item: an
 * amount, a letter followed by words, a dash at the line's start or a
 * number not shaped as a dossier are none. */
static void test_dash_letter(void **state)
{
    (void)state;
    kst("Gerelateerde documenten\n\nVerslag van een schriftelijk overleg over de uitvoeringskosten - 36.067, P\n"
        "(3 oktober 2025)\n",
        "kst-36067-P");
    kst("Brief regering; Handreiking gegevensdeling - 36.279, H (26 september 2025)\n", "kst-36279-H");
    kst("Memorie van antwoord - 36 410, C\n", "kst-36410-C");
    kst("Het tekort bedraagt EUR 36.067, P is de post.\n", "");
    kst("Totaal - 36.067, A en B samen\n", "");
    kst("- 36.067, P\n", "");
    kst("Rapport van de werkgroep - 46.067, P\n", "");
    kst("Rapport van de werkgroep - 36.0671, P\n", "");
}

/* A table (a text file's tab-separated rows are read as "| cell | cell |")
 * with the Kamerstuk in the first cell and a date between it and the
 * motion's cell: the motion has that Kamerstuk.  A cell of words between,
 * or a first cell that is not the Kamerstuk, makes it another form. */
static void test_table_number_first(void **state)
{
    (void)state;
    mot("Tabel 1. Moties\n\n| Nr. | Datum | Omschrijving | Stand van zaken |\n"
        "| 27 625, nr. 705 | 09-07-2026 | Motie van het lid Boerman c.s. over een landelijk beeld van de "
        "droogteschade. | Loopt. |\n"
        "| 27 625, nr. 709 | 09-07-2026 | Motie van de leden Vermeulen en Asante over het openbaar maken van "
        "de vergunningen. | Afgedaan met bijgaande Kamerbrief. |\n",
        "kst-27625-705/Boerman/progress kst-27625-709/Vermeulen,Asante/settled");
    mot("| 27 625, nr. 705 | 9/7/2026 | 12 | Motie van het lid Boerman over de droogte. |\n",
        "kst-27625-705/Boerman/cited");
    mot("| 27 625, nr. 705 | Water | Motie van het lid Boerman over de droogte. |\n", "-/Boerman/cited");
    mot("| Zie | 27 625, nr. 705 | 9-7-2026 | Motie van het lid Boerman over de droogte. |\n", "-/Boerman/cited");
}


/* A motion named, then a sentence on its course (the motion first: each
 * text below is "De motie van het lid Jansen (Kamerstuk 31 765, nr. 930)"
 * and then the words). */
static void course(const char *words, const char *rel)
{
    char text[600], want[64];
    snprintf(text, sizeof text, "De motie van het lid Jansen (Kamerstuk 31 765, nr. 930) %s\n", words);
    snprintf(want, sizeof want, "kst-31765-930/Jansen/%s", rel);
    mot(text, want);
}

/* Status words in running text: on course ("ligt op schema", "verloopt
 * volgens planning", "ligt op koers"), behind ("vraagt meer tijd", "heeft
 * meer tijd nodig"), the next report named by the writer ("ik rapporteer
 * in de volgende voortgangsbrief"), the end still ahead ("is daarmee
 * gestart en wordt in 2025 afgerond") are progress; what a motion asks
 * ("vraagt om meer tijd", "vraagt meer tijd voor", the Kamer informed "in
 * de volgende voortgangsbrief" at its request) is none. */
static void test_status_words(void **state)
{
    (void)state;
    course("vraagt om een plan. Het opstellen van dat plan ligt op schema.", "progress");
    course("vraagt om een plan. De uitvoering verloopt volgens planning.", "progress");
    course("vraagt om een plan. Het plan ligt op koers.", "progress");
    course("over een proef vraagt meer tijd; ik rapporteer in de volgende voortgangsbrief.", "progress");
    course("vraagt om een plan. Het bureau heeft meer tijd nodig voor de berekeningen.", "progress");
    course("vraagt om een plan. Dat onderzoek kost meer tijd dan voorzien.", "progress");
    course("vraagt om een plan. Ik informeer uw Kamer daarover in de eerstvolgende voortgangsbrief.", "progress");
    course("vraagt om een plan. De uitvoering van de motie is daarmee gestart en wordt in 2025 afgerond.",
           "progress");
    course("vraagt om een plan. Het plan wordt eind 2026 opgeleverd.", "progress");
    course("vraagt de regering gemeenten om meer tijd te geven.", "cited");
    course("vraagt meer tijd voor mantelzorgers.", "cited");
    course("verzoekt de regering de Kamer in de volgende voortgangsbrief te informeren.", "cited");
    course("vraagt om een plan. Het plan is afgerond en wordt in 2027 geevalueerd.", "settled");
    course("vraagt om een plan. Het plan wordt in 2025 niet afgerond.", "cited");
}

/* "voer ik uit" is work under way where a cue of progress stands beside
 * it ("Die motie voer ik uit in twee stappen; het register gaat volgens
 * planning open"), but "voer ik niet uit" is decided against. */
static void test_carrying_out(void **state)
{
    (void)state;
    course("over het register. Die motie voer ik uit in twee stappen; het register is in opbouw en gaat "
           "volgens planning op 1 januari 2027 open.",
           "progress");
    course("over mantelzorg voer ik niet uit. Zoals ik bij de appreciatie heb aangegeven, ontbreekt de "
           "financiele dekking.",
           "addressed");
}

/* The next report as a deadline gives way to its own time, said in a
 * clause after it, also when what it is about comes between: "in de
 * eerstvolgende voortgangsbrief over Caribisch Nederland, die ik voor de
 * zomer van 2025 verstuur". */
static void test_report_own_time(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"Ik informeer uw Kamer in de eerstvolgende voortgangsbrief over Caribisch Nederland, die ik voor de "
         "zomer van 2025 verstuur.",
         "voor de zomer van 2025"},
        {"Ik informeer uw Kamer in de volgende voortgangsrapportage, die u rond de zomer ontvangt.", "rond de zomer"},
        {"Ik informeer uw Kamer in de volgende voortgangsbrief over Caribisch Nederland.",
         "in de volgende voortgangsbrief"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ki_deadline dl;
        const char *t = cases[i][0];
        if (!ki_deadline_find(t, strlen(t), &dl))
            fail_msg("no deadline in \"%s\"", t);
        if (strlen(cases[i][1]) != dl.end - dl.start || strncmp(t + dl.start, cases[i][1], dl.end - dl.start) != 0)
            fail_msg("got \"%.*s\", want \"%s\"", (int)(dl.end - dl.start), t + dl.start, cases[i][1]);
    }
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_letter),
        cmocka_unit_test(test_table_number_first),
        cmocka_unit_test(test_status_words),
        cmocka_unit_test(test_carrying_out),
        cmocka_unit_test(test_report_own_time),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
