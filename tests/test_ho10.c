/*
 * test_ho10.c - the detector (ingest/detect.h) on the motion relations of
 * the tenth held-out set's kinds (a geannoteerde agenda, a memorie van
 * toelichting): a done word with a footnote mark glued to it, a motion
 * carried out in part, the outcome to be reported after a Raad, the next
 * step to be taken in one, a motion done by a means named at length, the
 * sentence of the next motion, a gemeente's letter to its raad, a
 * "motie-X" before a participle, a motion carried out by this text, a
 * Zaak line's spaced Kamerstuk, an effort under way ("zet zich in"), and a
 * promise kept by this text ("wordt die toezegging nagekomen").  Each
 * case is a rule of the language, written as its own short text, with
 * look-alikes.
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

static void check(const char *text, const char *motions)
{
    test_check(det, text, "2027-03-12", NULL, motions, 0, true);
}

/* "uitgevoerd" with a footnote mark glued to it ("uitgevoerd1;") is still
 * the word: a digit after a word is a mark, a letter makes another word. */
static void test_done_with_footnote_mark(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie van het lid Bikker (Kamerstuk 36 200-XVI, nr. 41) heb ik met de "
          "nieuwe regeling uitgevoerd2; die geldt sinds 1 juli.\n\n2 Stcrt. 2027, 1188.\n",
          "kst-36200-XVI-41/Bikker/settled");
    check("Geachte voorzitter,\n\nDe motie-Kops (Kamerstuk 32 813, nr. 1466) is inmiddels uitgevoerd3.\n",
          "kst-32813-1466/Kops/settled");
    /* look-alike: a longer word, no mark */
    check("Geachte voorzitter,\n\nDe motie-Kops (Kamerstuk 32 813, nr. 1466) is inmiddels uitgevoerdeel van "
          "een breder pakket.\n",
          "kst-32813-1466/Kops/cited");
}

/* A settled word right after "deels", "gedeeltelijk" or "grotendeels" is
 * progress: part of the motion is done ("geeft gedeeltelijk invulling aan
 * de motie", "is deels uitvoering gegeven"); "daadwerkelijk" is no part. */
static void test_done_in_part(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDit besluit geeft gedeeltelijk invulling aan de motie van het lid Van Eijk "
          "(Kamerstuk 32 545, nr. 231).\n",
          "kst-32545-231/Van Eijk/progress");
    check("Geachte voorzitter,\n\nAan de motie-Klaver (Kamerstuk 36 512, nr. 7) is grotendeels uitvoering "
          "gegeven.\n",
          "kst-36512-7/Klaver/progress");
    /* look-alike: the whole of it */
    check("Geachte voorzitter,\n\nDit besluit geeft daadwerkelijk invulling aan de motie van het lid Van Eijk "
          "(Kamerstuk 32 545, nr. 231).\n",
          "kst-32545-231/Van Eijk/settled");
}

/* "(en) meld u de uitkomst", "meld ik uw Kamer de resultaten": the outcome
 * comes later (a geannoteerde agenda's motion brought up in the Raad), so
 * progress; not an imperative "Meld u aan ...", nor this letter's "Hierbij
 * meld ik u de uitkomst". */
static void test_outcome_reported_later(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie van het lid Vedder (Kamerstuk 21 501-32, nr. 1702) verzoekt de "
          "regering in de Raad te pleiten voor een uitzondering. Ik breng het punt in de Raad in en meld u de "
          "uitkomst in het verslag.\n",
          "kst-21501-32-1702/Vedder/progress");
    check("Geachte voorzitter,\n\nDe motie van het lid Vedder (Kamerstuk 21 501-32, nr. 1702) verzoekt de "
          "regering in de Raad te pleiten voor een uitzondering. Na de Raad meld ik uw Kamer de resultaten.\n",
          "kst-21501-32-1702/Vedder/progress");
    /* look-alikes */
    check("Geachte voorzitter,\n\nDe motie van het lid Vedder (Kamerstuk 21 501-32, nr. 1702) verzoekt de "
          "regering in de Raad te pleiten voor een uitzondering. Meld u aan voor de bijeenkomst over de "
          "uitkomst.\n",
          "kst-21501-32-1702/Vedder/cited");
    check("Geachte voorzitter,\n\nDe motie van het lid Vedder (Kamerstuk 21 501-32, nr. 1702) verzoekt de "
          "regering in de Raad te pleiten voor een uitzondering. Hierbij meld ik u de uitkomst van de Raad; "
          "daarmee is de motie afgedaan.\n",
          "kst-21501-32-1702/Vedder/settled");
}

/* "zal/zullen ... aankaarten / inbrengen / bepleiten / agenderen / onder de
 * aandacht brengen / aan de orde stellen": the next step taken on the
 * motion in a Raad or a meeting, so progress; not with "niet", nor the
 * motion's own request. */
static void test_next_step_in_raad(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie van het lid Grinwis (Kamerstuk 21 501-33, nr. 1101) verzoekt de "
          "regering in de Raad te pleiten voor een Europees verbod. Nederland zal dit punt in de Raad opnieuw "
          "aankaarten.\n",
          "kst-21501-33-1101/Grinwis/progress");
    check("Geachte voorzitter,\n\nDe motie van het lid Kostić (Kamerstuk 21 501-33, nr. 1107) vraagt om steun "
          "van andere lidstaten. Ik zal de motie in de Raad onder de aandacht brengen.\n",
          "kst-21501-33-1107/Kostić/progress");
    /* look-alikes */
    check("Geachte voorzitter,\n\nDe motie van het lid Kostić (Kamerstuk 21 501-33, nr. 1107) vraagt om steun "
          "van andere lidstaten. Nederland zal dit punt niet opnieuw inbrengen.\n",
          "kst-21501-33-1107/Kostić/cited");
    check("Geachte voorzitter,\n\nDe motie van het lid Grinwis (Kamerstuk 21 501-33, nr. 1101) verzoekt de "
          "regering het verbod in de Raad in te brengen.\n",
          "kst-21501-33-1101/Grinwis/cited");
}

/* "is met / door / via <a clause> uitgevoerd": done by a means, however
 * long the clause, brackets and abbreviations in it; not with "niet", nor
 * across "wordt", a comma or "gedeeltelijk" (progress), nor before "te"
 * ("uitgevoerd te krijgen"). */
static void test_done_by_a_means(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie-Nijboer is met de brief van 3 maart jl. uitgevoerd.\n",
          "-/Nijboer/settled");
    check("Geachte voorzitter,\n\nDe motie van het lid Nijboer (Kamerstuk 32 545, nr. 243) is met de brief van "
          "3 maart jl. (Kamerstuk 29 689, nr. 1301) uitgevoerd.\n",
          "kst-32545-243/Nijboer/settled");
    check("Geachte voorzitter,\n\nDe motie-Nijboer is door de invoering van de nieuwe regeling per 1 januari "
          "uitgevoerd.\n",
          "-/Nijboer/settled");
    /* look-alikes */
    check("Geachte voorzitter,\n\nDe motie-Nijboer is met de brief van 3 maart jl. niet uitgevoerd.\n",
          "-/Nijboer/cited");
    check("Geachte voorzitter,\n\nDe motie-Nijboer is door de Kamer aangenomen en wordt uitgevoerd.\n",
          "-/Nijboer/progress");
    check("Geachte voorzitter,\n\nDe motie-Nijboer is met de nieuwe regeling gedeeltelijk uitgevoerd.\n",
          "-/Nijboer/progress");
    /* the done word looking ahead ("uitgevoerd te krijgen") is no deed */
    check("Geachte voorzitter,\n\nHet doel is met deze aanpak de motie-Nijboer (Kamerstuk 32 545, nr. 243) in "
          "2027 uitgevoerd te krijgen.\n",
          "kst-32545-243/Nijboer/cited");
}

/* A sentence in which the next motion starts is about that motion, unless
 * it points back to this one; "dit" and "dat" before a noun do not (a
 * motion is a de-word: "van dit voorstel" names the bill), "deze" does. */
static void test_next_motion_sentence(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDit voorstel komt voort uit de motie van het lid Van Eijk (Kamerstuk 32 545, "
          "nr. 231) over een registratieplicht.\n\nMet artikel 3 van dit voorstel wordt tevens invulling "
          "gegeven aan de motie van het lid Stoffer (Kamerstuk 32 545, nr. 238).\n",
          "kst-32545-231/Van Eijk/cited kst-32545-238/Stoffer/settled");
    check("Geachte voorzitter,\n\nHet voorstel komt voort uit de motie van het lid Van Eijk (Kamerstuk 32 545, "
          "nr. 231) over een registratieplicht.\n\nMet artikel 3 wordt invulling gegeven aan deze motie en aan de "
          "motie van het lid Stoffer (Kamerstuk 32 545, nr. 238).\n",
          "kst-32545-231/Van Eijk/settled kst-32545-238/Stoffer/settled");
}

/* A gemeente's, provincie's or waterschap's letter to its raad, Staten or
 * algemeen bestuur (its head says so) cites its own motions: one without a
 * Kamer number is not the Kamer's; one with a Kamerstuk is.  A Kamer
 * letter that speaks of a gemeenteraad, or a minister's letter to
 * Gedeputeerde Staten, keeps its motions without a number. */
static void test_lower_government_motions(void **state)
{
    (void)state;
    check("Raadsinformatiebrief                         Gemeente Utrecht\n\nAan de gemeenteraad van Utrecht\n\n"
          "Geachte leden van de raad,\n\n- de motie van de leden Jansen (VVD) en De Boer (CDA) over fietsparkeren: "
          "in uitvoering.\n- de motie-Bakker (D66) over groene daken: afgedaan.\n\nIn de Tweede Kamer is de motie "
          "van het lid Grinwis (ChristenUnie) over de woningbouwimpuls (Kamerstuk 32 847, nr. 1201) aangenomen.\n",
          "kst-32847-1201/Grinwis/cited");
    check("Statenbrief\n\nAan Provinciale Staten van Gelderland\n\nDe motie-Pieters (BBB) over stikstof is "
          "uitgevoerd.\n",
          "");
    /* look-alikes */
    check("Geachte voorzitter,\n\nDe gemeenteraad van Utrecht heeft mij over de woningbouw geschreven. De "
          "motie-Vermeer c.s. over hetzelfde onderwerp is uitgevoerd.\n",
          "-/Vermeer/settled");
    check("Aan Gedeputeerde Staten van Fryslân\n\nGeachte leden van Gedeputeerde Staten,\n\nDe motie-Vermeer "
          "c.s. over de N31 is uitgevoerd.\n",
          "-/Vermeer/settled");
}

/* "motie-X" (how a member's motion is written) before a past participle is
 * the motion of member X: "heeft de motie-Nijboer betrokken bij de inzet",
 * "Ik heb de motie-Kops gelezen."; a title after "motie " is not. */
static void test_dash_name_before_participle(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nHet kabinet heeft de motie-Nijboer betrokken bij de inzet voor de Raad.\n",
          "-/Nijboer/cited");
    check("Geachte voorzitter,\n\nIk heb de motie-Kops gelezen.\n", "-/Kops/cited");
    /* look-alike: a title */
    check("Geachte voorzitter,\n\nStemming motie Samenvoeging gehouden op 3 maart.\n", "");
}

/* "wordt ... uitgevoerd" is under way (progress), but done by this text
 * when it names itself in the clause ("Met dit wetsvoorstel wordt de
 * motie-X uitgevoerd", "wordt met deze brief uitgevoerd"): settled; the
 * words between may be a compound ("de motie-Nijboer"). */
static void test_carried_out_by_this_text(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nMet dit wetsvoorstel wordt de motie-Nijboer uitgevoerd.\n", "-/Nijboer/settled");
    check("Geachte voorzitter,\n\nDe motie-Nijboer wordt met dit wetsvoorstel uitgevoerd.\n", "-/Nijboer/settled");
    check("Geachte voorzitter,\n\nOp dit moment wordt de motie-Nijboer uitgevoerd.\n", "-/Nijboer/progress");
    /* look-alike: another clause names the text */
    check("Geachte voorzitter,\n\nDit wetsvoorstel regelt de registratie; de motie-Nijboer wordt nog "
          "uitgevoerd.\n",
          "-/Nijboer/progress");
}

/* "zet zich / mij / ons ... in": an effort under way on the motion, so
 * progress; not "zet zich niet in", nor "zet het onderzoek in gang". */
static void test_effort_under_way(void **state)
{
    (void)state;
    check("Geachte voorzitter,\n\nDe motie-Ellian (Kamerstuk 32 317, nr. 920) roept op tot een Europees verbod. "
          "Nederland zet zich hiervoor in de Raad in.\n",
          "kst-32317-920/Ellian/progress");
    check("Geachte voorzitter,\n\nDe motie-Ellian (Kamerstuk 32 317, nr. 920) vraagt om een verbod. Ik zet mij "
          "ervoor in dat het verbod er komt.\n",
          "kst-32317-920/Ellian/progress");
    /* look-alikes */
    check("Geachte voorzitter,\n\nDe motie-Ellian (Kamerstuk 32 317, nr. 920) vraagt om een verbod. Nederland "
          "zet zich hier niet voor in.\n",
          "kst-32317-920/Ellian/cited");
    check("Geachte voorzitter,\n\nDe motie-Ellian (Kamerstuk 32 317, nr. 920) vraagt om een verbod. De minister "
          "zet het onderzoek in gang.\n",
          "kst-32317-920/Ellian/cited");
}

/* The relation of the only commitment of text, which must be want. */
static void commitment_relation(const char *text, const char *want)
{
    ki_refs *r = test_detect(det, text, "2027-04-15");
    if (r->ncommitments != 1)
        fail_msg("%zu commitments in \"%s\"", r->ncommitments, text);
    if (strcmp(ki_relation_str(r->commitments[0].relation), want) != 0)
        fail_msg("relation %s, want %s: \"%s\"", ki_relation_str(r->commitments[0].relation), want, text);
    ki_refs_free(r);
}

/* "wordt ... nagekomen / ingelost" as "wordt ... uitgevoerd": under way,
 * but done when this text names itself ("Met dit wetsvoorstel wordt die
 * toezegging nagekomen"). */
static void test_kept_by_this_text(void **state)
{
    (void)state;
    static const char *const head = "Geachte voorzitter,\n\nDe minister van Financi\xc3\xabn heeft tijdens het "
                                    "commissiedebat Financi\xc3\xable markten van 6 oktober 2026 toegezegd de "
                                    "registratieplicht uit te breiden. %s\n\nDe minister van Financi\xc3\xabn,\n"
                                    "E. Heinen\n";
    char t[1024];
    snprintf(t, sizeof t, head, "Met dit wetsvoorstel wordt die toezegging nagekomen.");
    commitment_relation(t, "settled");
    snprintf(t, sizeof t, head, "De toezegging wordt in het najaar nagekomen.");
    commitment_relation(t, "progress");
}

/* A Zaak line's last item after " - " may be spaced ("36 600-VI-42") when a
 * sub and a number follow by dashes; a phone number there is not. */
static void test_zaak_line_spaced_id(void **state)
{
    (void)state;
    ki_refs *r = test_detect(det, "Agendapunt: Moties\n\nZaak: Motie - Motie van het lid Ellian over het openbaar "
                                  "maken van uitspraken - 36 600-VI-42\nBesluit: Aangehouden.\n", "2027-04-14");
    test_kst_equal(r, "kst-36600-VI-42");
    test_motions_equal(r, "kst-36600-VI-42/Ellian/cited", 0, true);
    ki_refs_free(r);
    /* look-alike */
    r = test_detect(det, "Zaak: Verzoek - Griffie - bereikbaar via 070 - 31 888-40-20\n", "2027-04-14");
    test_kst_equal(r, "");
    ki_refs_free(r);
}

int main(void)
{
    if (!(det = test_detector()))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_done_with_footnote_mark),
        cmocka_unit_test(test_done_in_part),
        cmocka_unit_test(test_outcome_reported_later),
        cmocka_unit_test(test_next_step_in_raad),
        cmocka_unit_test(test_done_by_a_means),
        cmocka_unit_test(test_next_motion_sentence),
        cmocka_unit_test(test_lower_government_motions),
        cmocka_unit_test(test_dash_name_before_participle),
        cmocka_unit_test(test_carried_out_by_this_text),
        cmocka_unit_test(test_zaak_line_spaced_id),
        cmocka_unit_test(test_effort_under_way),
        cmocka_unit_test(test_kept_by_this_text),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    ki_detector_free(det);
    return rc;
}
