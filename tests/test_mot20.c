/*
 * test_mot20.c - the detector (ingest/detect.h) on forms the twentieth
 * held-out set (tests/heldout20) found wrong: the Eerste Kamer's list of
 * related documents ("... - 36.067, P"), a table row whose Kamerstuk cell
 * comes before the motion's, and the status words a letter gives a motion
 * in running text.  Each case is a rule of the language, written as its
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

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_letter),
        cmocka_unit_test(test_table_number_first),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
