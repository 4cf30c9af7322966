/* test_docmeta.c - the document's own facts (ingest/docmeta.h): one test per
 * header form that real Kamerstukken, letters, beslisnota's, Aanhangsel
 * answers and Handelingen use, each asserting kind, date, title, self id and
 * kenmerk exactly ("" where the text does not give one). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/docmeta.h"
#include "ingest/text.h"

typedef struct want {
    const char *kind, *date, *title, *self, *kenmerk;
} want;

static void expect_meta(const char *text, const char *ref, want w)
{
    ki_docmeta m;
    ki_docmeta_read(NULL, text, strlen(text), ref, &m);
    assert_non_null(m.kind);
    assert_string_equal(m.kind, w.kind);
    assert_string_equal(m.date, w.date);
    assert_string_equal(m.title, w.title);
    assert_string_equal(m.self_id, w.self);
    assert_string_equal(m.kenmerk, w.kenmerk);
}

/* ---- Kamerstukken (officielebekendmakingen layout) ---- */

static void test_kst_letter(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer der Staten-Generaal 2\n"
                "Vergaderjaar 2021\xE2\x80\x93" "2022\n"
                "29 279 Rechtsstaat en Rechtsorde\n"
                "Nr. 874 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                "Den Haag, 21 februari 2022\n"
                "Hierbij informeer ik u over de voortgang van de aanpak van ondermijning.\n",
                NULL,
                (want){"brief", "2022-02-21",
                       "Rechtsstaat en Rechtsorde; Brief van de minister van Justitie en Veiligheid",
                       "kst-29279-874", ""});
}

/* the dossier number without its space, "Nr.874" glued, "Den Haag ," and a
 * department in capitals with a diaeresis: what OCR and PDF extraction make */
static void test_kst_letter_ocr(void **state)
{
    (void)state;
    expect_meta("21501-07 Raad voor Economische en Financiële Zaken\n"
                "Nr.2045 BRIEF VAN DE MINISTER VAN FINANCI\xC3\x8B" "N\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                "Den Haag , 5 juli 2024\n",
                NULL,
                (want){"brief", "2024-07-05",
                       "Raad voor Economische en Financiële Zaken; Brief van de minister van "
                       "Financi\xC3\xAB" "n",
                       "kst-21501-07-2045", ""});
}

static void test_kst_letter_budget_sub(void **state)
{
    (void)state;
    expect_meta("36 600 XVI Vaststelling van de begrotingsstaten van het Ministerie van "
                "Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025\n"
                "Nr. 12 BRIEF VAN DE STAATSSECRETARIS JEUGD, PREVENTIE EN SPORT\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                "Den Haag, 8 november 2024\n",
                NULL,
                (want){"brief", "2024-11-08",
                       "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, "
                       "Welzijn en Sport (XVI) voor het jaar 2025; Brief van de staatssecretaris "
                       "Jeugd, Preventie en Sport",
                       "kst-36600-XVI-12", ""});
}

/* the rijkswet number stays out of the id and the title */
static void test_kst_rijkswet(void **state)
{
    (void)state;
    expect_meta("36 412 (R2190) Wijziging van de Rijkswet op het Nederlanderschap\n"
                "Nr. 15 BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN "
                "KONINKRIJKSRELATIES\n"
                "Den Haag, 18 maart 2025\n",
                NULL,
                (want){"brief", "2025-03-18",
                       "Wijziging van de Rijkswet op het Nederlanderschap; Brief van de "
                       "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
                       "kst-36412-15", ""});
}

static void test_ek_letter(void **state)
{
    (void)state;
    expect_meta("Eerste Kamer der Staten-Generaal 1\n"
                "Vergaderjaar 2021\xE2\x80\x93" "2022\n"
                "35 925 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie "
                "en Veiligheid (VI) voor het jaar 2022\n"
                "E BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n"
                "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n"
                "Den Haag, 8 februari 2022\n",
                NULL,
                (want){"brief", "2022-02-08",
                       "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en "
                       "Veiligheid (VI) voor het jaar 2022; Brief van de minister voor "
                       "Rechtsbescherming",
                       "kst-35925-VI-E", ""});
}

static void test_ek_memorie(void **state)
{
    (void)state;
    expect_meta("Eerste Kamer der Staten-Generaal\n"
                "Vergaderjaar 2023\xE2\x80\x93" "2024\n"
                "36 333 Wijziging van de Vreemdelingenwet 2000\n"
                "D MEMORIE VAN ANTWOORD\n"
                "Ontvangen 4 maart 2024\n"
                "De regering dankt de leden voor hun vragen.\n",
                NULL,
                (want){"other", "2024-03-04",
                       "Wijziging van de Vreemdelingenwet 2000; Memorie van antwoord",
                       "kst-36333-D", ""});
}

/* the Tweede Kamer website puts the onderwerp on the first line */
static void test_kst_letter_website_onderwerp(void **state)
{
    (void)state;
    expect_meta("Brief regering : Voorbereiding gemeenteraadsverkiezingen\n"
                "35 165 Verkiezingen\n"
                "Nr. 46 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                "Den Haag, 21 februari 2022\n",
                NULL,
                (want){"brief", "2022-02-21", "Voorbereiding gemeenteraadsverkiezingen",
                       "kst-35165-46", ""});
}

static void test_motie(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer der Staten-Generaal\n"
                "Vergaderjaar 2024\xE2\x80\x93" "2025\n"
                "36 600 XVI Vaststelling van de begrotingsstaten van het Ministerie van "
                "Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025\n"
                "Nr. 43 MOTIE VAN DE LEDEN BIKKER EN DIEDERIK VAN DIJK\n"
                "Voorgesteld 13 november 2024\n"
                "De Kamer,\ngehoord de beraadslaging,\n"
                "verzoekt de regering de palliatieve zorg structureel te financieren,\n"
                "en gaat over tot de orde van de dag.\nBikker\nDiederik van Dijk\n",
                NULL,
                (want){"motie", "2024-11-13",
                       "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, "
                       "Welzijn en Sport (XVI) voor het jaar 2025; Motie van de leden Bikker en "
                       "Diederik van Dijk",
                       "kst-36600-XVI-43", ""});
}

/* names in capitals: particles, c.s., letters outside ASCII */
static void test_motie_names(void **state)
{
    (void)state;
    expect_meta("29 279 Rechtsstaat en Rechtsorde\n"
                "Nr. 891 MOTIE VAN HET LID VAN DER WERF C.S.\n"
                "Voorgesteld 19 maart 2024\n",
                NULL,
                (want){"motie", "2024-03-19",
                       "Rechtsstaat en Rechtsorde; Motie van het lid Van der Werf c.s.",
                       "kst-29279-891", ""});
    expect_meta("31 839 Jeugdbeleid\n"
                "Nr. 1060 MOTIE VAN DE LEDEN LA\xC3\x87IN, MICHON-DERKZEN EN DE KORT\n"
                "Voorgesteld 2 april 2025\n",
                NULL,
                (want){"motie", "2025-04-02",
                       "Jeugdbeleid; Motie van de leden La\xC3\xA7in, Michon-Derkzen en De Kort",
                       "kst-31839-1060", ""});
}

static void test_gewijzigde_motie(void **state)
{
    (void)state;
    expect_meta("31 497 Passend onderwijs\n"
                "Nr. 305 GEWIJZIGDE MOTIE VAN DE LEDEN WESTERVELD EN CEDER TER VERVANGING VAN "
                "DIE GEDRUKT ONDER NR. 297\n"
                "Voorgesteld 7 februari 2024\n",
                NULL,
                (want){"motie", "2024-02-07",
                       "Passend onderwijs; Gewijzigde motie van de leden Westerveld en Ceder ter "
                       "vervanging van die gedrukt onder nr. 297",
                       "kst-31497-305", ""});
}

/* a motion without its Kamerstuk header (as the Kamer's website prints it) */
static void test_motie_bare(void **state)
{
    (void)state;
    expect_meta("MOTIE VAN HET LID \xC3\x96Z\xC3\x9CTOK\n"
                "Voorgesteld 6 juli 2023\n"
                "De Kamer,\ngehoord de beraadslaging,\n"
                "verzoekt de regering een landelijk meldpunt in te richten,\n"
                "en gaat over tot de orde van de dag.\n",
                NULL, (want){"motie", "2023-07-06", "", "", ""});
}

static void test_verslag_commissiedebat(void **state)
{
    (void)state;
    expect_meta("36 200 VII Vaststelling van de begrotingsstaten van het Ministerie van "
                "Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2023\n"
                "Nr. 145 VERSLAG VAN EEN COMMISSIEDEBAT\n"
                "Vastgesteld 15 maart 2023\n"
                "De vaste commissie voor Binnenlandse Zaken heeft op 1 maart 2023 overleg "
                "gevoerd met mevrouw Bruins Slot, minister van Binnenlandse Zaken en "
                "Koninkrijksrelaties, over de Wet open overheid.\n",
                NULL,
                (want){"verslag", "2023-03-15",
                       "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse "
                       "Zaken en Koninkrijksrelaties (VII) voor het jaar 2023; Verslag van een "
                       "commissiedebat",
                       "kst-36200-VII-145", ""});
    ki_docmeta m;
    const char *t = "29 628 Politie\nNr. 1280 VERSLAG VAN EEN COMMISSIEDEBAT\n"
                    "Vastgesteld 28 oktober 2024\n"
                    "De vaste commissie voor Justitie en Veiligheid heeft op 2 oktober 2024 overleg "
                    "gevoerd met de heer Hoogland, minister van Justitie en Veiligheid, over:\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.debate_date, "2024-10-02");
    assert_string_equal(m.signer, "MJenV");
}

/* An answer to written questions: who answers, named in its head, is the
 * "ik" of the answers when no signature follows */
static void test_answerer_is_signer(void **state)
{
    (void)state;
    ki_docmeta m;
    const char *t = "2026Z02231\n(ingezonden 10 februari 2026)\n\nVragen van het lid Olger van Dijk (NSC) aan de "
                    "minister van Infrastructuur en\nWaterstaat over spoorwegovergangen\n\nAntwoord van minister "
                    "Vermeulen (Infrastructuur en\nWaterstaat) (ontvangen 12 maart 2026).\n\nVraag 1\nBent u bekend "
                    "met het bericht?\n\nAntwoord 1\nJa.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_non_null(m.signer);
    assert_string_equal(m.signer, "MIenW");
    t = "Antwoord van staatssecretaris Van Rij (Financi\xc3\xabn) (ontvangen 3 mei 2023)\n\nVraag 1\nWeet u dat?\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_non_null(m.signer);
    assert_string_equal(m.signer, "SFin");
    /* the ministry's name broken at a line end */
    t = "Antwoord van minister Ter Horst-Valk (Onderwijs, Cultuur en Weten-\nschap) (ontvangen 23 november 2026).\n\n"
        "Vraag 1\nWeet u dat?\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_non_null(m.signer);
    assert_string_equal(m.signer, "MOCW");
    /* not a minister's answer */
    t = "Antwoord van de gemeente (Utrecht) op de zienswijze\n\nTekst.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_null(m.signer);
}

/* A signature whose title has its portfolio after a dash ("De
 * Staatssecretaris van Financi\xc3\xabn - Herstel en Toeslagen,") signs,
 * also above the answers that follow it at length */
static void test_signer_portfolio_after_dash(void **state)
{
    (void)state;
    ki_docmeta m;
    char t[4096];
    int k = snprintf(t, sizeof t, "Den Haag, 6 oktober 2025\n\nGeachte voorzitter,\n\nHierbij zend ik u de antwoorden.\n\n"
                                  "De Staatssecretaris van Financi\xc3\xabn %s Herstel en Toeslagen,\n\nR.J. Oosterbeek\n\n",
                     "-");
    while (k < 3000)
        k += snprintf(t + k, sizeof t - (size_t)k, "Vraag\nWeet u dat?\n\nAntwoord\nJa, dat weet ik.\n\n");
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_non_null(m.signer);
    assert_string_equal(m.signer, "SFin");
    /* an en dash, too */
    char *d = strstr(t, " - Herstel");
    memmove(d + 3, d + 1, strlen(d + 1) + 1);
    memcpy(d + 1, "\xe2\x80\x93", 3);
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_non_null(m.signer);
    assert_string_equal(m.signer, "SFin");
}

static void test_lijst_van_vragen(void **state)
{
    (void)state;
    expect_meta("31 865 Verbetering verantwoording en begroting\n"
                "Nr. 214 LIJST VAN VRAGEN EN ANTWOORDEN\n"
                "Vastgesteld 15 september 2022\n",
                NULL,
                (want){"verslag", "2022-09-15",
                       "Verbetering verantwoording en begroting; Lijst van vragen en antwoorden",
                       "kst-31865-214", ""});
}

static void test_nota_nav_verslag(void **state)
{
    (void)state;
    expect_meta("36 512 Regels over de aanpak van femicide (Wet aanpak femicide)\n"
                "Nr. 7 NOTA NAAR AANLEIDING VAN HET VERSLAG\n"
                "Ontvangen 10 juni 2025\n",
                NULL,
                (want){"other", "2025-06-10",
                       "Regels over de aanpak van femicide (Wet aanpak femicide); Nota naar "
                       "aanleiding van het verslag",
                       "kst-36512-7", ""});
}

/* ---- letters as ministries send them (margin column) ---- */

static void test_margin_letter(void **state)
{
    (void)state;
    expect_meta("> Retouradres Postbus 20301 2500 EH Den Haag\n"
                "De Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                "Postbus 20018\n2500 EA DEN HAAG\n"
                "Datum 3 april 2025\n"
                "Betreft Voortgang aanpak ondermijning\n"
                "Ons kenmerk 5123456\n"
                "Uw kenmerk 2025Z04512\n"
                "Geachte voorzitter,\n",
                NULL,
                (want){"brief", "2025-04-03", "Voortgang aanpak ondermijning", "", "5123456"});
}

/* "Onderwerp" instead of "Betreft", no "Geachte": still a letter by its head */
static void test_margin_letter_onderwerp(void **state)
{
    (void)state;
    expect_meta("> Retouradres Postbus 20011 2500 EH Den Haag\n"
                "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\n"
                "Datum: 03-04-2025\n"
                "Onderwerp: Stand van zaken opvang asielzoekers\n"
                "Kenmerk 2025-0000123456\n"
                "Met deze brief informeer ik uw Kamer over de opvang.\n",
                NULL,
                (want){"brief", "2025-04-03", "Stand van zaken opvang asielzoekers", "",
                       "2025-0000123456"});
}

/* the margin column spliced into the body by extraction: the label ends a
 * line, its value ends the next text line; an onderwerp broken over lines */
static void test_margin_spliced_ocr(void **state)
{
    (void)state;
    expect_meta("Datum 9 december 2024 \n\n"
                "Onderwerp Reactie op de motie van het lid Brekelmans over \n\n"
                "snellere uitstroom van statushouders \n\n"
                "Hierbij informeer ik uw Kamer over de uitvoering van de motie. Directie Migratie\n"
                "Op 1 december 2024 verbleven 64.870 personen in de opvang. Ons kenmerk \n\n"
                "De motie van het lid Brekelmans over een snellere uitstroom van 6011203 \n"
                "statushouders heeft ertoe geleid dat gemeenten meer woningen toewezen.\n",
                NULL,
                (want){"brief", "2024-12-09",
                       "Reactie op de motie van het lid Brekelmans over snellere uitstroom van "
                       "statushouders",
                       "", "6011203"});
}

static void test_margin_referentie(void **state)
{
    (void)state;
    expect_meta("Ministerie van Onderwijs, Cultuur en Wetenschap\n"
                "> Retouradres Postbus 16375 2500 BJ Den Haag\n"
                "Datum 3 december 2024\n"
                "Betreft Reactie op de motie van het lid Rooderkerk\n"
                "Onze referentie\n48211032\n"
                "Bijlagen\n1\n",
                NULL,
                (want){"brief", "2024-12-03", "Reactie op de motie van het lid Rooderkerk", "",
                       "48211032"});
    expect_meta("Datum 12 oktober 2009\n"
                "Onderwerp Voortgang Nota Dierenwelzijn\n"
                "Ons kenmerk DL. 2009/2871\n"
                "Uw kenmerk 2009Z17345\n"
                "Geachte Voorzitter,\n",
                NULL,
                (want){"brief", "2009-10-12", "Voortgang Nota Dierenwelzijn", "", "DL. 2009/2871"});
}

/* "Uw kenmerk" and "met kenmerk ..." in a sentence are the other side's */
static void test_kenmerk_not_ours(void **state)
{
    (void)state;
    expect_meta("Den Haag, 4 september 2023\n"
                "Uw brief van 12 maart 2024 met kenmerk 2024Z04512 heb ik ontvangen.\n"
                "Uw kenmerk 2024Z04512\n",
                NULL, (want){"brief", "2023-09-04", "", "", ""});
}

/* an old-style letter dated at its foot; a vergaderjaar is no kenmerk */
static void test_letter_dated_at_foot(void **state)
{
    (void)state;
    char text[9000];
    size_t o = (size_t)snprintf(text, sizeof text, "Geachte voorzitter,\n");
    while (o < 6000)
        o += (size_t)snprintf(text + o, sizeof text - o,
                              "In het verslag (Kamerstukken II 2004/05, 29 435, nr. 154) staat "
                              "de aanpak beschreven.\n");
    snprintf(text + o, sizeof text - o, "Hoogachtend,\n's-Gravenhage, 12 oktober 2009\n");
    expect_meta(text, NULL, (want){"brief", "2009-10-12", "", "", ""});
}

/* the head and the tail are read, not the middle of a long text */
static void test_bounded(void **state)
{
    (void)state;
    char text[12000];
    size_t o = 0;
    while (o < 5000)
        o += (size_t)snprintf(text + o, sizeof text - o, "Dit is een alinea zonder datum.\n");
    o += (size_t)snprintf(text + o, sizeof text - o, "Den Haag, 1 januari 2020\n");
    while (o < 11000)
        o += (size_t)snprintf(text + o, sizeof text - o, "Nog een alinea zonder datum.\n");
    expect_meta(text, NULL, (want){"other", "", "", "", ""});
    expect_meta(text, "2025-06-15", (want){"other", "2025-06-15", "", "", ""});
}

/* ---- the phrase look-ups (docmeta.c's head index, absent(), last_of()) ---- */

/* A phrase is looked for in the head index while the range lies in it, by
 * a scan past it; a word that shares the phrase's first two letters is no
 * hit, nor is a phrase whose first two letters start no word. */
static void test_phrase_lookup_head_and_past(void **state)
{
    (void)state;
    ki_docmeta m;
    const char *t = "Een korte tekst over het beleid.\nHoogachtend,\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.kind, "brief"); /* in the indexed head */
    t = "Een korte tekst over het beleid.\nHoofdstuk twee volgt.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.kind, "other"); /* "ho" starts a word, not the phrase */
    t = "Een korte tekst over het beleid.\nHoogachtende groeten.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.kind, "other"); /* the phrase ends at a word's end */
    char text[9000];
    size_t o = 0;
    while (o < 6000)
        o += (size_t)snprintf(text + o, sizeof text - o, "Een alinea over het beleid van de overheid.\n");
    snprintf(text + o, sizeof text - o, "Hoogachtend,\n");
    ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
    assert_string_equal(m.kind, "brief"); /* in the tail, past the indexed head */
    snprintf(text + o, sizeof text - o, "Hoofdstuk drie.\n");
    ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
    assert_string_equal(m.kind, "other");
}

/* A phrase looked for past the head index (the running head "Tweede Kamer,
 * vergaderjaar ..." anywhere in a long text) is found at every place of a
 * 16-byte block, after words that share its first letters ("de tweede",
 * "Tweedeling"); its first word's first letter may have either case, the
 * rest stands as written ("TWEEDE" is not it). */
static void test_phrase_past_index_every_offset(void **state)
{
    (void)state;
    static char text[12000];
    for (int shift = 0; shift < 16; shift++)
        for (int form = 0; form < 3; form++) {
            size_t o = 0;
            while (o < 5000)
                o += (size_t)snprintf(text + o, sizeof text - o,
                                      "De tweede alinea over de Tweedeling van het beleid, tweedehands.\n");
            o += (size_t)snprintf(text + o, sizeof text - o, "%.*s\n", shift, "xxxxxxxxxxxxxxxx");
            const char *head = form == 0 ? "Tweede" : form == 1 ? "tweede" : "TWEEDE";
            o += (size_t)snprintf(text + o, sizeof text - o,
                                  "%s Kamer, vergaderjaar 2024-2025, 36600 XV, nr. 12 3\n", head);
            snprintf(text + o, sizeof text - o, "Een laatste alinea.\n");
            ki_docmeta m;
            ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
            assert_string_equal(m.self_id, form < 2 ? "kst-36600-XV-12" : "");
        }
}

/* The signer stands after the last closing, found backwards (last_of()):
 * not after an earlier "Hoogachtend" or "Met vriendelijke groet" */
static void test_signer_after_last_closing(void **state)
{
    (void)state;
    static const char *const closings[] = {"Hoogachtend,", "Met vriendelijke groet,"};
    for (size_t k = 0; k < 2; k++) {
        char text[9000];
        size_t o = (size_t)snprintf(text, sizeof text, "Geachte voorzitter,\n%s\nDe minister van Defensie,\n",
                                    closings[k]);
        while (o < 1000) /* a line with a 'c' and a 'j', the bytes looked for */
            o += (size_t)snprintf(text + o, sizeof text - o, "Technische tabel bij de jaarcijfers.\n");
        o += (size_t)snprintf(text + o, sizeof text - o, "%s\nDe minister van Financi\xc3\xabn,\n", closings[k]);
        while (o < 3000)
            o += (size_t)snprintf(text + o, sizeof text - o, "Bijlage: technische tabel bij de jaarcijfers.\n");
        ki_docmeta m;
        ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
        assert_non_null(m.signer);
        assert_string_equal(m.signer, "MFin");
    }
}

/* The signature lines: those that start "De"/"de", found by the head index
 * in a text it holds whole, line by line past it; the last is the signer,
 * an earlier one with its comma the cosigner; a "De" inside a line or
 * another word ("Den Haag") is none. */
static void test_signature_lines_short_and_long(void **state)
{
    (void)state;
    static const char tail[] = "Hoogachtend,\nDen Haag, de dag na de vergadering\n"
                               "De minister van Financi\xc3\xab" "n,\nDe staatssecretaris van Defensie,\n"
                               "Bijlage: De minister van Justitie en Veiligheid, schreef dit.\n";
    char text[9000];
    for (size_t len = 0; len <= 6000; len += 6000) {
        size_t o = (size_t)snprintf(text, sizeof text, "Geachte voorzitter,\n");
        while (o < len)
            o += (size_t)snprintf(text + o, sizeof text - o,
                                  "Een alinea waarin De minister van Justitie en Veiligheid, genoemd wordt.\n");
        snprintf(text + o, sizeof text - o, "%s", tail);
        ki_docmeta m;
        ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
        assert_non_null(m.signer);
        assert_string_equal(m.signer, "SDef");
        assert_non_null(m.cosigner);
        assert_string_equal(m.cosigner, "MFin");
    }
}

/* read_title() asks for the first line as a title up to three times, as a
 * plain title and, last, allowing a heading in capitals (caps_title():
 * "BIJLAGE ...", "INBRENG ..."); one reading answers all (first_line_of()):
 * such a heading only where it is allowed, a plain line everywhere */
static void test_first_line_asked_once(void **state)
{
    (void)state;
    ki_docmeta m;
    const char *t = "BIJLAGE 2. VOORTGANG AANPAK ONDERMIJNING\n\nDe aanpak loopt volgens plan en wordt "
                    "dit jaar verbreed.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.title, "Bijlage 2. Voortgang aanpak ondermijning");
    /* other capitals are no title */
    t = "VOORTGANG AANPAK ONDERMIJNING IN DE HAVENS\n\nDe aanpak loopt volgens plan en wordt dit jaar "
        "verbreed.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.title, "");
    t = "Voortgang aanpak ondermijning in de havens\n\nDe aanpak loopt volgens plan en wordt dit jaar "
        "verbreed.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.title, "Voortgang aanpak ondermijning in de havens");
    /* above "Deze brief is onder nr. ... toegevoegd" (asked earlier) */
    t = "Voortgang aanpak ondermijning in de havens\n\nDeze brief is onder nr. 12 toegevoegd aan dossier "
        "29911.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.title, "Voortgang aanpak ondermijning in de havens");
    t = "BIJLAGE 2. VOORTGANG AANPAK ONDERMIJNING\n\nDeze brief is onder nr. 12 toegevoegd aan dossier "
        "29911.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.title, "Bijlage 2. Voortgang aanpak ondermijning");
}

/* ---- beslisnota's ---- */

static void test_beslisnota(void **state)
{
    (void)state;
    expect_meta("Ministerie van Infrastructuur en Waterstaat\n"
                "Beslisnota bij Kamerbrief over de voortgang van het programma "
                "Toegankelijkheid openbaar vervoer\n"
                "Aan: de staatssecretaris van Infrastructuur en Waterstaat\n"
                "Datum: 2 juni 2025\n"
                "Kenmerk: IENW/BSK-2025/141877\n"
                "1. Aanleiding\n",
                NULL,
                (want){"beslisnota", "2025-06-02",
                       "Beslisnota bij Kamerbrief over de voortgang van het programma "
                       "Toegankelijkheid openbaar vervoer",
                       "", "IENW/BSK-2025/141877"});
}

/* OCR: the onderwerp over two lines with a blank between, the margin's
 * "Datum" and "Kenmerk" spliced at line ends with their values below */
static void test_beslisnota_ocr(void **state)
{
    (void)state;
    expect_meta("Beslisnota \n\nAan de staatssecretaris van Defensie \n\n"
                "Onderwerp Kamerbrief over de voortgang van de \n\n"
                "personeelsvoorziening Defensie \n\n"
                "1. Aanleiding \n\n"
                "U heeft in het commissiedebat Personeel Defensie toegezegd de Kamer te informeren "
                "(Kamerstukken 11, 2024-2025, 36 600 X, \n\nnr. 21). Datum \n\n22 augustus 2025 \n\n"
                "2. Geadviseerd besluit \n\nU wordt geadviseerd: Kenmerk \n\nBS2025012345 \n",
                NULL,
                (want){"beslisnota", "2025-08-22",
                       "Kamerbrief over de voortgang van de personeelsvoorziening Defensie", "",
                       "BS2025012345"});
}

/* ---- answers to Kamervragen ---- */

static void test_aanhangsel(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer der Staten-Generaal\n"
                "Vergaderjaar 2024\xE2\x80\x93" "2025\n"
                "Aanhangsel van de Handelingen\n"
                "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven "
                "antwoorden\n"
                "1821\n"
                "Vragen van het lid Van der Werf (D66) aan de staatssecretaris van Justitie en "
                "Veiligheid over omgang na partnerdoding (ingezonden 12 februari 2025).\n"
                "Antwoord van staatssecretaris Struycken (Justitie en Veiligheid), ontvangen "
                "7 maart 2025.\n",
                NULL,
                (want){"antwoord", "2025-03-07",
                       "Vragen van het lid Van der Werf (D66) aan de staatssecretaris van Justitie "
                       "en Veiligheid over omgang na partnerdoding",
                       "ah-tk-20242025-1821", ""});
}

static void test_antwoord_letter(void **state)
{
    (void)state;
    expect_meta("> Retouradres Postbus 90801 2509 LV Den Haag\n"
                "Datum 11 februari 2025\n"
                "Betreft Antwoorden op vragen van de leden Dobbe en Van Kent over kinderarmoede\n"
                "Onze referentie 2025-0000034512\n"
                "Uw referentie 2025Z00871\n"
                "Hierbij zend ik u de antwoorden op de vragen.\n",
                NULL,
                (want){"antwoord", "2025-02-11",
                       "Antwoorden op vragen van de leden Dobbe en Van Kent over kinderarmoede", "",
                       "2025-0000034512"});
}

/* ---- Handelingen ---- */

static void test_handelingen_item(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer, 45e vergadering, donderdag 14 maart 2024\n"
                "Vergaderjaar 2023\xE2\x80\x93" "2024\n"
                "12 Femicide\n"
                "Aan de orde is het debat over femicide.\n",
                NULL, (want){"handelingen", "2024-03-14", "Femicide", "h-tk-20232024-45-12", ""});
    expect_meta("Eerste Kamer, 18e vergadering, dinsdag 4 februari 2025\n"
                "Vergaderjaar 2024\xE2\x80\x93" "2025\n"
                "6 Begroting Justitie en Veiligheid 2025\n"
                "Aan de orde is de behandeling van het wetsvoorstel.\n",
                NULL,
                (want){"handelingen", "2025-02-04", "Begroting Justitie en Veiligheid 2025",
                       "h-ek-20242025-18-6", ""});
    /* the item's number alone on its line, a blank line before its title */
    expect_meta("Tweede Kamer der Staten-Generaal                    Handelingen\n"
                "Vergaderjaar 2026-2027, nr. 38\n\n"
                "Vergadering van woensdag 20 januari 2027\n\n7\n\n"
                "Herstel- en compensatieregeling kinderopvangtoeslag\n\n"
                "Aan de orde is het debat over de hersteloperatie.\n",
                NULL,
                (want){"handelingen", "2027-01-20", "Herstel- en compensatieregeling kinderopvangtoeslag",
                       "h-tk-20262027-38-7", ""});
}

/* "Handelingen II 2023/24, nr. 45" as the first line, "Vergadering van
 * dinsdag ..." below; a "(Zie vergadering van ...)" does not date it */
static void test_handelingen_first_line(void **state)
{
    (void)state;
    expect_meta("Handelingen II 2023/24, nr. 45\n"
                "Vergadering van dinsdag 12 maart 2024\n"
                "Aan de orde is het debat over femicide.\n",
                NULL, (want){"handelingen", "2024-03-12", "", "h-tk-20232024-45", ""});
    expect_meta("Stemmingen moties Femicide\n"
                "Aan de orde zijn de stemmingen over moties, ingediend bij het tweeminutendebat.\n"
                "(Zie vergadering van 19 maart 2024.)\n"
                "In stemming komt de motie-Van der Werf (29279, nr. 889).\n",
                NULL, (want){"handelingen", "", "Stemmingen moties Femicide", "", ""});
}

/* the running header of the Kamer's own PDF: "5 maart 2024 TK 58 58-15-1";
 * the vergaderjaar turns on Prinsjesdag (third Tuesday of September) */
static void test_handelingen_running_header(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer\nStemmingen moties Klimaat en Energie\n"
                "5 maart 2024 TK 58 58-15-1\n"
                "Stemmingen moties Klimaat en Energie\n"
                "Aan de orde zijn de stemmingen over moties.\n",
                NULL,
                (want){"handelingen", "2024-03-05", "Stemmingen moties Klimaat en Energie",
                       "h-tk-20232024-58-15", ""});
    expect_meta("Tweede Kamer\nRegeling van werkzaamheden\n17 september 2024 TK 1 1-3-1\n"
                "De voorzitter:\nIk constateer dat de Kamer akkoord gaat.\n",
                NULL,
                (want){"handelingen", "2024-09-17", "Regeling van werkzaamheden",
                       "h-tk-20242025-1-3", ""});
    expect_meta("Tweede Kamer\nRegeling van werkzaamheden\n12 september 2024 TK 100 100-7-2\n"
                "De voorzitter:\nIk constateer dat de Kamer akkoord gaat.\n",
                NULL,
                (want){"handelingen", "2024-09-12", "Regeling van werkzaamheden",
                       "h-tk-20232024-100-7", ""});
}

/* officielebekendmakingen's HTML: the metadata row, glued, then the item */
static void test_handelingen_metadata_row(void **state)
{
    (void)state;
    expect_meta("Handeling\n"
                "Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2019-2020nr. 31, item 8\n\n"
                "8 Stemmingen moties MIRT\n\n"
                "Aan de orde zijn de stemmingen over moties.\n",
                "2019-11-26",
                (want){"handelingen", "2019-11-26", "Stemmingen moties MIRT",
                       "h-tk-20192020-31-8", ""});
}

static void test_handelingen_vote_snippet(void **state)
{
    (void)state;
    expect_meta("In stemming komt de gewijzigde motie-Bikker/Grinwis (36 600 XV, nr. 18, was nr. 12).\n"
                "De voorzitter:\nIk constateer dat deze motie is aangenomen.\n",
                NULL, (want){"handelingen", "", "", "", ""});
}

/* a long dossier title wraps onto the next lines; a joint document names a
 * second dossier before its Nr. line */
static void test_kst_title_lines(void **state)
{
    (void)state;
    expect_meta("Eerste Kamer der Staten-Generaal 1\n"
                "Vergaderjaar 2025-2026\n\n"
                "36 512 Wijziging van de Woningwet en enkele andere wetten in verband met het\n"
                "versterken van de regie op de volkshuisvesting (Wet versterking regie\n"
                "volkshuisvesting)\n\n"
                "G BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING\n"
                "Den Haag, 27 januari 2026\n",
                NULL,
                (want){"brief", "2026-01-27",
                       "Wijziging van de Woningwet en enkele andere wetten in verband met het "
                       "versterken van de regie op de volkshuisvesting (Wet versterking regie "
                       "volkshuisvesting); Brief van de minister van Volkshuisvesting en Ruimtelijke "
                       "Ordening",
                       "kst-36512-G", ""});
    expect_meta("35 334 Problematische stikstofdepositie\n"
                "33 037 Mestbeleid\n"
                "Nr. 421 VERSLAG VAN EEN COMMISSIEDEBAT\n"
                "Vastgesteld 3 december 2025\n",
                NULL,
                (want){"verslag", "2025-12-03",
                       "Problematische stikstofdepositie; Verslag van een commissiedebat",
                       "kst-35334-421", ""});
}

/* the Kamer's Handelingen PDF: "Vergaderjaar 2025-2026, nr. 24", a day
 * line, then the item */
static void test_handelingen_pdf_head(void **state)
{
    (void)state;
    expect_meta("Tweede Kamer der Staten-Generaal\n"
                "Handelingen\n"
                "Vergaderjaar 2025-2026, nr. 24\n"
                "Dinsdag 2 december 2025\n\n"
                "24 Stemmingen moties Huurbeleid\n\n"
                "Aan de orde zijn de stemmingen over moties.\n",
                NULL,
                (want){"handelingen", "2025-12-02", "Stemmingen moties Huurbeleid",
                       "h-tk-20252026-24-24", ""});
}

/* ---- the margin metadata of a PDF and its Info title ---- */

static void test_margin_metadata(void **state)
{
    (void)state;
    ki_text t;
    memset(&t, 0, sizeof t);
    char kenmerk[] = "4132817-1084052-DMO", mdate[] = "20 juni 2025",
         title[] = "Rechtsstaat en Rechtsorde; Brief regering; Voortgang aanpak femicide";
    t.kenmerk = kenmerk;
    t.margin_date = mdate;
    t.pdf_title = title;
    const char *s = "Geachte voorzitter,\nHierbij informeer ik u.\n";
    ki_docmeta m;
    ki_docmeta_read(&t, s, strlen(s), NULL, &m);
    assert_string_equal(m.kind, "brief");
    assert_string_equal(m.date, "2025-06-20");
    assert_string_equal(m.title, "Voortgang aanpak femicide");
    assert_string_equal(m.self_id, "");
    assert_string_equal(m.kenmerk, "4132817-1084052-DMO");
    char junk[] = "Microsoft Word - brief.docx";
    t.pdf_title = junk;
    ki_docmeta_read(&t, s, strlen(s), NULL, &m);
    assert_string_equal(m.title, "");
}

/* a long dossier title is shortened, the heading kept whole */
static void test_long_title(void **state)
{
    (void)state;
    char text[1200];
    size_t o = (size_t)snprintf(text, sizeof text, "36 999 Wijziging");
    for (int i = 0; i < 40; i++)
        o += (size_t)snprintf(text + o, sizeof text - o, " van een wet");
    snprintf(text + o, sizeof text - o,
             "\nNr. 3 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\nDen Haag, 1 juli 2025\n");
    ki_docmeta m;
    ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
    assert_string_equal(m.self_id, "kst-36999-3");
    assert_true(strlen(m.title) < sizeof m.title);
    const char *tail = "\xE2\x80\xA6; Brief van de minister van Justitie en Veiligheid";
    size_t tl = strlen(tail), ml = strlen(m.title);
    assert_true(ml > tl);
    assert_string_equal(m.title + ml - tl, tail);
    assert_memory_equal(m.title, "Wijziging van een wet", 21);
}

static void test_actor_parse(void **state)
{
    (void)state;
    size_t c;
    const char *s = "de staatssecretaris van Justitie en Veiligheid heeft";
    assert_string_equal(ki_actor_parse(s, strlen(s), &c), "SJenV");
    assert_int_equal(c, strlen("de staatssecretaris van Justitie en Veiligheid"));
    s = "MINISTER VAN FINANCI\xC3\x8B" "N";
    assert_string_equal(ki_actor_parse(s, strlen(s), &c), "MFin");
    s = "de minister-president";
    assert_string_equal(ki_actor_parse(s, strlen(s), &c), "MP");
    s = "de minister heeft";
    assert_null(ki_actor_parse(s, strlen(s), &c));
    /* a title broken at a line end */
    s = "de staatssecretaris van Binnenlandse Zaken en Konink-\nrijksrelaties op 8 december";
    assert_string_equal(ki_actor_parse(s, strlen(s), &c), "SBZK");
    assert_int_equal(c, strlen("de staatssecretaris van Binnenlandse Zaken en Konink-\nrijksrelaties"));
    /* the one list of abbreviations (the detector reads "Toezegging van
     * SJenV", "MBZK, SJenV en SOCW" with it) */
    static const char *const known[] = {"SJenV", "MBZK", "SOCW", "SLMZ", "MP", "SVenJ", "MWWI", "SELI"};
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
        assert_string_equal(ki_actor_abbrev(known[k], strlen(known[k])), known[k]);
    static const char *const unknown[] = {"SJen", "OCW", "MSJenVX", "SMS"};
    for (size_t k = 0; k < sizeof unknown / sizeof unknown[0]; k++)
        assert_null(ki_actor_abbrev(unknown[k], strlen(unknown[k])));
}

/* ---- ekref: older and Eerste Kamer layouts ---- */

/* Layouts of the third real-text review: the Nr. line and the kind on
 * lines of their own, a joint document's dossiers apart, a verslag's own
 * "Vastgesteld" above the letters it holds, a page that says where the
 * document was added. */
static void test_header_layouts(void **state)
{
    (void)state;
    expect_meta("27 925 Bestrijding internationaal terrorisme\nNr. 966\n"
                "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 5 maart 2024\nTekst.\n",
                NULL, (want){"brief", "2024-03-05",
                              "Bestrijding internationaal terrorisme; Brief van de minister van Buitenlandse Zaken",
                              "kst-27925-966", ""});
    expect_meta("31 308\nEvaluatie-instrument beleidsdoorlichting\n\n29 949\nEvaluatie VBTB\n\nnr. 3\n"
                "VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 28 februari 2008\n\nDe commissie ...\n",
                NULL, (want){"verslag", "2008-02-28", "Evaluatie-instrument beleidsdoorlichting; Verslag van een algemeen overleg",
                              "kst-31308-3", ""});
    expect_meta("36 600 B Gemeentefonds 2025\n\nK VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 13 mei 2025\n\n"
                "De commissie heeft schriftelijk overleg gevoerd.\n\nBRIEF VAN DE VOORZITTER\n\n"
                "Den Haag, 29 januari 2025\n\nGeachte minister,\n",
                NULL, (want){"verslag", "2025-05-13", "Gemeentefonds 2025; Verslag van een schriftelijk overleg",
                              "kst-36600-B-K", ""});
    /* Eerste Kamer letters: two of them, or on a line of their own */
    expect_meta("33 506 Voorstel van wet over orgaandonatie\n\nAB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG\n\n"
                "Vastgesteld 14 mei 2019\n", NULL,
                (want){"verslag", "2019-05-14", "Voorstel van wet over orgaandonatie; Verslag van een nader schriftelijk overleg",
                       "kst-33506-AB", ""});
    expect_meta("30 804\nBelastingplan 2007\n\nF\nBRIEF AAN DE VOORZITTER VAN DE COMMISSIE VOOR FINANCI\xc3\x8bN\n\n"
                "Den Haag, 23 mei 2007\n", NULL,
                (want){"brief", "2007-05-23", "Belastingplan 2007; Brief aan de voorzitter van de commissie voor Financi\xc3\xabn",
                       "kst-30804-F", ""});
    /* number and kind on the dossier's line, the title above it */
    expect_meta("Vaststelling begroting Infrastructuurfonds 2018\n\n"
                "34775 A 62 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\n\n"
                "Vergaderjaar 2017-2018\n\nNr. 62\n\nDen Haag, 3 april 2018\n", NULL,
                (want){"brief", "2018-04-03",
                       "Vaststelling begroting Infrastructuurfonds 2018; Brief van de staatssecretaris van "
                       "Infrastructuur en Waterstaat",
                       "kst-34775-A-62", ""});
    /* an item of Handelingen on its own: its number and title, then the chair */
    expect_meta("9 Regeling van werkzaamheden\n\nDe voorzitter:\n\nIk stel voor, hedenmiddag ook te stemmen.\n",
                NULL, (want){"handelingen", "", "Regeling van werkzaamheden", "", ""});
    expect_meta("3 Zie bijlage\n\nDe tabel volgt.\n", NULL, (want){"other", "", "", "", ""});
    expect_meta("Brief regering; Kabinetsreactie\n\nDeze brief is onder nr. 2 toegevoegd aan dossier 33820 - "
                "Evaluatie Wiv 2002.\n\nDocumentdatum 17-03-2014\n",
                NULL, (want){"brief", "2014-03-17", "Kabinetsreactie", "kst-33820-2", ""});
}

/* officielebekendmakingen's row for Handelingen before 2011/12: numbered by
 * vergadering and page, no item; their id is the page range
 * (h-tk-20062007-3021-3025), and without one there is none */
static void test_handelingen_page_numbered(void **state)
{
    (void)state;
    expect_meta("Handeling\n\n"
                "Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2006-2007nr. 54, pagina 3021-3025\n\n"
                "Aan de orde is het debat over de brandweerzorg.\n",
                NULL, (want){"handelingen", "", "", "h-tk-20062007-3021-3025", ""});
    expect_meta("Handeling\n\n"
                "Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2006-2007nr. 54, pagina 3021\n\n"
                "Aan de orde is het debat over de brandweerzorg.\n",
                NULL, (want){"handelingen", "", "", "", ""});
}

/* the Eerste Kamer's page of a sitting, the item title glued in front */
static void test_ek_sitting_page(void **state)
{
    (void)state;
    expect_meta("Stemmingen moties over het klimaatbeleidVerslag van de vergadering van 14 maart 2023 "
                "(2022/2023 nr. 22)\n\nAanvang: 14.02 uur\n\n"
                "Aan de orde zijn de stemmingen over moties, te weten:\n",
                NULL, (want){"handelingen", "2023-03-14", "Stemmingen moties over het klimaatbeleid",
                              "h-ek-20222023-22", ""});
    /* no "(vergaderjaar nr. N)": no self id from it */
    expect_meta("Verslag van de vergadering van 14 maart 2023\n\nAan de orde is het debat.\n", NULL,
                (want){"handelingen", "2023-03-14", "", "", ""});
}

/* an Eerste Kamer dossier of its own, numbered in Roman */
static void test_ek_roman_dossier(void **state)
{
    (void)state;
    expect_meta("CXLI Reglement van Orde\n\n"
                "D BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\n\n"
                "Aan de leden\n\nDen Haag, 3 maart 2020\n\nHierbij zend ik u een voorstel.\n",
                NULL,
                (want){"brief", "2020-03-03",
                       "Reglement van Orde; Brief van de voorzitter van de Eerste Kamer der Staten-Generaal",
                       "kst-CXLI-D", ""});
    /* a Roman-looking word without a letter heading under it is no dossier */
    expect_meta("CV Jansen\n\nGeachte heer Jansen,\n\nDen Haag, 3 maart 2020\n", NULL,
                (want){"brief", "2020-03-03", "", "", ""});
}

/* a page about a Kamerstuk: "Onderdeel van kamerstukdossier 35334 -407" */
static void test_dossier_line(void **state)
{
    (void)state;
    expect_meta("Voortgang stikstof\n\nBrief regering\n\n"
                "Nummer: 2025D11111, datum: 2025-03-04\n\n"
                "Onderdeel van kamerstukdossier 36200 XVI -45 Vaststelling begroting VWS.\n\n"
                "Geachte voorzitter,\n\nHierbij informeer ik u.\n",
                NULL, (want){"brief", "2025-03-04", "", "kst-36200-XVI-45", ""});
    expect_meta("Onderdeel van kamerstukdossier 35334 Problematiek rondom stikstof.\n\nGeachte voorzitter,\n",
                NULL, (want){"brief", "", "", "", ""});
}

/* ---- pages about a document (openkamer, berthub, rijksoverheid.nl) ---- */

/* openkamer: labels above the document; "ID: 36123-17" is the id (not
 * dossier 36123, sub 17), and "Nr. 17 BRIEF ..." the document itself */
static void test_labelled_page(void **state)
{
    (void)state;
    expect_meta("Kamerstuk 36123-17\n\n"
                "Voortgang van de aanpak van laaggeletterdheid\n\n"
                "Dossier: Wijziging van de Wet educatie en beroepsonderwijs\n\n"
                "Gepubliceerd: 3 maart 2023\n"
                "Bron: https://zoek.officielebekendmakingen.nl/kst-36123-17.html\n"
                "ID: 36123-17\n\n"
                "Nr. 17 BRIEF VAN DE MINISTER VOOR PRIMAIR EN VOORTGEZET ONDERWIJS\n\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                "Den Haag, 3 maart 2023\n\nHierbij informeer ik u.\n",
                NULL,
                (want){"brief", "2023-03-03", "Voortgang van de aanpak van laaggeletterdheid",
                       "kst-36123-17", ""});
    /* no title line: the heading, an office of its own in capitals */
    expect_meta("Gepubliceerd: 5 juni 2012\n"
                "Bron: https://zoek.officielebekendmakingen.nl/kst-33000-XVIII-12.html\n"
                "ID: 33000-XVIII-12\n\n"
                "Nr. 12 BRIEF VAN DE MINISTER VOOR IMMIGRATIE, INTEGRATIE EN ASIEL\n\n"
                "Den Haag, 5 juni 2012\n\nHierbij informeer ik u.\n",
                NULL,
                (want){"brief", "2012-06-05", "Brief van de minister voor Immigratie, Integratie en Asiel",
                       "kst-33000-XVIII-12", ""});
    /* only the address */
    expect_meta("Bron: https://zoek.officielebekendmakingen.nl/kst-21501-32-1500.html\n\n"
                "Nr. 1500 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT EN DE "
                "STAATSSECRETARIS VAN FINANCI\xC3\x8B" "N\n\nDen Haag, 2 mei 2022\n\nTekst.\n",
                NULL,
                (want){"brief", "2022-05-02",
                       "Brief van de minister van Landbouw, Natuur en Voedselkwaliteit en de "
                       "staatssecretaris van Financi\xC3\xAB" "n",
                       "kst-21501-32-1500", ""});
}

/* the Eerste Kamer: a footnote mark glued to the letter ("AF2 BRIEF"), and
 * officielebekendmakingen's table row with the number of a verslag */
static void test_ek_glued_and_table(void **state)
{
    (void)state;
    expect_meta("33 100 Herziening van de zorgverzekering\n\n"
                "AF2 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
                "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\n"
                "Den Haag, 9 maart 2021\n\nTekst.\n",
                NULL,
                (want){"brief", "2021-03-09",
                       "Herziening van de zorgverzekering; Brief van de minister van Volksgezondheid, "
                       "Welzijn en Sport",
                       "kst-33100-AF", ""});
    expect_meta("| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n"
                "|---|---|---|---|\n"
                "| Eerste Kamer der Staten-Generaal | 2024-2025 | 36600-VII nr. C |\n"
                "Vastgesteld 4 februari 2025\n"
                "De vaste commissie voor Binnenlandse Zaken heeft schriftelijk overleg gevoerd met de "
                "minister van Binnenlandse Zaken en Koninkrijksrelaties. Bijgaand brengt de commissie "
                "hiervan verslag uit.\n"
                "Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties\n"
                "Den Haag, 10 december 2024\n",
                NULL, (want){"verslag", "2025-02-04", "", "kst-36600-VII-C", ""});
    /* "Nr. 30 BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN" */
    expect_meta("36 200 III Vaststelling van de begrotingsstaat van Algemene Zaken voor het jaar 2023\n\n"
                "Nr. 7 BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN, MEDE NAMENS DE "
                "MINISTER VAN FINANCI\xC3\x8B" "N\n\nDen Haag, 1 juni 2023\n\nTekst.\n",
                NULL,
                (want){"brief", "2023-06-01",
                       "Vaststelling van de begrotingsstaat van Algemene Zaken voor het jaar 2023; Brief van "
                       "de minister-president, minister van Algemene Zaken, mede namens de minister van "
                       "Financi\xC3\xAB" "n",
                       "kst-36200-III-7", ""});
}

/* a page whose first line is its title; what is not a title stays out */
static void test_first_line_title(void **state)
{
    (void)state;
    /* rijksoverheid.nl: a summary of a letter */
    expect_meta("Kamerbrief over de inzet voor de Landbouw- en Visserijraad van mei\n\n"
                "De minister informeert de Tweede Kamer over de Raad.\n",
                NULL,
                (want){"brief", "", "Kamerbrief over de inzet voor de Landbouw- en Visserijraad van mei", "",
                       ""});
    /* berthub: navigation, then the title; the dossier line gives the id */
    expect_meta("[overzicht] [activiteiten] [besluiten]\n[toezeggingen] [stemmingen]\n\n"
                "Uitkomsten van de Raad Buitenlandse Zaken\n\nBrief regering\n\n"
                "Nummer: 2025D10001, datum: 2025-03-04, versie: 1\n\n"
                "Onderdeel van kamerstukdossier 21501 02-2999 Raad Algemene Zaken.\n\n"
                "Geachte Voorzitter,\n\nHierbij.\n",
                NULL,
                (want){"brief", "2025-03-04", "Uitkomsten van de Raad Buitenlandse Zaken", "kst-21501-02-2999", ""});
    /* under navigation a short title counts */
    expect_meta("[overzicht] [activiteiten]\n\nPFAS verzamelbrief\n\nBrief regering\n\nGeachte voorzitter,\n",
                NULL, (want){"brief", "", "PFAS verzamelbrief", "", ""});
    /* a site's chrome above a numbered heading */
    expect_meta("Base description which applies to whole site\n+Toon begrotingsfasen\n\n"
                "Bijlage 2: Moties en toezeggingen\n\nMotie van het lid Jansen over X.\n",
                NULL, (want){"other", "", "Bijlage 2: Moties en toezeggingen", "", ""});
    /* an Eerste Kamer register page */
    expect_meta("Rappelabele toezeggingen Financi\xC3\xAB" "n (Rappel maart 2024)\n\n\n"
                "Toezegging Evaluatie van de wet (36.001) (T03001)\n\nDe minister zegt toe.\n",
                NULL,
                (want){"other", "", "Rappelabele toezeggingen Financi\xC3\xAB" "n (Rappel maart 2024)", "", ""});
    /* questions without their answers */
    expect_meta("Vragen van het lid Jansen (SP) aan de minister van Financi\xC3\xAB" "n over de "
                "toeslagen (ingezonden 2 april 2024).\n\nVraag 1\n\nKent u het bericht?\n",
                NULL,
                (want){"other", "2024-04-02",
                       "Vragen van het lid Jansen (SP) aan de minister van Financi\xC3\xAB" "n over de toeslagen",
                       "", ""});
    /* not titles: a section number, the house, a label, a sentence, a
     * line that runs on, a line of a flattened page, two words */
    static const char *const none[] = {
        "1. Aanleiding\n\nDe minister vraagt advies.\n",
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023-2024\n",
        "Gepubliceerd: 28 mei 2010\nOnderwerpen: wonen\n",
        "De motie van het lid Jansen is afgedaan.\n\nVerder niets.\n",
        "Het kabinet heeft besloten de regeling voort te zetten\nomdat die werkt.\n",
        "Commissievergaderingen op dinsdag 3 mei 2023  Alle punten uitklappen\n\n9.30 uur\n",
        "Kamervraag 2023Z01234\n\nTekst.\n",
        "Tweede Kamer\n\nDe minister schrijft.\n",
        "Parlementair jaar 2020/2021, 26e vergadering\n\nTekst.\n",
    };
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        ki_docmeta m;
        ki_docmeta_read(NULL, none[k], strlen(none[k]), NULL, &m);
        if (m.title[0])
            fail_msg("\"%s\" gives title \"%s\"", none[k], m.title);
    }
}

/* fifth review's layouts: glued and wordy header dates, "betreft" in prose,
 * openkamer's verslag and Kamervraag pages, the stenogram, eerstekamer.nl */
static void test_layouts_review5(void **state)
{
    (void)state;
    /* "Het\nbetreft daarbij ..." is a sentence, not the label */
    expect_meta("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 6 september 2013\n"
                "De commissie heeft een brief gestuurd met een overzicht van de openstaande toezeggingen. Het\n"
                "betreft daarbij vooral de toezeggingen waarvan de termijn is verstreken.\n",
                NULL, (want){"verslag", "2013-09-06", "", "", ""});
    /* a page's conversion glued the day to the label */
    expect_meta("21 501-31 Raad voor Werkgelegenheid\n\nNr. 300 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
                "Vastgesteld16 april 2012\n\nIn de vaste commissie bestond behoefte.\n",
                NULL,
                (want){"verslag", "2012-04-16", "Raad voor Werkgelegenheid; Verslag van een schriftelijk overleg",
                       "kst-21501-31-300", ""});
    /* a motion filed in a debate */
    expect_meta("32 000\nRaming der uitgaven\n\nnr. 9\nMOTIE VAN HET LID JANSEN\n\n"
                "Voorgesteld tijdens het notaoverleg van 14 juni 2010\n\nDe Kamer,\n",
                NULL,
                (want){"motie", "2010-06-14", "Raming der uitgaven; Motie van het lid Jansen", "kst-32000-9", ""});
    /* openkamer: the line after "Kamerstuk N" is only the kind; the dossier follows */
    expect_meta("Kamerstuk 21501-02-900\n\nVerslag van een algemeen overleg\n\nRaad Algemene Zaken\n\n\n"
                "Nr. 900 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 4 februari 2011\n\n"
                "De vaste commissie heeft overleg gevoerd. Van dit overleg brengt de commissie verslag uit.\n",
                NULL,
                (want){"verslag", "2011-02-04", "Raad Algemene Zaken; Verslag van een algemeen overleg",
                       "kst-21501-02-900", ""});
    /* "Kamerstuk N" alone, without its "Nr." line, is no id */
    expect_meta("Kamerstuk 21501-02-900\n\nZie de brief hierover.\n", NULL, (want){"other", "", "", "", ""});
    /* openkamer's answered Kamervraag */
    expect_meta("Kamervraag 2024Z01234\n\nHet bericht over wachttijden in de jeugdzorg\n\n"
                "Ingediend 4 maart 2024\nBeantwoord 25 maart 2024 (na 21 dagen)\n"
                "Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2024Z01234.html\n"
                "Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1500.html\n"
                " \xE2\x80\xA2 Vraag 1\n  Kent u het bericht?\n",
                NULL,
                (want){"antwoord", "2024-03-25", "Het bericht over wachttijden in de jeugdzorg",
                       "ah-tk-20232024-1500", ""});
    /* tweedekamer.nl's stenogram: the item above "Vergaderjaar", "Vergaderingnummer" */
    expect_meta("Stenogram : Jeugdzorg\n7 Jeugdzorg\nVergaderjaar 2023-2024\nVergaderingnummer 41\n"
                "Jeugdzorg\nAan de orde is het tweeminutendebat Jeugdzorg.\nDe voorzitter:\nIk geef het woord.\n",
                NULL, (want){"handelingen", "", "Jeugdzorg", "h-tk-20232024-41-7", ""});
    /* eerstekamer.nl's sitting */
    expect_meta("Verslag van de plenaire vergadering van dinsdag 8 november 2022\n"
                "Parlementair jaar 2022/2023, 6e vergadering\nAanvang: 13.30 uur\n\nDe voorzitter:\nIk open de vergadering.\n",
                NULL, (want){"handelingen", "2022-11-08", "", "h-ek-20222023-6", ""});
    /* a page about a Roman Eerste Kamer dossier: its dossier, no id */
    {
        static const char page[] = "CXXIV\n\nVerslag van de commissie. Dit verslag (EK, A) bevat analyses.\n";
        ki_docmeta m;
        ki_docmeta_read(NULL, page, strlen(page), NULL, &m);
        assert_string_equal(m.self_dossier, "CXXIV");
        assert_string_equal(m.self_id, "");
    }
    /* an item without its number: the chair below it */
    expect_meta("Regeling van werkzaamheden\n\nDe voorzitter:\n\nIk stel voor, de motie aan te houden.\n",
                NULL, (want){"handelingen", "", "Regeling van werkzaamheden", "", ""});
}

/* layouts of reviews 7 and 8: a letterhead flattened to one line, a
 * reprint, openkamer's question list, a page above its number, a court's
 * ruling, Handelingen under a download page's junk, an Eerste Kamer
 * sitting page that starts with its heading, a sub-dossier on a line of its
 * own */
static void test_layouts_review78(void **state)
{
    (void)state;
    /* the letterhead's labels first, then their values; the last label's value below */
    expect_meta("Ministerie van Landbouw, Natuur en Voedselkwaliteit\n\nAan\nde voorzitter van de Tweede Kamer\n\n"
                "Contactpersoon Doorkiesnummer\n"
                "- - Datum Bijlage(n) 14 maart 2009 - Ons kenmerk Uw kenmerk DL/2009/3317 - Onderwerp\n"
                "Voortgang uitvoering toezeggingen visserij\n\nGeachte voorzitter,\n\nHierbij zend ik u het overzicht.\n",
                NULL,
                (want){"brief", "2009-03-14", "Voortgang uitvoering toezeggingen visserij", "", "DL/2009/3317"});
    /* one label a line still works */
    expect_meta("Datum 14 maart 2009\nOns kenmerk DL/2009/3317\nOnderwerp Voortgang visserij\n\nGeachte voorzitter,\n",
                NULL, (want){"brief", "2009-03-14", "Voortgang visserij", "", "DL/2009/3317"});
    /* a reprint ("HERDRUK", a footnote mark glued) is the kind after it */
    expect_meta("31 288 Hoger onderwijsbeleid\n\nNr. 77 HERDRUK1 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN "
                "WETENSCHAP\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 oktober 2016\n",
                NULL,
                (want){"brief", "2016-10-03",
                       "Hoger onderwijsbeleid; Brief van de minister van Onderwijs, Cultuur en Wetenschap",
                       "kst-31288-77", ""});
    expect_meta("31 288 Hoger onderwijsbeleid\n\nNr. 78 HERDRUK MOTIE VAN HET LID VAN DAM\n\n"
                "Voorgesteld 5 oktober 2016\n\nDe Kamer,\n",
                NULL,
                (want){"motie", "2016-10-05", "Hoger onderwijsbeleid; Motie van het lid Van Dam", "kst-31288-78", ""});
    /* openkamer's question list: answered, and questions only */
    static const char qhead[] =
        "Wachttijden bij de keuring van rijbewijzen |\n|\nAnne Jansen (VVD), Piet de Vries (CDA) |\n|\n"
        "Karin Smit (minister infrastructuur en waterstaat) (D66) |\n|\n|\n"
        "Kent u het bericht over de wachttijden bij de keuring?1\n";
    char q[512];
    snprintf(q, sizeof q, "%sJa.\nHoeveel mensen wachten langer dan acht weken?\nOngeveer twintigduizend.\n", qhead);
    expect_meta(q, "2025-03-01",
                (want){"antwoord", "2025-03-01", "Wachttijden bij de keuring van rijbewijzen", "", ""});
    snprintf(q, sizeof q, "%sHoeveel mensen wachten langer dan acht weken?\n", qhead);
    expect_meta(q, "2025-03-01",
                (want){"other", "2025-03-01", "Wachttijden bij de keuring van rijbewijzen", "", ""});
    /* a pipe in the first row alone makes no question list */
    expect_meta("Overzicht van de stand van zaken |\n|\nDe tabel hieronder geeft de stand.\n", NULL,
                (want){"other", "", "", "", ""});
    /* a page above the document: its title with a colon, its type "Brief regering" */
    expect_meta("[overzicht] [activiteiten] [besluiten]\n[toezeggingen] [stemmingen]\n\n"
                "Fiche: Richtlijn over digitale productpaspoorten\n\n"
                "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie\n\n"
                "Brief regering\n\nNummer: 2025D41234, datum: 2025-10-17, bijgewerkt: 2025-10-18 09:12, versie: 1\n\n"
                "Onderdeel van kamerstukdossier 22112 -4301 Nieuwe Commissievoorstellen.\n\n"
                "Fiche 7: Richtlijn over digitale productpaspoorten\n\n  1. Algemene gegevens\n",
                NULL,
                (want){"brief", "2025-10-17", "Fiche: Richtlijn over digitale productpaspoorten", "kst-22112-4301", ""});
    /* a court's ruling: its own date, no letter although a lawyer is "in Den Haag," */
    expect_meta("202301234/1/A3.\nDatum uitspraak: 9 april 2025\nAFDELING\nBESTUURSRECHTSPRAAK\n"
                "Uitspraak op het hoger beroep van:\n[appellant], wonend te Zwolle,\n"
                "tegen de uitspraak van de rechtbank Overijssel van 3 mei 2023 in zaak nr. 22/1187.\n"
                "De Afdeling heeft de zaak op een zitting behandeld op 4 februari 2025, waar appellant, bijgestaan "
                "door mr. K. de Bruin, advocaat in Den Haag, is verschenen.\n",
                NULL, (want){"other", "2025-04-09", "", "", ""});
    /* Handelingen under a download page's junk: the chair, a number given, a member's turn */
    static const char junk[] =
        "Thuis\nContacten\n\n    Hoofdpagina\n\n\n"
        "Het wetsvoorstel Wijziging van de Wet milieubeheer in verband met de subsidieregeling voor scholen\n\n"
        "Download 312.5 Kb.\n\n"
        "Het wetsvoorstel Wijziging van de Wet milieubeheer in verband met de subsidieregeling voor "
        "scholenPagina3/9\nDatum11.02.2016\nGrootte312.5 Kb.\n\nDownload 312.5 Kb.\n1   2   3   4   5   6\n\n"
        "overwegende dat veel scholen de aanvraag niet op tijd rond krijgen;\n\n"
        "verzoekt de regering, de subsidieregeling voor zonnepanelen op scholen met een jaar te verlengen,\n\n"
        "en gaat over tot de orde van de dag.\n\nDe voorzitter:\n\n";
    char h[1400];
    snprintf(h, sizeof h, "%sDeze motie is voorgesteld door de leden Bakker en Visser.\n\n"
             "Zij krijgt nr. 31 (34300-XII).\n\nDe heer Bakker (GL):\nIk dank de minister.\n", junk);
    /* the page's own heading under the menu ("Thuis / Contacten / Hoofdpagina") is its title */
    static const char wv[] = "Het wetsvoorstel Wijziging van de Wet milieubeheer in verband met de subsidieregeling "
                             "voor scholen";
    expect_meta(h, "2016-02-11", (want){"handelingen", "2016-02-11", wv, "", ""});
    snprintf(h, sizeof h, "%sIk geef het woord aan de heer Bakker.\n\nDe heer Bakker (GL):\nIk dank de minister.\n",
             junk);
    expect_meta(h, "2016-02-11", (want){"handelingen", "2016-02-11", wv, "", ""});
    /* the Eerste Kamer's sitting page that starts with its heading */
    expect_meta("Verslag van de vergadering van 6 juni 2023 (2022/2023 nr. 35)\n\nAanvang: 13.30 uur\n\n"
                "Status: gecorrigeerd\n\nAan de orde is de behandeling van:\n\n"
                "  \xE2\x80\xA2 het wetsvoorstel Wijziging van de Wet op de zorgtoeslag (36110).\n",
                NULL,
                (want){"handelingen", "2023-06-06", "Verslag van de vergadering van 6 juni 2023",
                       "h-ek-20222023-35", ""});
    /* a motion whose sub-dossier stands on a line of its own */
    expect_meta("35 570\nVII\nVaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
                "Koninkrijksrelaties (VII) voor het\njaar 2021\n\n\nNr. 42\nMOTIE VAN HET LID DE GRAAF\n\n"
                "Voorgesteld 12 november 2020\n\nDe Kamer,\n",
                NULL,
                (want){"motie", "2020-11-12",
                       "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
                       "Koninkrijksrelaties (VII) voor het jaar 2021; Motie van het lid De Graaf",
                       "kst-35570-VII-42", ""});
    expect_meta("36 410\nA\nVaststelling van de begrotingsstaten van het Mobiliteitsfonds voor het jaar 2024\n\n"
                "Nr. 15\nMOTIE VAN DE LEDEN KOOPS EN MERTENS\n\nVoorgesteld 7 december 2023\n\nDe Kamer,\n",
                NULL,
                (want){"motie", "2023-12-07",
                       "Vaststelling van de begrotingsstaten van het Mobiliteitsfonds voor het jaar 2024; Motie van "
                       "de leden Koops en Mertens",
                       "kst-36410-A-15", ""});
}

/* review 9: a news copy of a letter with its attachment list, a verslag's
 * "Vastgesteld" line first, a page's own row, a lijst van vragen, minutes
 * naming many committees, a markdown heading */
static void test_layouts_review9(void **state)
{
    (void)state;
    /* "Beslisnota bij ..." under "Bijlagen" names an attachment: neither kind nor title */
    expect_meta("Kamerbrief over eindverslag voorzitter van Voortgangsoverleg Klimaatakkoord\n\n"
                "Minister Jetten (Klimaat en Energie) stuurt de Tweede Kamer het eindverslag.\n\n"
                "22 november 2022\n\nGeachte Voorzitter,\n\nHierbij geleid ik u het eindverslag door.\n\n"
                "Bijlagen\n\nEindverslag Voortgangsoverleg Klimaatakkoord\n\n"
                "Beslisnota bij Kamerbrief over eindverslag voorzitter van Voortgangsoverleg Klimaatakkoord\n",
                NULL,
                (want){"brief", "2022-11-22", "Kamerbrief over eindverslag voorzitter van Voortgangsoverleg Klimaatakkoord",
                       "", ""});
    /* a beslisnota is one still, also under its margin's "Bijlage(n)" count */
    expect_meta("Bijlage(n)\n2\nBeslisnota bij Kamerbrief over de voortgang van de aanpak\n\nAanleiding\n"
                "U wordt geadviseerd de brief te ondertekenen.\n",
                "2024-05-01",
                (want){"beslisnota", "2024-05-01", "Beslisnota bij Kamerbrief over de voortgang van de aanpak", "", ""});
    /* a date alone on its line is the page's date; "Vastgesteld DATE" is no title */
    expect_meta("Vastgesteld 10 december 2008\nDe vaste commissie voor Financi\xC3\xABn heeft op 27 november 2008 "
                "overleg gevoerd over:\n\xE2\x80\x93 de brief van de minister van Financi\xC3\xABn d.d. 3 november "
                "2008 (31 371, nr. 36).\nVan dit overleg brengt de commissie bijgaand woordelijk geredigeerd verslag "
                "uit.\n",
                NULL, (want){"verslag", "2008-12-10", "", "", ""});
    /* a page's own row, as first line or under "Dossier- en ondernummer" without a leading "|" */
    expect_meta("Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n"
                "De commissie heeft over het rapport de navolgende vragen ter beantwoording aan de regering "
                "voorgelegd.\nDeze vragen, alsmede de daarop op 9 juni 2008 gegeven antwoorden, zijn hieronder "
                "afgedrukt.\n",
                NULL, (want){"verslag", "2008-06-10", "", "kst-31444-XVI-6", ""});
    expect_meta("Kamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\n"
                "Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\nVastgesteld 10 juni 2008\n",
                NULL, (want){"other", "2008-06-10", "", "kst-31444-XVI-6", ""});
    expect_meta("Korte aantekeningen vergadering commissies Justitie en Veiligheid (J&V), Volksgezondheid, Welzijn en "
                "Sport (VWS), Koninkrijksrelaties (KOREL) en Onderwijs, Cultuur en Wetenschap (OCW) van 28 september "
                "2021\n\nDe commissie bespreekt de brief.\n",
                NULL,
                (want){"verslag", "2021-09-28",
                       "Korte aantekeningen vergadering commissies Justitie en Veiligheid (J&V), Volksgezondheid, "
                       "Welzijn en Sport (VWS), Koninkrijksrelaties (KOREL) en Onderwijs, Cultuur en Wetenschap (OCW) "
                       "van 28 september 2021",
                       "", ""});
    expect_meta("# Betere Kamerstukken, en hoe lastig innovatie is\n\nHet is 2026 en twee journalisten benaderen me.\n",
                NULL, (want){"other", "", "Betere Kamerstukken, en hoe lastig innovatie is", "", ""});
}

/* a web page's "Publicatiedatum" label dates it, with or without a blank
 * after the colon; a menu's prompt above the page ("Selecteer een pagina")
 * is no title, the line under it is */
static void test_review10_page_labels(void **state)
{
    (void)state;
    expect_meta("Publicatiedatum:16 februari 2024\n\nDe Woo in de Kamer\n\nOp 15 februari vond het debat plaats.\n",
                NULL, (want){"other", "2024-02-16", "", "", ""});
    expect_meta("Publicatiedatum: 16 februari 2024\n\nDe Woo in de Kamer\n\nOp 15 februari vond het debat plaats.\n",
                "2025-06-15", (want){"other", "2024-02-16", "", "", ""});
    /* the document's own date before the page's */
    expect_meta("Kerngegevens\n\nDocumentdatum 29-06-2009\nPublicatiedatum 04-07-2009\nNummer KST132611\n", NULL,
                (want){"other", "2009-06-29", "", "", ""});
    expect_meta("Selecteer een pagina\n\nArtikel 3.3b\n\nDe openbaarmaking geschiedt elektronisch.\n", NULL,
                (want){"other", "", "Artikel 3.3b", "", ""});
    expect_meta("Spring naar de inhoud\n\nDe Woo in de praktijk van gemeenten\n\nDe openbaarmaking geschiedt "
                "elektronisch.\n",
                NULL, (want){"other", "", "De Woo in de praktijk van gemeenten", "", ""});
}

/* the cover of a sitting's Handelingen (its table of contents) flattened
 * to a line: kind, the items as title, the date next to the ordinal
 * vergadering and with it the id; a citation of Handelingen in a letter is
 * no cover */
static void test_handelingen_cover(void **state)
{
    (void)state;
    expect_meta("Download \"Handelingen 2. Religie en publiek domein. 16 27 oktober 2009 16de vergadering\"\n\n"
                "1 Handelingen 2 Vergaderjaar der Staten-Generaal 16 16de vergadering Religie en publiek domein "
                "Wonen, Wijken en Integratie (begroting) Winkelsluiting\n\n"
                "2 Alfabetische inhoud Motie-Elias over een boete (31 490, nr. 34) (verworpen) 1159\n",
                "2025-06-15",
                (want){"handelingen", "2009-10-27",
                       "Religie en publiek domein Wonen, Wijken en Integratie (begroting) Winkelsluiting",
                       "h-tk-20092010-16", ""});
    /* no date given: none made up from the sitting's number */
    expect_meta("1 Handelingen 2 Vergaderjaar der Staten-Generaal 16 16de vergadering Religie en publiek domein\n\n"
                "2 Alfabetische inhoud Betaling rekeningen Motie-Van der Ham over de ingrepen (31 490, nr. 33) "
                "(aangenomen) 1159\n",
                NULL, (want){"handelingen", "", "Religie en publiek domein", "", ""});
    /* after a no-break space, and no other word in the text starts "ha"
     * (the head index has no word start after the space's A0) */
    expect_meta("\xC2\xA0Handelingen 2 Vergaderjaar der Staten-Generaal 16 16de vergadering Religie en publiek "
                "domein\n\n2 Alfabetische inhoud Betaling rekeningen (aangenomen) 1159\n",
                NULL, (want){"handelingen", "", "Religie en publiek domein", "", ""});
    /* the date after the ordinal; "1ste vergadering" */
    expect_meta("Handelingen Tweede Kamer 1ste vergadering Opening van de zitting\n\n"
                "1ste vergadering, dinsdag 15 september 2009\n\nDe voorzitter opent de vergadering.\n",
                NULL, (want){"handelingen", "2009-09-15", "Opening van de zitting", "h-tk-20092010-1", ""});
    /* a header with its vergaderjaar: "16de vergadering" numbers it */
    expect_meta("Handelingen Tweede Kamer\n\nVergaderjaar 2009-2010\n\n16de vergadering\n\nDinsdag 27 oktober 2009\n\n"
                "Aan de orde is de regeling van werkzaamheden.\n",
                NULL, (want){"handelingen", "2009-10-27", "", "h-tk-20092010-16", ""});
    /* a footnote that cites Handelingen: the letter stays a letter */
    expect_meta("Geachte voorzitter,\n\nIk heb dat in het debat toegezegd.\n\n"
                "3 Handelingen II 2009/10, 16e vergadering, blz. 1234\n",
                NULL, (want){"brief", "", "", "", ""});
    expect_meta("Geachte voorzitter,\n\nZie de Handelingen van de 16de vergadering over de begroting.\n",
                NULL, (want){"brief", "", "", "", ""});
}

/* a site's menu above a page, one short item a line, is no part of the
 * page: the title is the first line under it; short lines without a menu's
 * word are no menu */
static void test_title_under_menu(void **state)
{
    (void)state;
    expect_meta("Menu\n\nZoek op\nrubriek\nKlimaatweb\n0\n\n"
                "Kamerbrief over eindverslag voorzitter van Voortgangsoverleg Klimaatakkoord\n\n"
                "Minister Jetten (Klimaat en Energie) stuurt de Tweede Kamer het eindverslag.\n\n22 november 2022\n\n"
                "Geachte Voorzitter,\n\nHierbij het eindverslag.\n",
                NULL,
                (want){"brief", "2022-11-22", "Kamerbrief over eindverslag voorzitter van Voortgangsoverleg Klimaatakkoord",
                       "", ""});
    expect_meta("Thuis\nContacten\n\n    Hoofdpagina\n\n\nStand van zaken moties en toezeggingen\n\n"
                "Hierbij informeer ik u over de stand van zaken.\n",
                NULL, (want){"other", "", "Stand van zaken moties en toezeggingen", "", ""});
    /* no menu word: the short lines stay, and so no title */
    expect_meta("Rijksoverheid\nFinanci\xC3\xAB" "n\n\nStand van zaken moties en toezeggingen\n\n"
                "Hierbij informeer ik u over de stand van zaken.\n",
                NULL, (want){"other", "", "", "", ""});
    /* a letter's margin ("Contact / name / phone") is no menu */
    expect_meta("Contact\nJ. Jansen\nT 070 1234\n\nStand van zaken moties en toezeggingen\n\nGeachte voorzitter,\n",
                NULL, (want){"brief", "", "", "", ""});
    /* one menu word alone is a page's first word, not a menu */
    expect_meta("Menu\n\nStand van zaken moties en toezeggingen\n\nHierbij informeer ik u.\n",
                NULL, (want){"other", "", "", "", ""});
}

/* True when s is valid UTF-8 (no sequence cut). */
static int utf8_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int k = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
        if (k < 0)
            return 0;
        p++;
        for (int j = 0; j < k; j++, p++)
            if ((*p & 0xC0) != 0x80)
                return 0;
    }
    return 1;
}

/* a title longer than its field is cut after a whole word, never inside a
 * UTF-8 sequence, and marked with "…"; one that fits is left alone */
static void test_title_cut_at_word(void **state)
{
    (void)state;
    static const char *const words[] = {"financi\xC3\xABle", "co\xC3\xB6rdinatie", "\xE2\x82\xAC" "500",
                                        "pati\xC3\xABnten", "zorg"};
    for (int shift = 0; shift < 12; shift++) {
        char src[700], text[800];
        size_t o = (size_t)snprintf(src, sizeof src, "Voortgang%.*s", shift, "xxxxxxxxxxxx");
        for (int k = 0; o < 600; k++)
            o += (size_t)snprintf(src + o, sizeof src - o, " %s", words[k % 5]);
        snprintf(text, sizeof text, "Datum 3 april 2025\nBetreft %s\n\nGeachte voorzitter,\n", src);
        ki_docmeta m;
        ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
        size_t tl = strlen(m.title);
        assert_true(tl < sizeof m.title);
        assert_true(tl > sizeof m.title / 2);
        assert_true(utf8_valid(m.title));
        assert_string_equal(m.title + tl - 3, "\xE2\x80\xA6");
        /* what comes before the mark is the text up to the end of a word */
        size_t kept = tl - 3;
        assert_memory_equal(m.title, src, kept);
        assert_true(src[kept] == ' ');
        assert_true(m.title[kept - 1] != ' ');
    }
    expect_meta("Datum 3 april 2025\nBetreft Voortgang van de co\xC3\xB6rdinatie\n\nGeachte voorzitter,\n", NULL,
                (want){"brief", "2025-04-03", "Voortgang van de co\xC3\xB6rdinatie", "", ""});
    /* the long first line of minutes that name every committee */
    char text[1200];
    size_t o = (size_t)snprintf(text, sizeof text, "Korte aantekeningen vergadering commissies");
    for (int k = 0; k < 25; k++)
        o += (size_t)snprintf(text + o, sizeof text - o, " Financi\xC3\xABn (FIN),");
    snprintf(text + o, sizeof text - o, " van 28 september 2021\n\nDe commissie bespreekt de brief.\n");
    ki_docmeta m;
    ki_docmeta_read(NULL, text, strlen(text), NULL, &m);
    size_t tl = strlen(m.title);
    assert_true(tl > 200);
    assert_true(utf8_valid(m.title));
    assert_string_equal(m.title + tl - 3, "\xE2\x80\xA6");
    assert_memory_equal(m.title, text, tl - 3);
    assert_true(text[tl - 3] == ' ' || text[tl - 3] == ','); /* after a whole word */
}

/* pages about a document give its onderwerp above the Kamerstuk's own
 * header, and what they say it is: that comes first */
static void test_page_onderwerp(void **state)
{
    (void)state;
    /* the Kamer's document page: onderwerp, dossier title, type, "Nummer:" */
    expect_meta("[overzicht] [activiteiten] [besluiten]\n\nStand van zaken tenuitvoerlegging sancties\n\n"
                "Rechtsstaat en Rechtsorde\n\nBrief regering\n\nNummer: 2019D08797, datum: 2019-03-05, versie: 1\n\n"
                "29 279 Rechtsstaat en Rechtsorde\n\nNr. 494 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\n"
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 5 maart 2019\n",
                NULL, (want){"brief", "2019-03-05", "Stand van zaken tenuitvoerlegging sancties", "kst-29279-494", ""});
    /* without an onderwerp line the header's title stays */
    expect_meta("Rechtsstaat en Rechtsorde\n\nBrief regering\n\nNummer: 2019D08797, datum: 2019-03-05, versie: 1\n\n"
                "29 279 Rechtsstaat en Rechtsorde\n\nNr. 494 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\n"
                "Den Haag, 5 maart 2019\n",
                NULL,
                (want){"brief", "2019-03-05", "Rechtsstaat en Rechtsorde; Brief van de minister voor Rechtsbescherming",
                       "kst-29279-494", ""});
    /* openkamer: "Kamerstuk ID", the onderwerp, and a header whose number
     * and kind stand on two lines */
    expect_meta("Kamerstuk 32123-XIII-44\n\nBeantwoording vraag commissie EZ aangaande uitvoering motie Ten Hoopen\n\n"
                "Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Economische Zaken (XIII) voor het "
                "jaar 2010\n\n\n32 123 XIII\nVaststelling van de begrotingsstaten van het Ministerie van Economische "
                "Zaken (XIII) voor het jaar 2010\n\nnr. 44\nBRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN\n\n"
                "Den Haag, 30 november 2009\n",
                NULL,
                (want){"brief", "2009-11-30", "Beantwoording vraag commissie EZ aangaande uitvoering motie Ten Hoopen",
                       "kst-32123-XIII-44", ""});
    /* Kerngegevens: the page's first line (long), what "Dit ... is onder
     * nr." says it is, "Documentdatum" */
    expect_meta("Verslag schriftelijk overleg over verzoek om opheldering van opdrachtverlening aan staatscommissie "
                "Grondwet en verzoek om opheldering over voordragen bekrachtiging van dit wetsvoorstel - Voorstel van "
                "wet van het lid Halsema\n\nDit verslag van een schriftelijk overleg is onder nr. I toegevoegd aan "
                "wetsvoorstel 28331 - Initiatiefvoorstel Halsema.\n\n1.\n\nKerngegevens\n\nDocumentdatum 29-06-2009\n"
                "Publicatiedatum 04-07-2009\n",
                "2025-06-15",
                (want){"verslag", "2009-06-29",
                       "Verslag schriftelijk overleg over verzoek om opheldering van opdrachtverlening aan "
                       "staatscommissie Grondwet en verzoek om opheldering over voordragen bekrachtiging van dit "
                       "wetsvoorstel - Voorstel van wet van het lid Halsema",
                       "kst-28331-I", ""});
    expect_meta("Voorlopig verslag - Rijkswet Koninkrijksgeschillen\n\nDit voorlopig verslag is onder nr. D toegevoegd "
                "aan wetsvoorstel 35099 (R2114) - Rijkswet Koninkrijksgeschillen.\n\nKerngegevens\n\n"
                "Documentdatum 28-02-2020\n",
                NULL, (want){"verslag", "2020-02-28", "Voorlopig verslag - Rijkswet Koninkrijksgeschillen", "kst-35099-D", ""});
    /* "Documentdatum" only as a label */
    expect_meta("Geachte voorzitter,\n\nDe Documentdatum 3 maart 2020 staat bovenaan.\n", NULL,
                (want){"brief", "", "", "", ""});
}

/* more of what real pages state about themselves */
static void test_layouts_meta10(void **state)
{
    (void)state;
    /* under "Nr. 1471" on its own line a sentence, not a heading in capitals
     * (a translation): the id stays, the sentence is no title */
    expect_meta("21 501-20\n\nEuropean Council\n\nNr. 1471\n\n\nProposed September 4, 2019 The Chamber,\n\n"
                "after hearing the deliberation,\n",
                NULL, (want){"other", "", "European Council", "kst-21501-20-1471", ""});
    /* a long onderwerp above the type line is taken whole */
    static const char on[] = "Verslag van de commissie voor de Verzoekschriften en de Burgerinitiatieven over het "
                             "verzoekschrift van dhr. K. inzake een klacht over het handelen van het ministerie van "
                             "Buitenlandse Zaken (COVZ2402020)";
    char text[1200];
    snprintf(text, sizeof text,
             "%s\n\nVerslagen van de commissie voor de Verzoekschriften en de Burgerinitiatieven\n\n"
             "Verslag commissie Verzoekschriften en de Burgerinitiatieven\n\n"
             "Nummer: 2024D45402, datum: 2024-11-21, versie: 2\n\n36 615 Verslagen van de commissie voor de "
             "Verzoekschriften en de Burgerinitiatieven\n\nNr. 3 VERSLAG VAN DE COMMISSIE VOOR DE VERZOEKSCHRIFTEN "
             "EN DE BURGERINITIATIEVEN\n\nVastgesteld 21 november 2024\n",
             on);
    expect_meta(text, NULL, (want){"verslag", "2024-11-21", on, "kst-36615-3", ""});
    /* a page headed by its day */
    expect_meta("Commissievergaderingen op dinsdag 28 november 2023  Alle besluitpunten uitklappen\n\n"
                "1. Besluitenlijst CVO 31 oktober 2023\n",
                "2025-06-15", (want){"other", "2023-11-28", "", "", ""});
    /* a page's publication date when nothing else dates it; the document's date before it */
    expect_meta("Publicatiedatum:16 februari 2024\n\nDe Woo in de Kamer\n\nOp 15 februari 2024 vond het debat plaats.\n",
                "2025-06-15", (want){"other", "2024-02-16", "", "", ""});
    expect_meta("Verslag - Wet X\n\nDit verslag is onder nr. 4 toegevoegd aan dossier 36123 - Wet X.\n\n"
                "Kerngegevens\n\nPublicatiedatum 04-07-2009\nDocumentdatum 29-06-2009\n",
                NULL, (want){"verslag", "2009-06-29", "Verslag - Wet X", "kst-36123-4", ""});
    /* a site's "Selecteer een pagina" is no title */
    expect_meta("Selecteer een pagina\n\nArtikel 3.3b\n\nDe openbaarmaking geschiedt elektronisch.\n", NULL,
                (want){"other", "", "Artikel 3.3b", "", ""});
    /* a weekday without a year there: the reference date */
    expect_meta("Commissievergaderingen op dinsdag 28 november  Alle besluitpunten uitklappen\n\nTekst.\n",
                "2025-06-15", (want){"other", "2025-06-15", "", "", ""});
}

/* Review 11: an annex heading in capitals ("BIJLAGE 3. MOTIES EN
 * TOEZEGGINGEN") and a committee's inbreng headed by its document number
 * are titles in sentence case; a news headline quoting its speaker is no
 * label; an Eerste Kamer sitting whose speech names the Tweede Kamer stays
 * the Eerste Kamer's. */
static void test_review11_heads(void **state)
{
    (void)state;
    expect_meta("Base description which applies to whole site\n+Toon begrotingsfasen\n\n"
                "BIJLAGE 3. MOTIES EN TOEZEGGINGEN\n\nA. Door de Staten-Generaal aanvaarde moties\n\n"
                "De Tweede Kamer verzoekt de regering een plan te maken.\n",
                NULL, (want){"other", "", "Bijlage 3. Moties en toezeggingen", "", ""});
    expect_meta("2021D32728 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nBinnen de vaste commissie voor "
                "Economische Zaken en Klimaat hebben enkele fracties vragen over de brief.\n",
                NULL, (want){"verslag", "", "Inbreng verslag van een schriftelijk overleg", "", ""});
    expect_meta("Van Huffelen: \xE2\x80\x9CSociaal minimum BES geen haalbare kaart\xE2\x80\x9D\n\n"
                "Den Haag \xE2\x80\x93 Volgens de staatssecretaris is invoering geen haalbare kaart.\n",
                NULL,
                (want){"other", "", "Van Huffelen: \xE2\x80\x9CSociaal minimum BES geen haalbare kaart\xE2\x80\x9D",
                       "", ""});
    expect_meta("Verslag van de vergadering van 4 oktober 2022 (2022/2023 nr. 2)\n\nAan de orde is het debat.\n\n"
                "De heer Recourt:\n\nEen ondervragingscommissie van de Tweede Kamer beschreef hoe het misging.\n",
                NULL,
                (want){"handelingen", "2022-10-04", "Verslag van de vergadering van 4 oktober 2022",
                       "h-ek-20222023-2", ""});
}

/* a register page's deadline ("Uiterste datum") is no date of the page;
 * "Eerste Kamer der Staten-Generaal" alone above a report's heading leaves
 * the heading its title; an onderwerp flattened onto one line with the
 * letter's first words ends before them */
static void test_mot12_meta(void **state)
{
    (void)state;
    expect_meta("Toezeggingen\n\nToezegging evaluatie van de Jeugdwet (TZ202301-045)\n\nStatus: Openstaand\n"
                "Uiterste datum: 1 juli 2025\nBewindspersoon: Minister van Volksgezondheid, Welzijn en Sport\n\n"
                "De minister zegt toe de Kamer voor de zomer te informeren.\n",
                NULL, (want){"other", "", "", "", ""});
    expect_meta("Toezegging evaluatie van de Jeugdwet\n\nUiterste datum: 1 juli 2025\n", "2025-06-15",
                (want){"other", "2025-06-15", "Toezegging evaluatie van de Jeugdwet", "", ""});
    expect_meta("Eerste Kamer der Staten-Generaal\n\nVerslag van een schriftelijk overleg over de Wet open "
                "overheid\n\nVastgesteld 12 maart 2024\n\nDe leden van de commissie hebben kennisgenomen van de "
                "brief.\n",
                NULL, (want){"verslag", "2024-03-12", "Verslag van een schriftelijk overleg over de Wet open overheid",
                             "", ""});
    expect_meta("Den Haag, 3 april 2025\n\nBetreft: Voortgang van de aanpak van femicide Geachte voorzitter, hierbij "
                "informeer ik u over de voortgang.\n",
                NULL, (want){"brief", "2025-04-03", "Voortgang van de aanpak van femicide", "", ""});
    expect_meta("Den Haag, 3 april 2025\n\nBetreft: Voortgang van de aanpak van femicide. Hierbij informeer ik u "
                "over de voortgang.\n",
                NULL, (want){"brief", "2025-04-03", "Voortgang van de aanpak van femicide", "", ""});
    /* a stop inside a quoted title ends no onderwerp */
    expect_meta("Den Haag, 3 april 2025\n\nBetreft: Reactie op het rapport \xE2\x80\x98Werk aan de winkel. Een "
                "analyse\xE2\x80\x99 van de SER\n\nGeachte voorzitter,\n",
                NULL, (want){"brief", "2025-04-03",
                             "Reactie op het rapport \xE2\x80\x98Werk aan de winkel. Een analyse\xE2\x80\x99 van de SER",
                             "", ""});
    /* an abbreviation's stop ends no onderwerp */
    expect_meta("Den Haag, 3 april 2025\n\nBetreft: Uitvoering motie-Bikker c.s. over de Jeugdwet\n\nGeachte "
                "voorzitter,\n",
                NULL, (want){"brief", "2025-04-03", "Uitvoering motie-Bikker c.s. over de Jeugdwet", "", ""});
}

/* Handelingen of before 2011/12 on officielebekendmakingen: the item's
 * heading under the row that numbers it by its pages; a page under a
 * site's chrome titled by a numbered section heading */
static void test_mot12_heads(void **state)
{
    (void)state;
    expect_meta("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2007-2008nr. 52, pagina 3777-3782\n\nRegeling van werkzaamheden\n\n"
                "De voorzitter:\n\nIk stel voor, hedenmiddag ook te stemmen over de moties.\n",
                "2025-06-15",
                (want){"handelingen", "2025-06-15", "Regeling van werkzaamheden", "h-tk-20072008-3777-3782", ""});
    /* a sentence there is no heading */
    expect_meta("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2007-2008nr. 67, pagina 4709-4713\n\nAan de orde is het debat "
                "naar aanleiding van een algemeen overleg op 12 maart 2008 over de Regeling Agressieve Dieren.\n",
                "2025-06-15", (want){"handelingen", "2025-06-15", "", "h-tk-20072008-4709-4713", ""});
    /* a news report quoting a verslag ("De voorzitter: ... Aan de orde is"):
     * its dateline says what it is */
    expect_meta("Eerste Kamer in afwachting antwoord Knops op vragen over geschillenregeling\n\nDen Haag "
                "\xE2\x80\x93 De Eerste Kamercommissie voor Koninkrijksrelaties is in afwachting van de beantwoording "
                "van de vragen die zij aan staatssecretaris Knops heeft gesteld.\n\nHieronder het verslag.\n\n"
                "De voorzitter: Een goede morgen allemaal. Aan de orde is een brief van de staatssecretaris.\n",
                "2025-06-15",
                (want){"other", "2025-06-15",
                       "Eerste Kamer in afwachting antwoord Knops op vragen over geschillenregeling", "", ""});
    expect_meta("Direct naar (in deze pagina): inhoud, zoekveld of menu.\n\nRijksbegrotingsfasen\n2010\n\n"
                "8.1 Moties en Toezeggingen (per 15 juli 2009)\n\nAlgemeen\n\nIn behandeling zijnde toezeggingen\n",
                "2025-06-15", (want){"other", "2025-06-15", "8.1 Moties en Toezeggingen (per 15 juli 2009)", "", ""});
}

/* real13 kind 9: an annex the Kamer's site files with a letter ("Bijlage"
 * above its number, "Bijlage bij: <the letter> (2026D07142)") is part of
 * the letter: brief, not other; a page typed "Bijlage" that names no letter
 * stays other */
static void test_mot13_bijlage_bij(void **state)
{
    (void)state;
    expect_meta("Stand van zaken diverse moties en toezeggingen\nBijlage\nNummer: 2026D07143, datum: 2026-02-12, "
                "bijgewerkt: 2026-02-12 17:20, versie: 1\nDirecte link naar document (.docx), link naar pagina op de "
                "Tweede Kamer site.\nBijlage bij: Stand van zaken diverse moties en toezeggingen begrotingsbehandeling "
                "VWS 2026 (2026D07142)\nPreview document\nBijlage \xE2\x80\x93 Stand van zaken diverse moties en "
                "toezeggingen\nPassages van de minister van Volksgezondheid, Welzijn en Sport\n",
                NULL, (want){"brief", "2026-02-12", "Stand van zaken diverse moties en toezeggingen", "", ""});
    ki_docmeta m;
    const char *t = "Overzicht subsidies\nBijlage\nNummer: 2026D07143, datum: 2026-02-12, versie: 1\n\nDe tabel.\n";
    ki_docmeta_read(NULL, t, strlen(t), NULL, &m);
    assert_string_equal(m.kind, "other");
}

/* real14 kinds 4 and 6: a vergaderjaar inside a citation of the body ("(32820,
 * nr. 258, vergaderjaar 2017-2018)") is that citation's, not the document's:
 * the Handelingen metadata row still gives self and title; an Eerste Kamer
 * toezegging page that starts with its bare number ("T02423") has the
 * "Toezegging ..." line under it as title */
static void test_mot14_heads(void **state)
{
    (void)state;
    expect_meta("Handeling\n"
                "Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                "Tweede Kamer der Staten-Generaal2019-2020nr. 27, item 5\n\n"
                "5 Renovatie Binnenhof\n\n"
                "Aan de orde is het VAO Renovatie Binnenhof (AO d.d. 17/10).\n\n"
                "Mevrouw Beckerman (SP):\n\nVoorzitter. Ik verwijs naar de motie-Beckerman c.s. (32820, nr. 258, "
                "vergaderjaar 2017-2018).\n",
                "2019-11-26",
                (want){"handelingen", "2019-11-26", "Renovatie Binnenhof", "h-tk-20192020-27-5", ""});
    expect_meta("T02423\n\nToezegging Inschakeling onafhankelijke adviescommissie bij beoordeling (34.412)\n\n\n"
                "De minister van Onderwijs, Cultuur en Wetenschap zegt toe om een adviescommissie in te stellen.\n\n"
                "Kerngegevens\n\nNummer T02423\nStatus voldaan\n",
                "2025-06-15",
                (want){"other", "2025-06-15",
                       "Toezegging Inschakeling onafhankelijke adviescommissie bij beoordeling (34.412)", "", ""});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kst_letter),
        cmocka_unit_test(test_mot12_meta),
        cmocka_unit_test(test_mot13_bijlage_bij),
        cmocka_unit_test(test_mot14_heads),
        cmocka_unit_test(test_mot12_heads),
        cmocka_unit_test(test_kst_letter_ocr),
        cmocka_unit_test(test_kst_letter_budget_sub),
        cmocka_unit_test(test_kst_rijkswet),
        cmocka_unit_test(test_ek_letter),
        cmocka_unit_test(test_ek_memorie),
        cmocka_unit_test(test_kst_letter_website_onderwerp),
        cmocka_unit_test(test_motie),
        cmocka_unit_test(test_motie_names),
        cmocka_unit_test(test_gewijzigde_motie),
        cmocka_unit_test(test_motie_bare),
        cmocka_unit_test(test_verslag_commissiedebat),
        cmocka_unit_test(test_lijst_van_vragen),
        cmocka_unit_test(test_nota_nav_verslag),
        cmocka_unit_test(test_margin_letter),
        cmocka_unit_test(test_margin_letter_onderwerp),
        cmocka_unit_test(test_margin_spliced_ocr),
        cmocka_unit_test(test_margin_referentie),
        cmocka_unit_test(test_kenmerk_not_ours),
        cmocka_unit_test(test_letter_dated_at_foot),
        cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_beslisnota),
        cmocka_unit_test(test_beslisnota_ocr),
        cmocka_unit_test(test_aanhangsel),
        cmocka_unit_test(test_antwoord_letter),
        cmocka_unit_test(test_handelingen_item),
        cmocka_unit_test(test_handelingen_first_line),
        cmocka_unit_test(test_handelingen_running_header),
        cmocka_unit_test(test_handelingen_metadata_row),
        cmocka_unit_test(test_handelingen_vote_snippet),
        cmocka_unit_test(test_kst_title_lines),
        cmocka_unit_test(test_handelingen_pdf_head),
        cmocka_unit_test(test_margin_metadata),
        cmocka_unit_test(test_long_title),
        cmocka_unit_test(test_actor_parse),
        cmocka_unit_test(test_handelingen_page_numbered),
        cmocka_unit_test(test_header_layouts),
        cmocka_unit_test(test_ek_sitting_page),
        cmocka_unit_test(test_ek_roman_dossier),
        cmocka_unit_test(test_dossier_line),
        cmocka_unit_test(test_labelled_page),
        cmocka_unit_test(test_ek_glued_and_table),
        cmocka_unit_test(test_first_line_title),
        cmocka_unit_test(test_layouts_review5),
        cmocka_unit_test(test_layouts_review78),
        cmocka_unit_test(test_layouts_review9),
        cmocka_unit_test(test_handelingen_cover),
        cmocka_unit_test(test_title_under_menu),
        cmocka_unit_test(test_title_cut_at_word),
        cmocka_unit_test(test_page_onderwerp),
        cmocka_unit_test(test_layouts_meta10),
        cmocka_unit_test(test_review10_page_labels),
        cmocka_unit_test(test_answerer_is_signer),
        cmocka_unit_test(test_signer_portfolio_after_dash),
        cmocka_unit_test(test_review11_heads),
        cmocka_unit_test(test_phrase_lookup_head_and_past),
        cmocka_unit_test(test_phrase_past_index_every_offset),
        cmocka_unit_test(test_signer_after_last_closing),
        cmocka_unit_test(test_first_line_asked_once),
        cmocka_unit_test(test_signature_lines_short_and_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
