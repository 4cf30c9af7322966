/*
 * test_patterns_review.c - the detector (ingest/detect.h) on the Kamerstuk
 * and motion forms that reviews of real text found wrong: each case is a
 * rule of the language, written as its own short sentence.
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

static ki_refs *detect(const char *text)
{
    return test_detect(det, text, DATE);
}

static void check(const char *text, const char *kst, const char *motions)
{
    test_check(det, text, DATE, kst, motions, 0, false);
}

/* "motie op stuk ...": the ", nr." after a dash id makes the dash a
 * sub-dossier's; a bracketed dossier right after "op stuk nr. N" is N's */
static void test_motion_op_stuk(void **state)
{
    (void)state;
    check("De motie op stuk 21501-32, nr. 672 wordt aangehouden.", "kst-21501-32-672", "kst-21501-32-672/-");
    check("Op verzoek van het lid Lodders stel ik voor, haar motie op stuk 21501-32, nr. 672 opnieuw aan te "
          "houden.", "kst-21501-32-672", "kst-21501-32-672/Lodders");
    check("De motie op stuk nr. 68 (35483) is aangenomen.", "kst-35483-68", "kst-35483-68/-");
    /* the dossier of the motion before does not carry over */
    check("Zij krijgt nr. 2708 (19637).\n\nDe motie op stuk nr. 68 (35483) is aangenomen.",
          "kst-19637-2708 kst-35483-68", NULL);
    check("De moties op stuk nrs. 68 en 70 (35 483) zijn aangenomen.", "kst-35483-68 kst-35483-70", NULL);
    check("Het amendement op stuk nr. 12 (36 600-XVI) is aangenomen.", "kst-36600-XVI-12", NULL);
    /* a motion read out takes its number from "Zij krijgt nr.", not from
     * the motion its overwegingen cite */
    check("De heer Jansen (SP):\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat in februari "
          "de motie op stuk nr. 68 (35483) is aangenomen;\n\nverzoekt de regering de pardonners te "
          "naturaliseren,\n\nen gaat over tot de orde van de dag.\n",
          "kst-35483-68", "-/Jansen kst-35483-68/-");
}

/* "de moties, en ... de brieven van 14 september (A / B, CH)": the number
 * after a letter named between is the letter's, not the motions' */
static void test_motions_and_letters(void **state)
{
    (void)state;
    check("De commissies besluiten inbreng te leveren over de niet-uitgevoerde moties, en dit te combineren met "
          "de inbreng over de brieven van 14 september jl. (35526 / 25295, CH).",
          "kst-35526-CH kst-25295-CH", "");
    check("De commissie bespreekt de openstaande moties en de brieven van 14 september (36200, nr. 5).",
          "kst-36200-5", "");
    /* one motion in a joint dossier is one motion */
    check("De motie-Van der Voort c.s. (35.526, BH) is aangenomen.", "kst-35526-BH", "kst-35526-BH/Van der Voort");
    check("De moties van de leden Jansen en Pietersen (Kamerstukken 33 576 en 26 407, nr. 254) zijn aangenomen.",
          "kst-33576-254 kst-26407-254", "kst-33576-254/Jansen");
}

/* a page's own row names the document itself, not a reference */
static void test_own_row(void **state)
{
    (void)state;
    check("Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
          "Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n"
          "De commissie heeft over het rapport bij het jaarverslag (Kamerstuk 31 444 XI, nr. 4) de navolgende vragen "
          "ter beantwoording aan de regering voorgelegd.\n",
          "kst-31444-XI-4", NULL);
    ki_refs *r = detect("Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n");
    assert_string_equal(r->self_id, "kst-31444-XVI-6");
    test_kst_equal(r, "");
    ki_refs_free(r);
}

/* "nr. N, item M" is a Handelingen reference: after a dossier it is no
 * Kamerstuk of that dossier (a bare "(nr. 5)" still is) */
static void test_review10_handelingen_item(void **state)
{
    (void)state;
    check("Zie de brief (33 328, nr. T) en de Handelingen (nr. 1, item 11).", "kst-33328-T", NULL);
    check("Zie het wetsvoorstel (36 123) en de Handelingen (nrs. 12 en 14, items 3).", "", NULL);
    check("Zie de brief (33 328, nr. T) en het verslag (nr. 5).", "kst-33328-T kst-33328-5", NULL);
    check("Zie de brief (33 328, nr. T) en de Handelingen (nr. 1; item 11).", "kst-33328-T", NULL);
}

/* The sponsor, c.s. and subject of a motion named by a member's initials
 * and surname; initials may be two or three letters ("Th.", "Chr.", "IJ.") */
static void check_sponsor(const char *text, const char *name, bool cs, const char *subject)
{
    ki_refs *r = detect(text);
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, name);
    assert_int_equal(r->motions[0].cs, cs);
    if (subject)
        assert_string_equal(r->motions[0].subject, subject);
    else
        assert_null(r->motions[0].subject);
    ki_refs_free(r);
}

static void test_review10_initials(void **state)
{
    (void)state;
    check_sponsor("- de motie-Th.C. de Graaf c.s. over het correctief referendum (28375, nr. 14);", "Th.C. de Graaf",
                  true, "het correctief referendum");
    check_sponsor("De motie van het lid Th.C. de Graaf over het correctief referendum (28375, nr. 14) is aangenomen.",
                  "Th.C. de Graaf", false, "het correctief referendum");
    check_sponsor("- de motie-Chr. Jansen over de bekostiging van het mbo (31524, nr. 9);", "Chr. Jansen", false,
                  "de bekostiging van het mbo");
    check_sponsor("- de motie-Ph.J. van Dijk c.s. over de zorg (31524, nr. 10);", "Ph.J. van Dijk", true, "de zorg");
    check_sponsor("- de motie-IJ. Dekker over de dijken (31524, nr. 11);", "IJ. Dekker", false, "de dijken");
    check_sponsor("- de motie-M.B. Vos over ontmoediging van vliegen (22026, nr. 33);", "M.B. Vos", false,
                  "ontmoediging van vliegen");
    /* a word of three letters that ends a sentence is no initial */
    check_sponsor("Ik heb de motie Bos. Verder is er niets.", "Bos", false, NULL);
}

/* "de motie Van Dam" / "de motie-Van Dam": a surname with its prefix is a
 * sponsor whatever follows; a title stays none ("De Europese ...") */
static void test_review10_motion_prefix_name(void **state)
{
    (void)state;
    check("De minister interpreteert de motie Van Dam zo dat een noot zou voldoen.", "", "-/Van Dam");
    check("De minister interpreteert de motie-Van Dam zo dat een noot zou voldoen.", "", "-/Van Dam");
    check("De minister leest de motie Ter Horst anders dan de Kamer.", "", "-/Ter Horst");
    check("De minister leest de motie Van der Werf anders dan de Kamer.", "", "-/Van der Werf");
    check("Stemming motie De Europese agenda voor de zorg\n", "", "");
    check("Motie Stikstof en natuur\n", "", "");
}

/* The subject of motion i of r must be want (NULL: none). */
static void subject_is(const ki_refs *r, size_t i, const char *want)
{
    assert_true(i < r->nmotions);
    if (want)
        assert_string_equal(r->motions[i].subject, want);
    else
        assert_null(r->motions[i].subject);
}

#define READ_OUT(ask) "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering " ask ",\n\n" \
    "en gaat over tot de orde van de dag.\n\n"

/* "Zij krijgt nr. N, was nr. M (D).", the Handelingen sentence of a
 * gewijzigde motie: both numbers take the dossier; N is the motion read
 * out (its request the subject), M the one it replaces, whose sponsors it
 * keeps */
static void test_review10_was_nr(void **state)
{
    (void)state;
    check("Zij krijgt nr. 348, was nr. 347 (32317).", "kst-32317-348 kst-32317-347", "kst-32317-348/- kst-32317-347/-");
    check("Zij krijgt nr. 348 was nr. 347 (32317).", "kst-32317-348 kst-32317-347", NULL);
    check("Zij krijgt nr. 348 (32317), was nr. 347.", "kst-32317-348 kst-32317-347", NULL);
    check("In stemming komt de gewijzigde motie-Gesthuizen/Sjoerdsma (32317, nr. 348, was nr. 347).",
          "kst-32317-348 kst-32317-347", "kst-32317-348/Gesthuizen kst-32317-347/-");
    /* the dossier from before: the motion changed names it */
    check("De motie-Jansen (32317, nr. 347) is in die zin gewijzigd dat zij thans luidt: ... Zij krijgt nr. 348, was "
          "nr. 347.", "kst-32317-347 kst-32317-348 kst-32317-347", "kst-32317-347/Jansen kst-32317-348/Jansen");
    /* a number that is not a motion's: nothing more than before */
    check("Het bedrag was nr. 3 op de lijst.", "", "");
    ki_refs *r = detect("De voorzitter:\n\nDe motie-Gesthuizen/Sjoerdsma (32317, nr. 347) is in die zin gewijzigd "
                        "dat zij thans luidt:\n\nMotie\n\n" READ_OUT("om met de bewoners in gesprek te gaan")
                        "Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.\n\n"
                        "Zij krijgt nr. 348, was nr. 347 (32317).\n");
    test_kst_equal(r, "kst-32317-347 kst-32317-348 kst-32317-347");
    test_motions_equal(r, "kst-32317-347/Gesthuizen kst-32317-348/Gesthuizen", 0, false);
    assert_int_equal(r->motions[1].nsponsors, 2);
    assert_string_equal(r->motions[1].sponsors[1].name, "Sjoerdsma");
    subject_is(r, 0, NULL);
    subject_is(r, 1, "met de bewoners in gesprek te gaan");
    ki_refs_free(r);
}

/* a motion read out with two requests ("verzoekt de regering X, en
 * verzoekt de regering tevens Y"; "X; verzoekt de regering voorts Y"):
 * both are its subject */
static void test_read_out_two_requests(void **state)
{
    (void)state;
    ki_refs *r = detect("De heer Jansen (SP):\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de "
                        "regering de pardonners te naturaliseren,\n\nen verzoekt de regering tevens de Kamer voor de "
                        "zomer te informeren,\n\nen gaat over tot de orde van de dag.\n\nDe voorzitter:\nDeze motie is "
                        "voorgesteld door het lid Jansen.\n\nZij krijgt nr. 12 (35483).\n");
    test_motions_equal(r, "kst-35483-12/Jansen", 0, false);
    subject_is(r, 0, "de pardonners te naturaliseren; de Kamer voor de zomer te informeren");
    ki_refs_free(r);
    r = detect("Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de pardonners te "
               "naturaliseren;\n\nverzoekt de regering voorts om de Kamer te informeren,\n\nen gaat over tot de orde "
               "van de dag.\n\nDeze motie is voorgesteld door het lid Jansen.\n\nZij krijgt nr. 12 (35483).\n");
    subject_is(r, 0, "de pardonners te naturaliseren; de Kamer te informeren");
    ki_refs_free(r);
}

/* "Zij krijgt nr. N, was nr. M (D-S).": the sub-dossier in the brackets
 * (two digits for an EU dossier, Roman, a letter; any dash) belongs to the
 * dossier, never the number of a Kamerstuk of its own */
static void test_was_nr_sub(void **state)
{
    (void)state;
    check("Zij krijgt nr. 612, was nr. 598 (21501-32).", "kst-21501-32-612 kst-21501-32-598",
          "kst-21501-32-612/- kst-21501-32-598/-");
    check("Zij krijgt nr. 1750, was nr. 1749 (21501-07).", "kst-21501-07-1750 kst-21501-07-1749", NULL);
    check("Zij krijgt nr. 612, was nr. 598 (21501\xE2\x80\x93" "32).", "kst-21501-32-612 kst-21501-32-598", NULL);
    check("Zij krijgt nr. 31, was nr. 24 (36600-XVI).", "kst-36600-XVI-31 kst-36600-XVI-24", NULL);
    check("Zij krijgt nr. 31, was nr. 24 (36 600 VII).", "kst-36600-VII-31 kst-36600-VII-24", NULL);
    check("Zij krijgt nr. 14, was nr. 9 (36600-B).", "kst-36600-B-14 kst-36600-B-9", NULL);
    check("Het amendement op stuk nr. 13 (21501-32) is aangenomen.", "kst-21501-32-13", NULL);
    /* the forms without "was nr." keep working */
    check("Zij krijgt nr. 612 (21501-32).", "kst-21501-32-612", "kst-21501-32-612/-");
    check("Zij krijgt nr. 22 (35925-XVI).", "kst-35925-XVI-22", NULL);
    check("Zij krijgt nr. 23 (36 600 VII).", "kst-36600-VII-23", NULL);
    check("Zij krijgt nr. 22(30196).", "kst-30196-22", NULL);
    /* three digits after the dash are a number, not a sub */
    check("Zie ook (21501-320).", "kst-21501-320", NULL);
}

/* "de motie X" with one capitalised word: a topic, not a sponsor, when the
 * word is a common noun by its head (a compound's last part, also plural,
 * an abstract suffix; seventeen letters or more), or, after "motie " without the dash, when the text writes it in
 * lower case and never as a member's name */
static void test_motion_topic_noun(void **state)
{
    (void)state;
    check("Over de motie Vreemdelingenbeleid is nog niet gestemd.", "", "");
    check("De motie Klimaatakkoord van Den Haag werd besproken.", "", "");
    check("Ik heb de motie Stikstof uitgevoerd. De uitstoot van stikstof daalt.", "", "");
    check("De motie Bestaanszekerheid is aangenomen.", "", "");
    check("De motie Stikstof (36 200, nr. 5) is aangenomen.", "kst-36200-5", "kst-36200-5/-");
    /* a head in the plural ("-achterstanden", "-kosten"), a word longer than
     * a one-word surname */
    check("De motie Onderwijsachterstanden (Kamerstuk 36 410-VIII, nr. 44) verzoekt de regering om een plan.",
          "kst-36410-VIII-44", "kst-36410-VIII-44/-");
    check("De motie Zorgkosten (36 200, nr. 6) is aangenomen.", "kst-36200-6", "kst-36200-6/-");
    check("De motie Arbeidsmarktdiscriminatie (36 200, nr. 7) is aangenomen.", "kst-36200-7", "kst-36200-7/-");
    check("De motie Schimmelpenninck (36 200, nr. 8) is aangenomen.", "kst-36200-8", "kst-36200-8/Schimmelpenninck");
    check("De motie Lerarentekort (36 200, nr. 9) is aangenomen.", "kst-36200-9", "kst-36200-9/-");
    check("De motie Dierenwelzijn (36 200, nr. 10) is aangenomen.", "kst-36200-10", "kst-36200-10/-");
    /* a title of more words: a participle before a noun, a noun after a word */
    check("De motie Passend Onderwijs (36 200, nr. 11) is aangenomen.", "kst-36200-11", "kst-36200-11/-");
    check("De motie Veilig Wonen (36 200, nr. 12) is aangenomen.", "kst-36200-12", "kst-36200-12/-");
    check("De motie Remco Dijkstra (36 200, nr. 13) is aangenomen.", "kst-36200-13", "kst-36200-13/Remco Dijkstra");
    /* names stay names: a surname is no compound of a noun ("Kaplan"), nor
     * written in lower case; when it is, a member's name elsewhere decides */
    check("Ik heb de motie Omtzigt uitgevoerd.", "", "-/Omtzigt");
    check("Ik heb de motie Kaplan uitgevoerd.", "", "-/Kaplan");
    check("De motie-Klimaat is aangenomen. Het klimaat verandert.", "", "-/Klimaat");
    check("De motie Klimaat is aangenomen. Het klimaat verandert.", "", "");
    check("Het lid Sneller (D66) sprak. De motie Sneller is aangenomen; het gaat sneller.", "", "-/Sneller");
    check("De motie Sneller is aangenomen. Mevrouw Sneller dankt de minister; het gaat sneller.", "", "-/Sneller");
    check("De motie Bikker is aangenomen.", "", "-/Bikker");
    /* a place the text names as one ("binnen Europa") */
    check("Volgens de motie Europa moet dit anders. De handel binnen Europa groeit.", "", "");
    check("Volgens de motie Omtzigt moet dit anders. Het lid Omtzigt was in Groningen.", "", "-/Omtzigt");
}

/* "de motie-X over Y en de motie Z (nr.)": a motion named by its topic is
 * the next item, so the first one's subject ends before it (without the
 * "en de" that joins them) and the number is the second one's */
static void test_subject_before_topic_motion(void **state)
{
    (void)state;
    ki_refs *r = detect("Hierbij informeer ik uw Kamer over de uitvoering van de motie-Bikker over de Jeugdwet en de "
                        "motie Jeugdzorg (Kamerstuk 31 839, nr. 990).");
    test_motions_equal(r, "-/Bikker kst-31839-990/-", 0, false);
    subject_is(r, 0, "de Jeugdwet");
    ki_refs_free(r);
    r = detect("Ik ga in op de motie-Bikker over de Jeugdwet en de motie-Kuik over de jeugdzorg (31 839, nr. 990).");
    test_motions_equal(r, "-/Bikker kst-31839-990/Kuik", 0, false);
    subject_is(r, 0, "de Jeugdwet");
    subject_is(r, 1, "de jeugdzorg");
    ki_refs_free(r);
    /* one motion: its number stays */
    r = detect("Ik ga in op de motie-Bikker over de Jeugdwet en de zorg (31 839, nr. 990).");
    test_motions_equal(r, "kst-31839-990/Bikker", 0, false);
    subject_is(r, 0, "de Jeugdwet en de zorg");
    ki_refs_free(r);
}

/* A motion's number where lists and tables put it: glued before it by
 * dashes ("-31066-503-Motie van ...", also mid-line, the number then the
 * next motion's, not the one before); "op stuknummer 47 (31200-VI)"; a row
 * flattened to one line whose Vindplaats cell ("27-02-2008 Spoeddebat ...
 * (29 628, nr. 77)") follows a description of two sentences, the row's
 * Stand van zaken cell its relation and the description its subject */
static void test_number_in_list_and_row(void **state)
{
    (void)state;
    check("-31066-503-Motie van het lid Omtzigt c.s. om de ouders schadeloos te stellen, en er -31066-504-Motie van "
          "de leden Omtzigt en Lodders om deze richtlijnen te implementeren\n-31066-505-Motie van het lid Leijten "
          "spreekt haar afkeuring uit. VERWORPEN.\n",
          "kst-31066-503 kst-31066-504 kst-31066-505",
          "kst-31066-503/Omtzigt kst-31066-504/Omtzigt kst-31066-505/Leijten");
    check("Op verzoek van het lid De Wit stel ik voor, zijn motie op stuknummer 47 (31200-VI) opnieuw aan te houden.",
          "kst-31200-VI-47", "kst-31200-VI-47/De Wit");
    /* a range of numbers is no list item */
    check("De bedragen liggen tussen -12500-15000 euro.", "", "");
    ki_refs *r = detect("Omschrijving motie Vindplaats Stand van Zaken\nMotie van Haverkamp over het benadrukken van "
                        "elementen in een nieuwe functiewaardering. Onderzoek naar de waardering is toegezegd. "
                        "27-02-2008 Spoeddebat CAO-onderhandelingen politie (29 628, nr. 77) De Tweede Kamer wordt na "
                        "het zomerreces van 2009 per brief geinformeerd.\n\nMotie van Coruz over de taakstraffen in "
                        "de buurt 19-6-2008 Actieplan overlast(28 684, nr. 158) Deze motie is in uitvoering.\n");
    test_motions_equal(r, "kst-29628-77/Haverkamp kst-28684-158/Coruz", 0, false);
    subject_is(r, 0, "het benadrukken van elementen in een nieuwe functiewaardering");
    assert_int_equal(r->motions[0].relation, KI_REL_PROGRESS);
    subject_is(r, 1, "de taakstraffen in de buurt");
    ki_refs_free(r);
}

/* the member who moved a motion as the sentence's subject, named with
 * initials: a period after initials ends no sentence ("Het lid Chr. Jansen
 * heeft een motie ingediend"); "dient de volgende motie in" names the mover
 * as "heeft ... ingediend" does */
static void test_mover_initials(void **state)
{
    (void)state;
    check_sponsor("Het lid Chr. Jansen heeft een motie ingediend over de zorgkosten (29689, nr. 1201).", "Chr. Jansen",
                  false, "de zorgkosten");
    check_sponsor("Het lid Th.C. de Graaf heeft een motie ingediend over het referendum (28375, nr. 14).",
                  "Th.C. de Graaf", false, "het referendum");
    check_sponsor("Het lid J.J. Vos (PvdA) heeft een motie ingediend over de zorg (29689, nr. 1202).", "J.J. Vos", false,
                  "de zorg");
    check_sponsor("Het lid Th. Jansen (CDA) dient de volgende motie in: verzoekt de regering te stoppen met X.",
                  "Th. Jansen", false, "te stoppen met X");
    check("De leden Bikker en Ceder dienden een motie in over de zorg (29689, nr. 1203).", "kst-29689-1203",
          "kst-29689-1203/Bikker");
    /* the sentence that contains it is the evidence: not cut after "M.B." */
    ki_refs *r = detect("- de motie-M.B. Vos over ontmoediging van vliegen (22026, nr. 33);");
    assert_int_equal(r->nmotions, 1);
    assert_non_null(strstr(r->motions[0].evidence, "ontmoediging"));
    ki_refs_free(r);
}

/* The sponsors of the only motion of text, "NAME (PARTY)" or "NAME" joined
 * by ", ", must be want. */
static void sponsors_are(const char *text, const char *want)
{
    ki_refs *r = detect(text);
    char got[256] = "";
    size_t o = 0;
    assert_int_equal(r->nmotions, 1);
    for (size_t i = 0; i < r->motions[0].nsponsors && o < sizeof got; i++) {
        const ki_sponsor *p = &r->motions[0].sponsors[i];
        int w = snprintf(got + o, sizeof got - o, "%s%s%s%s%s", i ? ", " : "", p->name, p->party ? " (" : "",
                         p->party ? p->party : "", p->party ? ")" : "");
        if (w < 0)
            break;
        o += (size_t)w;
    }
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
    ki_refs_free(r);
}

/* the member speaking (the label above) moved the motion with another:
 * "X en ik hebben" (the plural verb makes "ik" part of the subject), "Ik
 * heb samen met X", "Samen met X hebben wij", "Samen met X heb ik"; not
 * "een motie van X en ik steun die" */
static void test_speaker_co_sponsor(void **state)
{
    (void)state;
    sponsors_are("De heer Van Dijk (SP):\nVoorzitter. Mevrouw Kuik en ik hebben een motie ingediend over de pardonners "
                 "(19637, nr. 2840).\n", "Kuik, Van Dijk (SP)");
    sponsors_are("De heer Vendrik (GroenLinks):\nVoorzitter. De heer Irrgang en ik hebben vorige week een motie "
                 "ingediend over de informatiepositie (31066, nr. 166).\n", "Irrgang, Vendrik (GroenLinks)");
    sponsors_are("Mevrouw Kuik (CDA):\nVoorzitter. Ik heb samen met de heer Van Dijk een motie ingediend over de "
                 "pardonners (19637, nr. 2840).\n", "Kuik (CDA), Van Dijk");
    sponsors_are("Mevrouw Kuik (CDA):\nVoorzitter. Samen met de heer Van Dijk hebben wij een motie ingediend over de "
                 "pardonners (19637, nr. 2840).\n", "Kuik (CDA), Van Dijk");
    /* "Samen met X heb ik": the speaker, the subject after the verb, moved it with X */
    sponsors_are("De heer Bisschop (SGP):\nVoorzitter. Samen met mevrouw Kuik heb ik een motie ingediend over de "
                 "mantelzorgers (30169, nr. 77).\n", "Bisschop (SGP), Kuik");
    sponsors_are("Mevrouw Kuik (CDA):\nVoorzitter. Met de heer Van Dijk heb ik vorige week een motie ingediend over de "
                 "pardonners (19637, nr. 2840).\n", "Kuik (CDA), Van Dijk");
    /* no speaker: the member named alone */
    sponsors_are("De minister sprak met de heer Van Dijk. De heer Van Dijk heeft een motie ingediend over de pardonners "
                 "(19637, nr. 2840).", "Van Dijk");
    sponsors_are("De heer Jansen (CDA):\nVoorzitter. Er ligt een motie van de heer Bosma en ik steun die.\n", "Bosma");
}

/* the sponsors named in a relative clause ("de motie die het lid X c.s.
 * heeft ingediend over Y"), a former member ("het voormalig lid X", "het
 * oud-Kamerlid X"), the party after "c.s." ("Tielen c.s. (VVD)") */
static void test_sponsor_forms(void **state)
{
    (void)state;
    check_sponsor("De motie die het lid Omtzigt c.s. heeft ingediend over de toeslagen (31066, nr. 1234) wordt "
                  "uitgevoerd.", "Omtzigt", true, "de toeslagen");
    sponsors_are("De motie die door de leden Bikker en Ceder is voorgesteld over de zorg (29689, nr. 1203) is "
                 "aangenomen.", "Bikker, Ceder");
    sponsors_are("De motie die mevrouw Kuik indiende over de pardonners (19637, nr. 2840) is aangenomen.", "Kuik");
    check_sponsor("De motie van het voormalig lid Pieter Heerma over de gemeentefinanci\xC3\xABn (35925-B, nr. 12) is "
                  "uitgevoerd.", "Pieter Heerma", false, "de gemeentefinanci\xC3\xABn");
    check_sponsor("De motie van het oud-Kamerlid Van Haersma Buma over de zorg (29689, nr. 1204) is uitgevoerd.",
                  "Van Haersma Buma", false, "de zorg");
    sponsors_are("De motie van de toenmalige leden Halsema en Pechtold over de AIVD (30977, nr. 20) is uitgevoerd.",
                 "Halsema, Pechtold");
    check_sponsor("De motie van het lid Tielen c.s. (VVD) over de zorgkosten (29689, nr. 1300) wordt uitgevoerd.", "Tielen",
                  true, "de zorgkosten");
    sponsors_are("De motie van het lid Tielen c.s. (VVD) over de zorgkosten (29689, nr. 1300) wordt uitgevoerd.",
                 "Tielen (VVD)");
    /* "cs" without its periods is "c.s." */
    check_sponsor("De motie van het lid Bikker cs over de zorg (29689, nr. 1500) is aangenomen.", "Bikker", true,
                  "de zorg");
    check_sponsor("De motie-Bikker cs over de zorg (29689, nr. 1500) is aangenomen.", "Bikker", true, "de zorg");
    /* what it asks in a relative clause: ", die de regering verzoekt X" */
    check_sponsor("De motie-Bikker, die de regering verzoekt om de zorg te verbeteren (36 200 XVI, nr. 130), is "
                  "aangenomen.", "Bikker", false, "de zorg te verbeteren");
    check_sponsor("De motie-Bikker, die de regering verzoekt om de zorg te verbeteren, is aangenomen.", "Bikker", false,
                  "de zorg te verbeteren");
    /* the party before the title, as news writes it: not part of the name */
    sponsors_are("Dit heeft de Kamer besloten door een motie van SP-Kamerlid Renske Leijten aan te nemen.",
                 "Renske Leijten");
    sponsors_are("De motie van GL-PvdA-Kamerlid Kr\xC3\xB6ger over de A12 is aangenomen.", "Kr\xC3\xB6ger");
    /* a relative clause without the verb of moving names no sponsor */
    sponsors_are("De motie die het lid Omtzigt steunt (31066, nr. 1234) is aangenomen.", "");
}

/* a gewijzigde motie with the one it replaces in brackets before its
 * subject: "(t.v.v. 35570-VIII-50)" is no party and the subject follows it;
 * "(ter vervanging van die gedrukt onder nr. 123)" takes the dossier of the
 * Kamerstuk cited next in the sentence */
static void test_replaced_in_brackets(void **state)
{
    (void)state;
    ki_refs *r = detect("Stemming over de gewijzigde motie van het lid Kwint c.s. (t.v.v. 35570-VIII-50) over het "
                        "onderwijs.");
    test_motions_equal(r, "-/Kwint kst-35570-VIII-50/-", 0, false);
    assert_null(r->motions[0].sponsors[0].party);
    subject_is(r, 0, "het onderwijs");
    ki_refs_free(r);
    r = detect("De gewijzigde motie-Kuik/Ceder (ter vervanging van die gedrukt onder nr. 123) over de zorg (36 200 XVI, "
               "nr. 130) is aangenomen.");
    test_kst_equal(r, "kst-36200-XVI-123 kst-36200-XVI-130");
    test_motions_equal(r, "kst-36200-XVI-130/Kuik kst-36200-XVI-123/-", 0, false);
    subject_is(r, 0, "de zorg");
    ki_refs_free(r);
    /* a dossier of another sentence is not the one ahead */
    check("Zie de gewijzigde motie (ter vervanging van die gedrukt onder nr. 123). Zie ook (36 200 XVI, nr. 130).",
          "kst-36200-XVI-130", NULL);
}

/* an Eerste Kamer motion's letter alone in brackets after it: "de
 * motie-Koffeman c.s. (letter F)" is Kamerstuk F of the dossier the
 * context gives (as "op stuk nr. 13"); a letter after anything else is none */
static void test_ek_letter_alone(void **state)
{
    (void)state;
    check("Bij het wetsvoorstel 36 200 is de motie-Koffeman c.s. (letter F) aangenomen.", "kst-36200-F",
          "kst-36200-F/Koffeman");
    ki_refs *r = detect("Bij het wetsvoorstel 36 200 is de motie-Koffeman c.s. (letter F) aangenomen.");
    assert_null(r->motions[0].sponsors[0].party);
    assert_true(r->motions[0].cs);
    ki_refs_free(r);
    check("Bij het wetsvoorstel 36 200 zijn de moties-Koffeman (letter F) en -Otten (letter G) aangenomen.",
          "kst-36200-F kst-36200-G", NULL);
    check("Zie bijlage 2 (letter F) bij het wetsvoorstel 36 200.", "", NULL);
    check("De motie-Koffeman c.s. (letter F) is aangenomen.", "", NULL); /* no dossier to give it */
}

/* a gewijzigde motie whose request only points back ("verzoekt de regering
 * hiervan ... uit te gaan") has the subject of the motion it changes, or
 * none */
static void test_review10_changed_points_back(void **state)
{
    (void)state;
    static const char tail[] = "Deze gewijzigde motie is voorgesteld door de leden Van Heemst en Giskes. Naar mij "
                               "blijkt, wordt zij voldoende ondersteund.\n\nZij krijgt nr. 49 (26263).\n";
    char text[1024];
    snprintf(text, sizeof text, "%s%s",
             "De motie-Van Heemst (26263, nr. 48) is in die zin gewijzigd, dat zij thans luidt:\n\n"
             READ_OUT("hiervan bij de marktverkenningen uit te gaan"), tail);
    ki_refs *r = detect(text);
    test_motions_equal(r, "kst-26263-48/Van Heemst kst-26263-49/Van Heemst", 0, false);
    subject_is(r, 1, NULL);
    ki_refs_free(r);
    snprintf(text, sizeof text, "%s%s",
             "De motie-Van Heemst over de private financiering van de A4 (26263, nr. 48) is in die zin gewijzigd, dat "
             "zij thans luidt:\n\n" READ_OUT("dit mee te nemen bij de marktverkenningen"), tail);
    r = detect(text);
    subject_is(r, 1, "de private financiering van de A4");
    ki_refs_free(r);
    /* a request of its own stays the subject */
    snprintf(text, sizeof text, "%s%s",
             "De motie-Van Heemst over de private financiering van de A4 (26263, nr. 48) is in die zin gewijzigd, dat "
             "zij thans luidt:\n\n" READ_OUT("dit voorstel bij de marktverkenningen te betrekken"), tail);
    r = detect(text);
    subject_is(r, 1, "dit voorstel bij de marktverkenningen te betrekken");
    ki_refs_free(r);
}

/* "nr." may follow a dossier without the comma between, in every form:
 * the number is the document's, never a sub-dossier's */
static void test_nr_without_comma(void **state)
{
    (void)state;
    check("De motie op stuk 21501-32 nr. 672 wordt aangehouden.", "kst-21501-32-672", "kst-21501-32-672/-");
    check("Op verzoek van het lid Lodders stel ik voor, haar motie op stuk 21501-32 nr. 672 opnieuw aan te "
          "houden.", "kst-21501-32-672", "kst-21501-32-672/Lodders");
    check("De moties op stuk 21501-32 nrs. 672 en 673 worden aangehouden.", "kst-21501-32-672 kst-21501-32-673",
          NULL);
    check("Zie Kamerstuk 29279 nr. 889 en Kamerstuk 21501-32 nr. 674.", "kst-29279-889 kst-21501-32-674", NULL);
    check("Zie Kamerstukken II 2023/24 36410 nr. 5.", "kst-36410-5", NULL);
    check("De motie 21501-32 NR. 672 is aangenomen.", "kst-21501-32-672", NULL);
    /* a compact id stays whole */
    check("De motie op stuk 21501-32-1740 is uitgevoerd.", "kst-21501-32-1740", NULL);
    /* look-alikes stay silent */
    check("Het bedrag van EUR 21501-32 nr. 672 is hoog.", "", NULL);
    check("In de periode 2019-20 nr. 3 van de reeks.", "", NULL);
    check("Bel 070-34 nr. 5 of 06-12 nr. 4.", "", NULL);
    check("Zie stuk 2024-25 nr. 3 en stuk 12-3 nr. 4.", "", NULL);
    check("Het artikel 21501, lid 32, nr. 672 geldt.", "", NULL);
}

/* "(nr. 1, item 11)" numbers Handelingen, not a Kamerstuk of the dossier
 * named before; "(nr. 5)" alone is that dossier's */
static void test_bracketed_nr_item(void **state)
{
    (void)state;
    check("Zie de brief (33 328, nr. T) en de Handelingen (nr. 1, item 11).", "kst-33328-T", NULL);
    check("Parlementaire behandeling\n\n  \xE2\x80\xA2 Brief minister (33 328, nr. T)\n  \xE2\x80\xA2 Handelingen "
          "Initiatiefwetsvoorstellen (nr. 1, item 11)\n", "kst-33328-T", NULL);
    check("Zie de brief (33 328, nr. T) en het verslag (nr. 5).", "kst-33328-T kst-33328-5", NULL);
}

/* The relation of motion i of r must be want. */
static void relation_is(const ki_refs *r, size_t i, ki_relation want)
{
    assert_true(i < r->nmotions);
    if (r->motions[i].relation != want)
        fail_msg("motion %zu: relation %d, want %d", i, (int)r->motions[i].relation, (int)want);
}

#define LETTER_HEAD "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 25 april 2019\n\n"

/* real13 kind 2: what letters on motions say of them.  An overview of the
 * motions still open ("de nog openstaande moties") reports steps on each:
 * progress (but with "Aan veel van deze moties is hiermee voldaan" the
 * letter settles some: addressed); an uitstelbrief ("dat aan deze motie niet
 * voor de gestelde termijn uitvoering gegeven kan worden") and a letter on
 * one motion that promises to report later ("waarna ik uw Kamer spoedig zal
 * informeren") give progress; "geef ik hierbij een reactie op deze moties"
 * handles the motions named in the sentence before: addressed. */
static void test_letters_on_motions(void **state)
{
    (void)state;
    ki_refs *r = detect("Ministerie van Verkeer en Waterstaat\n\nAan\nde voorzitter van de Tweede Kamer\n\nDatum 22 januari 2008\n"
                        "Onderwerp\nStand van zaken uitvoering moties\n\nGeachte voorzitter,\n\nHierbij ontvangt u een "
                        "overzicht van de nog openstaande moties voor Verkeer en Waterstaat.\n\nMotie Van Hijum c.s. over "
                        "het vervoerplan van de NS (22026-224).\nDe oude lijnen blijven bestaan. De tijdscope van deze "
                        "motie verschuift mee.\n\nMotie Dijksma c.s. over de overeenkomst tussen HSA en de NMBS "
                        "(22026-228).\nHSA en NMBS komen niet tot afronding. Hiervoor is een interventie nodig.\n");
    test_motions_equal(r, "kst-22026-224/Van Hijum kst-22026-228/Dijksma", 0, false);
    relation_is(r, 0, KI_REL_PROGRESS);
    relation_is(r, 1, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 30 maart 2009\n\nIn dit overzicht "
               "heb ik de openstaande moties en toezeggingen opgenomen. Aan veel van deze moties en toezeggingen is "
               "hiermee voldaan.\n\nMoties\n\nMotie Thieme en Ouwehand (beiden PvdD), 28 286, nr. 172\n\nVerzoekt de "
               "regering de overeenkomst te ratificeren.\n");
    test_motions_equal(r, "kst-28286-172/Thieme", 0, false);
    relation_is(r, 0, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect(LETTER_HEAD "Op 18 oktober 2018 heeft uw Kamer de motie van het lid Ozutok (GroenLinks) aangenomen, waarin "
               "de regering wordt verzocht om in overleg te treden met de projectfinanciers.\n\nHierbij deel ik u mede "
               "dat aan deze motie, met kenmerk Kamerstuk 35 000 VII, nr. 18, niet voor de gestelde termijn van 1 mei "
               "uitvoering gegeven kan worden. Voor de beantwoording is meer tijd nodig.\n\nDe Minister van "
               "Binnenlandse Zaken en Koninkrijksrelaties,\nK.H. Ollongren\n");
    relation_is(r, 0, KI_REL_PROGRESS);
    ki_refs_free(r);
    r = detect(LETTER_HEAD "Bij de stemmingen van 21 februari 2017 heeft uw Kamer de gewijzigde motie Voordewind c.s. "
               "(Kamerstuk 19 637, nr. 2301) aangenomen. Na het aannemen van deze motie heeft de indiener gevraagd om "
               "een brief in reactie op deze motie. Hierbij ontvangt uw Kamer de gevraagde brief.\n\nBij een complex "
               "vraagstuk als dit past zorgvuldige bespreking van de motie binnen het kabinet.\n\nDeze bespreking zal "
               "in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal informeren.\n");
    test_motions_equal(r, "kst-19637-2301/Voordewind", 0, false);
    relation_is(r, 0, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* "moties ingediend van de leden X en Y over A (nr. 31) en van het lid Z c.s. over B (nr. 32)" */
    r = detect(LETTER_HEAD "Tijdens het VAO Waddenzee en Noordzee van 11 maart jl. zijn moties ingediend van de leden "
               "Jacobi en Aukje de Vries over gaswinning bij Terschelling (Kamerstuk 33 450, nr. 31) en van het lid "
               "Ouwehand c.s. over de opschorting van vergunningaanvragen in het Waddengebied (Kamerstuk 33 450, nr. "
               "32). Conform de toezegging van de Minister van Infrastructuur en Milieu geef ik hierbij een reactie op "
               "deze moties.\n\nBeide moties betreffen mijnbouwactiviteiten bij Terschelling.\n");
    test_motions_equal(r, "kst-33450-31/Jacobi kst-33450-32/Ouwehand", 0, false);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[1].name, "Aukje de Vries");
    assert_true(r->motions[1].cs);
    relation_is(r, 0, KI_REL_ADDRESSED);
    relation_is(r, 1, KI_REL_ADDRESSED);
    ki_refs_free(r);
    /* the list form without "van" takes a subject before the number too */
    check("Ik noem de moties van de leden Jacobi c.s. over gas (Kamerstuk 33 450, nr. 31) en Ouwehand over olie "
          "(Kamerstuk 33 450, nr. 32).", "kst-33450-31 kst-33450-32", "kst-33450-31/Jacobi kst-33450-32/Ouwehand");
}

/* real13 kind 6: a begroting bijlage's table flattened, each cell glued to
 * the one before: the dossier after a word's full stop ("vertegenwoordigd
 * zijn.30 252, nr. 4"), not a figure's ("1.300 252, nr. 4" is none); the
 * number before "Motie X" is its id; the status cell glued to the name
 * ("AtsmaZie brief aan TK") is no part of it */
static void test_glued_table_cells(void **state)
{
    (void)state;
    check("Omschrijving motieVindplaatsStand van zaken\nVerzoekt de regering een taskforce op te zetten, waarin de "
          "ministeries vertegenwoordigd zijn.30 252, nr. 4, Motie Waalkens en AtsmaZie brief aan TK d.d. 16-06-2006\n"
          "   \nVerzoekt de regering de correctiefactor toe te verklaren.28 385, nr. 70, Motie Waalkens c.s.Wordt "
          "uitgevoerd.\n   \nStelt vast dat de middelen dienen te worden aangewend.30 300 XIV, nr. 37, Motie Atsma en "
          "Snijder-HazelhoffZie brief aan TK d.d. 18-11-2005\n",
          "kst-30252-4 kst-28385-70 kst-30300-XIV-37",
          "kst-30252-4/Waalkens kst-28385-70/Waalkens kst-30300-XIV-37/Atsma");
    /* the status cell glued to the row: "Zie brief aan TK d.d." (a letter
     * handled it), "VROM informeert Tweede Kamer." (to come) */
    ki_refs *r = detect("Omschrijving motieVindplaatsStand van zaken\nVerzoekt de regering de stallen te verplichten."
                        "30 252, nr. 6, Motie Oplaat c.s.VROM informeert Tweede Kamer.\n   \nVerzoekt de regering het "
                        "plan af te schaffen.30 300 XIV, nr. 38, Motie Koopmans c.s.Zie brief aan TK d.d. 26-01-2006\n");
    test_motions_equal(r, "kst-30252-6/Oplaat kst-30300-XIV-38/Koopmans", 0, false);
    relation_is(r, 0, KI_REL_PROGRESS);
    relation_is(r, 1, KI_REL_ADDRESSED);
    ki_refs_free(r);
    r = detect("De rij: bijgesteld.30 252, nr. 4, Motie Waalkens en AtsmaZie brief aan TK\n");
    assert_int_equal(r->nmotions, 1);
    assert_int_equal(r->motions[0].nsponsors, 2);
    assert_string_equal(r->motions[0].sponsors[1].name, "Atsma");
    ki_refs_free(r);
    check("Het bedrag is 1.300 252, nr. 4 van de lijst.", "", NULL);
}

/* real13 kind 7: less common phrasings.  A footnote mark glued to a name
 * before the party ("het lid Ozutok1 (GroenLinks)") or to "motie"
 * ("ingediende motie1 tijdens"); "aan deze motie, met kenmerk Kamerstuk ..."
 * numbers the motion named before; "De motie het lid X." (the "van" left
 * out), twice by one member with two dicta, is two rows; "het lid X ... de
 * door hem ingediende motie" is X's */
static void test_motion_phrasings_real13(void **state)
{
    (void)state;
    sponsors_are("Op 18 oktober 2018 heeft uw Kamer de motie van het lid Ozutok1 (GroenLinks) aangenomen.",
                 "Ozutok (GroenLinks)");
    sponsors_are("Op 18 oktober 2018 heeft uw Kamer de motie van het lid Ozutok12 (GroenLinks) aangenomen.",
                 "Ozutok (GroenLinks)");
    ki_refs *r = detect(LETTER_HEAD "Op 18 oktober 2018 heeft uw Kamer de motie van het lid Ozutok1 (GroenLinks) "
                        "aangenomen, waarin de regering wordt verzocht te overleggen.\n\nHierbij deel ik u mede dat aan "
                        "deze motie, met kenmerk Kamerstuk 35 000 VII, nr. 18, niet voor de gestelde termijn van 1 mei "
                        "uitvoering gegeven kan worden.\n");
    test_motions_equal(r, "kst-35000-VII-18/Ozutok", 0, false);
    ki_refs_free(r);
    r = detect("Bijlage 3: Moties en toezeggingen\n\nDe motie van het lid van Tongeren. Verzoekt de regering, het "
               "duurzaam bouwen te stimuleren.\n\nAfgedaan.\n\nDe motie het lid van Tongeren. Verzoekt de regering "
               "om, te onderzoeken hoe regelingen gerealiseerd kunnen worden.\n\nAfgedaan.\n");
    test_motions_equal(r, "-/Van Tongeren -/Van Tongeren", 0, false);
    ki_refs_free(r);
    r = detect(LETTER_HEAD "Tijdens de regeling van werkzaamheden heeft het lid Omtzigt verzocht om de toegezegde "
               "reactie te ontvangen naar aanleiding van de door hem ingediende motie1 tijdens het debat over het "
               "Eigen Middelenbesluit op 19 maart jongstleden2.\n");
    test_motions_equal(r, "-/Omtzigt", 0, false);
    ki_refs_free(r);
    /* ... and the one motion of a letter that says the Kamer will be told
     * (in the passive): progress */
    r = detect(LETTER_HEAD "Het lid Omtzigt heeft verzocht om een reactie naar aanleiding van de door hem ingediende "
               "motie1 tijdens het debat. In deze motie wordt de regering verzocht de correspondentie openbaar te "
               "maken. Tijdens het debat heb ik het lid Omtzigt verzocht de motie aan te houden. Door omstandigheden heeft bespreking in de voltallige ministerraad nog niet "
               "plaatsgevonden.\n\nZodra de "
               "besprekingen zijn afgerond zal de Kamer spoedig schriftelijk ge\xc3\xafnformeerd worden over de "
               "uitkomst.\n");
    test_motions_equal(r, "-/Omtzigt", 0, false);
    relation_is(r, 0, KI_REL_PROGRESS);
    ki_refs_free(r);
    /* a figure after "motie" is no footnote mark: "motie 12" is none, nor "motie12b" */
    r = detect("Zie de motie12b van gisteren.");
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
}

/* real13 kind 10: a spaced dossier with a hyphenated sub and number in
 * brackets ("(31 700-XIV-126/2009D07382)"); without the dashes it is none
 * ("(31 700 126)") */
static void test_spaced_compact_in_brackets(void **state)
{
    (void)state;
    check("Naar aanleiding van een verzoek van de vaste commissie voor LNV van 18 februari 2009 "
          "(31 700-XIV-126/2009D07382) om een overzicht stuur ik u hierbij een overzicht.", "kst-31700-XIV-126", NULL);
    check("Het verzoek (31 700-XIV-126) kwam later.", "kst-31700-XIV-126", NULL);
    check("Het verzoek (31 700 126/2009D07382) kwam later.", "", NULL);
    check("Het bedrag (12 500-13 000 euro) is hoog.", "", NULL);
}

/* real14 kind 1: a motion read out without a "Motie" line: the sentence
 * that ends the paragraph before "De Kamer,\n\ngehoord de beraadslaging,"
 * names it; the member speaking moves it, with those "mede namens" names
 * (no party unless bracketed: "van de Partij van de Arbeid" is none).
 * Only the last sentence before the text is that motion. */
static void test_read_out_without_motie_line(void **state)
{
    (void)state;
    static const char body[] = "De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat de tunnels duur zijn;\n\n"
                               "verzoekt de regering, de Kamer elk halfjaar te rapporteren over de tunnels,\n\n"
                               "en gaat over tot de orde van de dag.\n";
    char buf[1024];
    snprintf(buf, sizeof buf, "De heer Slob (ChristenUnie):\n\nVoorzitter. Wij hebben lang gesproken over de A2. "
                              "Vandaar de volgende motie.\n\n%s", body);
    sponsors_are(buf, "Slob (ChristenUnie)");
    snprintf(buf, sizeof buf, "Mevrouw Verburg (CDA):\n\nMijnheer de voorzitter! Omdat de staatssecretaris die motie "
                              "niet uitvoert, dien ik vandaag een andere motie in. Ik leg die motie graag mede namens "
                              "de collega's Koenders van de Partij van de Arbeid, Vendrik van GroenLinks en Van Dijke "
                              "van RPF/GPV voor.\n\n%s", body);
    sponsors_are(buf, "Verburg (CDA), Koenders, Vendrik, Van Dijke");
    snprintf(buf, sizeof buf, "Mevrouw Kuik (CDA):\n\nVoorzitter. Ik dien de motie mede namens de heer Jasper van Dijk "
                              "in.\n\n%s", body);
    sponsors_are(buf, "Kuik (CDA), Jasper van Dijk");
    snprintf(buf, sizeof buf, "Mevrouw Kuik (CDA):\n\nVoorzitter. Ik leg deze motie mede namens de leden Ineke van de "
                              "Ven en Jansen van de VVD voor.\n\n%s", body);
    sponsors_are(buf, "Kuik (CDA), Ineke van de Ven, Jansen");
    /* a party is no member: "namens de VVD-fractie", "namens GroenLinks" */
    snprintf(buf, sizeof buf, "Mevrouw Kuik (CDA):\n\nVoorzitter. Ik dien namens de CDA-fractie de volgende "
                              "motie in.\n\n%s", body);
    sponsors_are(buf, "Kuik (CDA)");
    /* the chair's "Deze motie is voorgesteld door ..." that follows makes the
     * one record (its names as written, as in the gold sets) */
    snprintf(buf, sizeof buf, "De heer Slob (ChristenUnie):\n\nVoorzitter. Vandaar de volgende motie.\n\n%s\n"
                              "De voorzitter:\n\nDeze motie is voorgesteld door het lid Slob. Naar mij blijkt, wordt de "
                              "indiening ervan voldoende ondersteund.\n\nZij krijgt nr. 12 (31305).\n", body);
    sponsors_are(buf, "Slob");
    /* not before a motion's text: "De Kamer," alone opens no motion */
    snprintf(buf, sizeof buf, "Mevrouw Kuik (CDA):\n\nVoorzitter. Ik dien morgen een motie in.\n\nDe Kamer, zo "
                              "zei de minister, beslist.\n");
    ki_refs *r = detect(buf);
    assert_int_equal(r->nmotions, 0);
    ki_refs_free(r);
}

/* real14 kind 3: a speaker label whose blank the source lost ("De
 * heerKlaver (GroenLinks):", "Devoorzitter:") is still a label */
static void test_glued_speaker_label(void **state)
{
    (void)state;
    sponsors_are("Devoorzitter:\n\nHet woord is aan de heer Klaver.\n\nDe heerKlaver (GroenLinks):\n\nVoorzitter. Ik "
                 "dien de volgende motie in.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de "
                 "regering, de gevolgen voor de pensioenen te onderzoeken,\n\nen gaat over tot de orde van de dag.\n",
                 "Klaver (GroenLinks)");
    /* the chair's glued label ends the speaker's turn: no sponsor */
    ki_refs *r = detect("De heerKlaver (GroenLinks):\n\nVoorzitter.\n\nDevoorzitter:\n\nDan lees ik voor.\n\n"
                        "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de gevolgen te "
                        "onderzoeken,\n\nen gaat over tot de orde van de dag.\n");
    for (size_t i = 0; i < r->nmotions; i++)
        assert_int_equal(r->motions[i].nsponsors, 0);
    ki_refs_free(r);
}

/* real14 kind 4: the vergaderjaar written after a citation's number is its
 * year ("(32820, nr. 258, vergaderjaar 2017-2018)") */
static void test_year_after_number(void **state)
{
    (void)state;
    ki_refs *r = detect("Ik verwijs naar de motie-Beckerman c.s. (32820, nr. 258, vergaderjaar 2017-2018) over het "
                        "Binnenhof.");
    assert_int_equal(r->nkamerstukken, 1);
    assert_string_equal(r->kamerstukken[0].id, "kst-32820-258");
    assert_non_null(r->kamerstukken[0].year);
    assert_string_equal(r->kamerstukken[0].year, "2017-2018");
    ki_refs_free(r);
    r = detect("Zie het verslag (32820, nr. 258) van vergaderjaar 2017-2018.");
    assert_int_equal(r->nkamerstukken, 1);
    assert_null(r->kamerstukken[0].year);
    ki_refs_free(r);
}

/* A form's answer after "motie" is no sponsor: "Toezegging / motie   Ja" */
static void test_motion_form_answer(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det, "Beslisnota\n\nToezegging / motie       Ja\nNummer                   "
                                  "Kamerstuk 36 576, nr. 88\n", "2026-10-27");
    for (size_t k = 0; k < r->nmotions; k++)
        for (size_t x = 0; x < r->motions[k].nsponsors; x++)
            assert_string_not_equal(r->motions[k].sponsors[x].name, "Ja");
    ki_refs_free(r);
}

/* "6. Appreciatie motie-Pool" over "Het lid Pool (PVV) heeft ... de motie
 * op Kamerstuk 35 570-X, nr. 97 ingediend": one motion, with its number,
 * sponsor and party */
static void test_motion_section_heading(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det, "Geachte voorzitter,\n\n6. Appreciatie motie-Pool\nHet lid Pool (PVV) heeft bij "
                                  "het tweeminutendebat Personeel de motie op\nKamerstuk 35 570-X, nr. 97 ingediend, "
                                  "die de regering verzoekt het salaris te verhogen. Ik ontraad deze motie.\n",
                             "2026-11-20");
    assert_int_equal(r->nmotions, 1);
    assert_string_equal(r->motions[0].kamerstuk, "kst-35570-X-97");
    assert_int_equal(r->motions[0].nsponsors, 1);
    assert_string_equal(r->motions[0].sponsors[0].name, "Pool");
    assert_string_equal(r->motions[0].sponsors[0].party, "PVV");
    ki_refs_free(r);
}

/* A Kamerstuk names itself in its running footer on every page: no citation */
static void test_own_running_footer(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det, "Tweede Kamer der Staten-Generaal\nVergaderjaar 2026\xe2\x80\x93" "2027\n\n"
                                  "37 000 IX        Vaststelling van de begrotingsstaten van het Ministerie van\n"
                                  "                 Financi\xc3\xabn (IXB) voor het jaar 2027\n\n"
                                  "Nr. 2            MEMORIE VAN TOELICHTING\n\nDe brief van 3 maart (Kamerstuk 28 165, "
                                  "nr. 431) gaat hierop in.\n\nTweede Kamer, vergaderjaar 2026\xe2\x80\x93" "2027, 37 000 IX, "
                                  "nr. 2                        143\n",
                             NULL);
    for (size_t k = 0; k < r->nkamerstukken; k++)
        assert_string_not_equal(r->kamerstukken[k].id, "kst-37000-IX-2");
    assert_int_equal(r->nkamerstukken, 1);
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_motion_form_answer),
        cmocka_unit_test(test_motion_section_heading),
        cmocka_unit_test(test_own_running_footer),
        cmocka_unit_test(test_motion_op_stuk),
        cmocka_unit_test(test_motions_and_letters),
        cmocka_unit_test(test_own_row),
        cmocka_unit_test(test_review10_handelingen_item),
        cmocka_unit_test(test_review10_initials),
        cmocka_unit_test(test_review10_motion_prefix_name),
        cmocka_unit_test(test_review10_was_nr),
        cmocka_unit_test(test_review10_changed_points_back),
        cmocka_unit_test(test_nr_without_comma),
        cmocka_unit_test(test_bracketed_nr_item),
        cmocka_unit_test(test_was_nr_sub),
        cmocka_unit_test(test_motion_topic_noun),
        cmocka_unit_test(test_mover_initials),
        cmocka_unit_test(test_subject_before_topic_motion),
        cmocka_unit_test(test_read_out_two_requests),
        cmocka_unit_test(test_number_in_list_and_row),
        cmocka_unit_test(test_speaker_co_sponsor),
        cmocka_unit_test(test_sponsor_forms),
        cmocka_unit_test(test_replaced_in_brackets),
        cmocka_unit_test(test_ek_letter_alone),
        cmocka_unit_test(test_letters_on_motions),
        cmocka_unit_test(test_glued_table_cells),
        cmocka_unit_test(test_motion_phrasings_real13),
        cmocka_unit_test(test_spaced_compact_in_brackets),
        cmocka_unit_test(test_read_out_without_motie_line),
        cmocka_unit_test(test_glued_speaker_label),
        cmocka_unit_test(test_year_after_number),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
