/*
 * test_ho13.c - the detector (ingest/detect.h) on the forms of the
 * thirteenth held-out set's kinds that are no commitments: a footnote
 * number glued to the note's first word ("6Kamerstukken II ...") or
 * standing after the sentence's period ("is uitgevoerd.6 Zie"), the number
 * a gewijzigde motie replaces written in full after "t.v.v.", a commissie's
 * request for the stand van zaken of motions, "wordt uitvoering gegeven
 * via" as work under way, and a letterhead's "Betreft" beside its margin
 * column.  Each case is a rule of the language, written as its own short
 * text, with look-alikes.
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

static void check_motions(const char *text, const char *motions)
{
    test_check(det, text, DATE, NULL, motions, ',', true);
}

/* A motion whose reference stands in a footnote: the footnote's number, as
 * a PDF extracts a superscript, may be glued to the note's first word
 * ("6Kamerstukken II 2021/22, ..."), as it is glued to the name above
 * ("motie-Sneller/Leijten6").  A line that only starts with the digit and a
 * lower-case word is no note. */
static void test_footnote_glued_note(void **state)
{
    (void)state;
    const char *body = "Geachte voorzitter,\n\nDat sluit aan bij de motie-Sneller/Leijten6, die de regering "
                       "verzocht de ondersteuning te regelen. Die motie is nog niet uitgevoerd.\n\nHoogachtend,\n\n";
    char text[1024];
    snprintf(text, sizeof text, "%s______\n6Kamerstukken II 2021/22, 35 925 VII, nr. 56.\n", body);
    check_motions(text, "kst-35925-VII-56/Sneller,Leijten/progress");
    /* the markdown and spaced forms as before */
    snprintf(text, sizeof text, "%s______\n6 Kamerstukken II 2021/22, 35 925 VII, nr. 56.\n", body);
    check_motions(text, "kst-35925-VII-56/Sneller,Leijten/progress");
    /* look-alike: a count at a line start, glued to nothing of a note */
    snprintf(text, sizeof text, "%s6maal is de brief (35 925 VII, nr. 56) besproken.\n", body);
    check_motions(text, "-/Sneller,Leijten/progress");
}

/* A footnote mark after the sentence's period ("De motie-X over Y is
 * uitgevoerd.6 Zie ...") is the motion's as well: its Kamerstuk from the
 * note, its relation from its sentence, its subject the words up to the
 * verb.  The party D66 in brackets ("het lid Sneller (D66)6") is no mark.
 * A mark glued to the subject ("over maatschappelijk prioriteren3") is no
 * part of the subject. */
static void test_footnote_mark_after_period(void **state)
{
    (void)state;
    const char *foot = "\n\nHoogachtend,\n\n6 Kamerstukken II 2021/22, 35 925 VII, nr. 56.\n";
    char text[1024];
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe motie-Sneller/Leijten over de ondersteuning is "
             "uitgevoerd.6 Zie ook de brief.%s", foot);
    check_motions(text, "kst-35925-VII-56/Sneller,Leijten/settled");
    ki_refs *r = test_detect(det, text, DATE);
    assert_int_equal(r->nmotions, 1);
    assert_non_null(r->motions[0].subject);
    assert_string_equal(r->motions[0].subject, "de ondersteuning");
    ki_refs_free(r);
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDat sluit aan bij de motie-Sneller/Leijten over de "
             "ondersteuning.6 Die motie is nog niet uitgevoerd.%s", foot);
    check_motions(text, "kst-35925-VII-56/Sneller,Leijten/progress");
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe motie van het lid Sneller (D66)6 over de "
             "ondersteuning is uitgevoerd.%s", foot);
    check_motions(text, "kst-35925-VII-56/Sneller/settled");
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe motie van de leden Kr\xC3\xB6ger en Bontenbal over "
             "maatschappelijk prioriteren6 is uitgevoerd.%s", foot);
    r = test_detect(det, text, DATE);
    assert_int_equal(r->nmotions, 1);
    assert_non_null(r->motions[0].subject);
    assert_string_equal(r->motions[0].subject, "maatschappelijk prioriteren");
    ki_refs_free(r);
    /* look-alikes: a number in the next sentence, the party alone */
    snprintf(text, sizeof text, "Geachte voorzitter,\n\nDe motie van het lid Sneller (D66) over de "
             "ondersteuning is uitgevoerd. Er doen 6 gemeenten mee.%s", foot);
    check_motions(text, "-/Sneller/settled");
}

/* A gewijzigde motie names the motion it replaces: "(t.v.v.⏎36 600 XV, nr.
 * 90)", "(ter vervanging van 36 600 XV, nr. 90)" written in full is that
 * older number, a motion without sponsors (cited); the motion's own number
 * is the one that follows ("Vindplaats: Kamerstuk 36 600 XV, nr. 104").  A
 * bracket between the word and the number ("de tvv (36 600 XV, nr. 90)")
 * is no replacement. */
static void test_replaced_in_full(void **state)
{
    (void)state;
    const char *head = "4.1 Moties\n\nMotie van het lid Ceder over werk\nVindplaats: Kamerstuk 36 410 XV, nr. 51\n"
                       "Stand van zaken: Afgedaan.\n\n";
    char text[1024];
    snprintf(text, sizeof text,
             "%sGewijzigde motie van het lid Podt over schuldhulp via de werkgever (t.v.v.\n36\xC2\xA0" "600 XV, "
             "nr. 90)\nVindplaats: Kamerstuk 36 600 XV, nr. 104\nStand van zaken: In uitvoering.\n", head);
    check_motions(text, "kst-36410-XV-51/Ceder/settled kst-36600-XV-104/Podt/progress kst-36600-XV-90/-/cited");
    snprintf(text, sizeof text,
             "%sGewijzigde motie van het lid Podt (ter vervanging van 36 600 XV, nr. 90) over schuldhulp\n"
             "Vindplaats: Kamerstuk 36 600 XV, nr. 104\nStand van zaken: In uitvoering.\n", head);
    check_motions(text, "kst-36410-XV-51/Ceder/settled kst-36600-XV-104/Podt/progress kst-36600-XV-90/-/cited");
    check_motions("De gewijzigde motie-Podt (Kamerstuk 36 600 XV, nr. 104, t.v.v. 36 600 XV, nr. 90) over "
                  "schuldhulp is in uitvoering.\n",
                  "kst-36600-XV-104/Podt/progress kst-36600-XV-90/-/cited");
    /* look-alikes: no replacement word right before the number */
    check_motions("Zie de brief over de tvv (36 600 XV, nr. 90) en de motie-Podt (36 600 XV, nr. 91), die is "
                  "uitgevoerd.\n",
                  "kst-36600-XV-91/Podt/settled");
    check_motions("De motie-Podt (36 600 XV, nr. 90) is in uitvoering.\n", "kst-36600-XV-90/Podt/progress");
}

/* A commissie that asks the bewindspersoon for the state of motions ("De
 * commissie verzoekt u ... aan te geven wat de stand van zaken is van de
 * volgende moties:", "vraagt u naar de stand van zaken van") reports none:
 * the motions are cited, as in a question.  The writer's own "Ik informeer u
 * over de stand van zaken" still reports progress, and so does the letter a
 * beslisnota's "Wij verzoeken u in te stemmen met ..." puts forward. */
static void test_request_for_status(void **state)
{
    (void)state;
    check_motions("Geachte minister,\n\nDe commissie verzoekt u per motie aan te geven wat de stand van zaken "
                  "is\nvan de volgende moties:\n- de motie-Idsinga c.s. over het toetsen van regelingen (36 800 "
                  "IX, nr. 14);\n- de motie-Sneller over aangifte (31 066, nr. 1502).\n",
                  "kst-36800-IX-14/Idsinga/cited kst-31066-1502/Sneller/cited");
    check_motions("Geachte minister,\n\nDe commissie vraagt u naar de stand van zaken van de motie-Idsinga c.s. "
                  "over het toetsen van regelingen (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/cited");
    /* ... a bewindspersoon asked by rank, or the commissie "wil graag weten" */
    check_motions("Geachte minister,\n\nDe commissie verzoekt de minister de Kamer te informeren over de stand van "
                  "zaken van de motie-Idsinga c.s. (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/cited");
    check_motions("Geachte minister,\n\nDe commissie wil graag weten wat de stand van zaken is van de "
                  "motie-Idsinga c.s. (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/cited");
    check_motions("De leden van de CDA-fractie vragen de regering naar de stand van zaken van de motie-Idsinga "
                  "c.s. (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/cited");
    /* ... whose answer, in the next sentence, still tells */
    check_motions("De leden van de CDA-fractie vragen de minister naar de voortgang van de motie-Idsinga c.s. "
                  "(36 800 IX, nr. 14). Die motie wordt uitgevoerd in het Belastingplan; de uitvoering loopt.\n",
                  "kst-36800-IX-14/Idsinga/progress");
    /* look-alikes: a motion's own request (also one "van de leden"); the
     * writer reports, or the list follows a report */
    check_motions("De motie van de leden Kosti\xC4\x87 en Bromet (21 501-32, nr. 1653) verzoekt de minister om de "
                  "voortgang te melden; deze motie is met deze brief uitgevoerd.\n",
                  "kst-21501-32-1653/Kosti\xC4\x87,Bromet/settled");
    check_motions("De motie-Idsinga c.s. (36 800 IX, nr. 14) verzoekt de minister de Kamer jaarlijks over de "
                  "voortgang te informeren; die motie is met deze brief uitgevoerd.\n",
                  "kst-36800-IX-14/Idsinga/settled");
    check_motions("Geachte voorzitter,\n\nIk informeer u over de stand van zaken van de motie-Idsinga c.s. "
                  "over het toetsen van regelingen (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/progress");
    check_motions("Geachte voorzitter,\n\nHieronder schets ik de stand van zaken van de volgende moties:\n"
                  "- de motie-Idsinga c.s. over het toetsen van regelingen (36 800 IX, nr. 14);\n"
                  "- de motie-Sneller over aangifte (31 066, nr. 1502).\n",
                  "kst-36800-IX-14/Idsinga/progress kst-31066-1502/Sneller/progress");
    check_motions("Wij verzoeken u in te stemmen met de brief over de stand van zaken van de motie-Idsinga "
                  "c.s. over het toetsen van regelingen (36 800 IX, nr. 14).\n",
                  "kst-36800-IX-14/Idsinga/progress");
}

/* "Aan de motie wordt uitvoering gegeven via het programma X": the passive
 * present with the means it runs through is work under way (as "voer ik
 * uit via", test_ho11); done when the text says so ("met deze brief", "is
 * uitvoering gegeven", "daarmee afgedaan"). */
static void test_given_via(void **state)
{
    (void)state;
    check_motions("Aan de motie-Vedder (21 501-32, nr. 1650) wordt uitvoering gegeven via het programma "
                  "Vitale landbouw.\n",
                  "kst-21501-32-1650/Vedder/progress");
    check_motions("Aan de motie-Vedder (21 501-32, nr. 1650) wordt in het kader van de Regeling X invulling "
                  "gegeven.\n",
                  "kst-21501-32-1650/Vedder/progress");
    /* look-alikes: done */
    check_motions("Aan de motie-Vedder (21 501-32, nr. 1650) wordt met deze brief uitvoering gegeven.\n",
                  "kst-21501-32-1650/Vedder/settled");
    check_motions("Aan de motie-Vedder (21 501-32, nr. 1650) is uitvoering gegeven via het programma Vitale "
                  "landbouw.\n",
                  "kst-21501-32-1650/Vedder/settled");
    check_motions("Aan de motie-Vedder (21 501-32, nr. 1650) wordt via het programma Vitale landbouw invulling "
                  "gegeven; de motie is daarmee afgedaan.\n",
                  "kst-21501-32-1650/Vedder/settled");
}

/* The title a letterhead's "Betreft" gives, written beside the margin
 * column (a text file keeps the layout): the value stops at a gap of three
 * blanks, or of two before a margin label ("Ons kenmerk"); a line below
 * written from the value's column goes on with it (also when it starts with
 * a quote or a capital), a word broken there is whole again; a lower-case
 * margin line far right ("www.defensie.nl") is no part of it. */
static void expect_title(const char *text, const char *want)
{
    ki_docmeta m;
    ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
    assert_string_equal(m.title, want);
}

static void test_title_beside_margin(void **state)
{
    (void)state;
    expect_title("Datum       13 oktober 2026                        Kenmerk\n"
                 "Betreft     Kabinetsreactie op het advies          2026-0000581144\n"
                 "            'Vertrouwen vraagt vakmanschap' van\n"
                 "            de Raad voor het Openbaar Bestuur\n\nGeachte voorzitter,\n\nHierbij.\n",
                 "Kabinetsreactie op het advies 'Vertrouwen vraagt vakmanschap' van de Raad voor het Openbaar "
                 "Bestuur");
    expect_title("Datum      6 oktober 2026                         Ons kenmerk\n"
                 "Onderwerp  Stand van zaken openstaande            6190422\n"
                 "           toezeggingen Justitie en Veiligheid    Uw kenmerk\n"
                 "                                                  179012.01U\n\nGeachte voorzitter,\n",
                 "Stand van zaken openstaande toezeggingen Justitie en Veiligheid");
    expect_title("Betreft     Verzamelbrief moties en toezeggingen  Ons kenmerk\n"
                 "            Economische Zaken, najaar 2026        DGBI / 26312458\n\nGeachte voorzitter,\n",
                 "Verzamelbrief moties en toezeggingen Economische Zaken, najaar 2026");
    expect_title("Betreft     Beantwoording rappel openstaande toezeg-   Kenmerk\n"
                 "            gingen Eerste Kamer                        2027-0000154410\n\nGeachte voorzitter,\n",
                 "Beantwoording rappel openstaande toezeggingen Eerste Kamer");
    expect_title("Betreft     Uitvoering moties over personeel en         Postbus 20701\n"
                 "            reservisten                                 2500 ES Den Haag\n"
                 "                                                        www.defensie.nl\n\nGeachte voorzitter,\n",
                 "Uitvoering moties over personeel en reservisten");
    /* look-alikes: two blanks inside the value before no label; a label row
     * below, at the label's column */
    expect_title("Betreft     Uitvoering  moties over personeel\nBijlage(n)  2\n\nGeachte voorzitter,\n",
                 "Uitvoering moties over personeel");
    expect_title("Betreft     Uitvoering moties over personeel\n            Geachte voorzitter,\n\nHierbij.\n",
                 "Uitvoering moties over personeel");
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_footnote_glued_note),
        cmocka_unit_test(test_footnote_mark_after_period),
        cmocka_unit_test(test_replaced_in_full),
        cmocka_unit_test(test_request_for_status),
        cmocka_unit_test(test_given_via),
        cmocka_unit_test(test_title_beside_margin),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
