/*
 * docmeta.h - what a document says about itself: its kind, its own date,
 * its title, its own Kamerstuk number, its kenmerk and who signs it.
 *
 * ki_docmeta_read() looks at the head of the text (its first 4000 bytes,
 * indexed once by word start in one pass), the last 1500-2000 bytes (the
 * signature, a date at the foot), and the margin metadata of the ki_text;
 * never the rest.  Nothing is allocated: strings are copied into the fixed
 * fields; a title too long for its field is cut after its last whole word
 * that fits and marked with "…" (U+2026), never inside a UTF-8 sequence (a
 * kenmerk is cut unmarked).  The forms it reads:
 *   - Kamerstuk headers: "29 279 Rechtsstaat en Rechtsorde" (title lines may
 *     wrap; a joint document names a second dossier) with "Nr. 874 BRIEF VAN
 *     DE MINISTER ..." (also "Nr.874", "Nr, 874"), Eerste Kamer "E BRIEF ...",
 *     "D MEMORIE VAN ANTWOORD", sub-dossiers "36 600 XVI", "21 501-07", a
 *     rijkswet "(R2183)", an older number with its letter ("nr. 175a"; the
 *     number of the Kamerstuk it answers on the dossier's line, "26 976,
 *     nr. 1", is no title); kind from the heading (BRIEF, MOTIE, VERSLAG, LIJST
 *     VAN VRAGEN, (NADER) VOORLOPIG VERSLAG, ANTWOORD, the Eerste Kamer's
 *     BRIEFWISSELING a verslag; other headings other) (the heading on a line
 *     of its own under "Nr. 966" is in capitals: a sentence there is no
 *     heading); the Eerste Kamer's letter and heading parted by a column's
 *     blanks ("H      BRIEF VAN ..."); a heading in capitals whose line ends
 *     in "EN", "VAN", "DE" or "VOOR" goes on on the next line in capitals
 *     (past one blank line, as a PDF's text leaves it), and so does a last
 *     word or two in capitals with the letter's address or date below them
 *     ("... VAN DE WERKGROEP / ZELFEVALUATIE / Aan de Voorzitter ..."); "A /
 *     ADVIES RAAD VAN STATE EN NADER RAPPORT" (a letter's older use) is a
 *     heading; a copy that lost its dossier's lines ("Nr. F / VERSLAG VAN
 *     EEN SCHRIFTELIJK OVERLEG") keeps its heading as title; a
 *     heading in capitals that runs on into the text on its line ends where
 *     the capitals end; the Eerste Kamer's older layout with the letter on
 *     the dossier's line ("30300 VII A", the title below, then "VERSLAG VAN
 *     EEN MONDELING OVERLEG"); a whole header a transcript ran into one line
 *     ("Vergaderjaar 2005-2006 30300 VII A Vaststelling ... VERSLAG ...
 *     Vastgesteld ...") is read from a copy with its line ends put back;
 *     without a first page's header, the running head of the later pages on
 *     a line of its own ("Eerste Kamer, vergaderjaar 2026–2027, 36 702, H
 *     2", "Tweede Kamer, ..., 37 000 IX, nr. 2   143"; without a page
 *     number only when seen twice);
 *   - letters: "Datum 3 april 2025", "Datum: 03-04-2025", "Den Haag, 21
 *     februari 2022", "'s-Gravenhage, ..."; "Betreft"/"Onderwerp" (a value
 *     broken over lines is joined, also a line below written from the
 *     value's column; the letterhead's margin column beside it, after three
 *     blanks or a tab, and the letter's opening are left out); a Raad van
 *     State advice printed with its nader rapport ("... en het nader
 *     rapport d.d. 7 juli 2003") has the nader rapport's date; "Ons
 *     kenmerk", "Onze referentie", "Kenmerk" with the value on the line or
 *     below it (OCR splices of the margin into body lines included), never
 *     "Uw kenmerk" or a kenmerk in a sentence;
 *   - motions "Voorgesteld ...", verslagen "Vastgesteld ...", nota's
 *     "Ontvangen ...", Aanhangsel answers "(ontvangen ...)" / ", ontvangen
 *     ..." with the number line and "Vragen van het lid ..." as title (also
 *     "(Ingezonden ...)"; the chamber's "2" or "1" under "... der
 *     Staten-Generaal" is no number; a page run into one line gives both
 *     after "gegeven antwoorden": "... 2345 Vragen van ...");
 *   - Handelingen: "Tweede Kamer, 45e vergadering, donderdag 14 maart 2024"
 *     + "Vergaderjaar" + item line; "Vergaderjaar 2025-2026, nr. 24" + a day
 *     line + item line; the Kamer's running header "5 maart 2024 TK 58
 *     58-15-1" (vergaderjaar from the date, turning on Prinsjesdag; a
 *     column's blanks may stand inside it, "TK 16      16-7-1", and its
 *     date on the line above with the title between: "Tweede Kamer
 *     Funderend onderwijs   10 november 2026" over "TK 16   16-7-1"); the
 *     cover of a sitting (its table of contents) flattened to a line, "1
 *     Handelingen 2 Vergaderjaar ... 16 16de vergadering Religie en publiek
 *     domein ..." (the items its title, a date beside "16de vergadering" its
 *     date and, with it, h-tk-20092010-16);
 *     officielebekendmakingen's row "2019-2020 nr. 31, item 8" (before 2011/12
 *     "2007-2008nr. 67, pagina 4709-4713": h-tk-20072008-67); a first line
 *     "Handelingen II 2023/24, nr. 45"; "Vergadering van dinsdag ..."
 *     (also as the day line under "Vergaderjaar ..., nr. 24", whose item
 *     number may stand alone above its title); the
 *     Eerste Kamer's sitting page "Verslag van de vergadering van 16 mei 2023
 *     (2022/2023 nr. 31)" (h-ek-20222023-31, its date, the item before it);
 *     an older sitting's own opening, "76ste vergadering / Donderdag 1 mei
 *     1997" with "Voorzitter: X" or "Tegenwoordig zijn ..." below
 *     (h-tk-19961997-76, its date), also behind the Eerste Kamer's older
 *     stenogram's field marks ("*4: 1ste vergadering / *5: Dinsdag 30
 *     september 2003"); tweedekamer.nl's "Plenair verslag Tweede Kamer, 39e
 *     vergadering" over its date; the house is the one the header names in
 *     full ("Tweede Kamer der Staten-Generaal2012-2013nr. 13, item 7"), not
 *     the other one a speaker names; an older page's running head "Eerste
 *     Kamer 11 mei 1982", "Handelingen Eerste Kamer 1981-1982 11 mei 1982
 *     orde 2" (its date, when nothing before dates it); a first line that
 *     names the body that met and its "VERGADERING VAN 11 MAART 2015";
 *   - an Eerste Kamer dossier of its own, in Roman numerals ("CXXIV Verslag
 *     ..." with "G BRIEF VAN DE VOORZITTER ...": kst-CXXIV-G); a page about a
 *     document, "Onderdeel van kamerstukdossier 35334 -407" (kst-35334-407,
 *     also "21501 32-1691"); a page that labels it ("ID: 35394-48", "Bron:
 *     .../kst-35394-48.html", with "Nr. 48 BRIEF ..." (or "nr. 48" and the
 *     kind on the line below) and the onderwerp on the line after
 *     "Kamerstuk 35394-48", also when the header below gives the id); a
 *     page's Kerngegevens: its first line the title, "Dit voorlopig verslag
 *     is onder nr. D toegevoegd aan ..." the kind (brief, motie, verslag),
 *     "Documentdatum 29-06-2009" the date (a page's "Publicatiedatum: 16
 *     februari 2024" when nothing else dates it); the table row under "Dossier- en
 *     ondernummer" ("| ... | 36800-XVI nr. B |", an older number with its
 *     letter "25159 nr. 140b"); a footnote mark glued to an Eerste Kamer
 *     letter ("AE1 BRIEF");
 *   - openkamer's "Kamerstuk 21501-04-120" alone, confirmed by "Nr. 120
 *     VERSLAG ..." (the kind line under it is no title), its answered
 *     "Kamervraag ..." page ("Beantwoord ...", "Bron antwoord .../ah-tk-...");
 *     tweedekamer.nl's stenogram ("13 Wet open overheid" above "Vergaderjaar",
 *     "Vergaderingnummer 86"); eerstekamer.nl's "Parlementair jaar 2020/2021,
 *     26e vergadering" (also glued to the date line above it, which then
 *     dates the sitting: "... 25 september 2018Parlementair jaar ..."); "Vastgesteld16 april 2010" (glued), "Voorgesteld
 *     tijdens het Wetgevingsoverleg van 22 juni 2009"; "Betreft" only with
 *     its capital (not "Het\nbetreft daarbij ...");
 *   - a page headed by its day: "Commissievergaderingen op dinsdag 28
 *     november 2023" (a weekday and a full date in the first line);
 *   - a page whose first line is its title ("Kamerbrief over ...": a
 *     brief; "Rappelabele toezeggingen ...", "Korte aantekeningen ..."),
 *     under a site's navigation links or prompts ("Selecteer een pagina")
 *     or its menu (lines of one or two words, one a menu's: "Menu / Zoek op
 *     / rubriek / ..."), or under "Eerste Kamer der Staten-Generaal" alone,
 *     when nothing else gives one; else a numbered section heading near the
 *     top ("8.1 Moties en Toezeggingen (per 15 juli 2009)");
 *   - not the document's date: a deadline or plan ("Uiterste datum: 1 juli
 *     2025", "Beoogde datum"); an onderwerp flattened onto the letter's first
 *     words ends before "Geachte" or a sentence's full stop; a news report's
 *     dateline ("Den Haag – ...") makes it other;
 *   - the kind beslisnota from "beslisnota" above a letter's salutation
 *     ("Geachte voorzitter,": a letter that speaks of beslisnota's is a
 *     brief), "Geadviseerd besluit", "U wordt geadviseerd", "Nota aan de
 *     minister", or a nota "Ter beslissing" whose advice reads "Wij
 *     adviseren u" (a beslisnota named as a list's item, "- Beslisnota bij
 *     het verslag ...", goes with the document: no kind of its own); a
 *     verslag also without its heading from "De commissie brengt bijgaand
 *     verslag uit van het gevoerde (nader) schriftelijk overleg", from its
 *     opening "Het voorbereidend onderzoek ... heeft de commissie aanleiding
 *     gegeven tot het maken van ...", or from a page's type line "Verslag
 *     van een ..." or "Lijst van vragen" above its number (whatever
 *     letter of the answering body the list holds); a motie from a motion's text that opens
 *     the document without heading ("De Kamer, / gehoord de beraadslaging,
 *     / ... / en gaat over tot de orde van de dag."), not read out in a
 *     sitting.
 * The title is the onderwerp when the text or the PDF title
 * ("Dossier; Brief regering; Onderwerp") gives one (a first line "Brief
 * regering : X", "Inbreng verslag schriftelijk overleg : X" gives X, and a
 * "BIJLAGE" or "INBRENG" heading counts only in capitals; a page of the
 * Kamer's documents gives it on its first line, above the dossier's title and the
 * type line "Brief regering" / "Nummer: 2024D34636, ..."), else for a Kamerstuk
 * "DOSSIER TITLE; Heading in sentence case", else the Handelingen item, the
 * Aanhangsel question, a beslisnota's own first line, the PDF title, a
 * first line that stands alone as a heading (one word will do above a
 * page's dossier and type lines).  An onderwerp that only repeats the
 * header's heading ("Verslag ... : Verslag") does not replace it.  Offices
 * in headings keep their capitals ("minister voor Armoedebeleid,
 * Participatie en Pensioenen"), and so do bodies ("ALGEMENE REKENKAMER" ->
 * "Algemene Rekenkamer", "Raad van State"); a footnote mark glued to a
 * heading's last word ("HUIS VAN DE KONING1") is left out, and so is one
 * or two figures glued to the dossier title's last small letter or ')'
 * ("... de rechten van het kind1"; dossier_title loses it too).  A word broken at
 * a line end is whole again in what the head names ("Cultuur en Weten-
 * schap", "Konink- rijksrelaties" across the line end).
 *
 * ki_actor_parse() reads a written title at s ("de staatssecretaris van
 * Justitie en Veiligheid", "minister voor Rechtsbescherming",
 * "de minister-president", "Minister van VWS") and gives the abbreviation
 * ministries use (a static string: "SJenV", "MRb", "MP", ...), or NULL;
 * departments of earlier cabinets too ("Justitie" MJ, "Onderwijs, Cultuur
 * en Wetenschappen" MOCW, "Vreemdelingenzaken en Integratie" MVI, ...), and
 * with a name of up to four words between title and department ("minister
 * Adriaansens van Economische Zaken en Klimaat" MEZK).
 * Names in capitals are written with their capital first, also with a
 * Latin Extended-A letter ("KOŞER KAYA" -> "Koşer Kaya").
 */
#ifndef KI_DOCMETA_H
#define KI_DOCMETA_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

typedef struct ki_docmeta {
    const char *kind; /* static: brief, beslisnota, motie, antwoord, verslag,
                         handelingen, other */
    char date[11];    /* YYYY-MM-DD or "" */
    char title[256];  /* (cut at a word and marked "…" when longer)
                         the onderwerp ("Betreft", "Onderwerp"), else for a
                         Kamerstuk "DOSSIER TITLE; Heading" ("Rechtsstaat en
                         Rechtsorde; Brief van de minister van Justitie en
                         Veiligheid"), the item of Handelingen, the question
                         of an Aanhangsel answer; "" when none */
    char dossier_title[256]; /* Kamerstuk header: "Rechtsstaat en Rechtsorde" (cut
                                at a word and marked "…" when longer) */
    char self_id[64]; /* kst-29279-874 or "" */
    char self_dossier[16];
    char self_sub[8];
    char kenmerk[96];
    const char *signer; /* static abbreviation ("MJenV") or NULL; in a verslag the
                           bewindspersoon the committee met; in an answer to Kamervragen
                           the one its head names ("Antwoord van minister X
                           (Infrastructuur en Waterstaat)", a minister voor too; in the
                           first 3000 bytes its title written out, "Antwoorden van de
                           staatssecretaris van Financiën – Herstel en Toeslagen op vragen
                           van ..."), over the signature lines; in a "BRIEF VAN ..." the
                           one its signature in the last 1500 bytes names alone ("De
                           staatssecretaris Jeugd, Preventie en Sport,", a portfolio after
                           a dash: "De Staatssecretaris van Financiën - Herstel en
                           Toeslagen,"), else its heading's; in a text that is no "BRIEF
                           VAN", the one a committee's questions were "voorgelegd aan" (a
                           second one after "en": the cosigner) */
    const char *cosigner; /* a letter signed by two: the other one ("SOCW"), or NULL */
    bool answered; /* a committee's questions "voorgelegd aan" a bewindspersoon, printed
                      with the answers (a lijst van vragen en antwoorden): the answers
                      are that one's letter, not a report of a meeting */
    char debate_date[11]; /* verslag: "heeft op 2 oktober 2024 overleg gevoerd",
                           * "Verslag van een commissiedebat, gehouden op 8 februari 2024" */
    char prior_date[11]; /* Handelingen of a follow-up debate: the date of the committee
                            debate it follows ("tweeminutendebat X (CD d.d. 24/09)",
                            "debat naar aanleiding van een algemeen overleg op 27 maart
                            2008"), where earlier promises were made; else "" */
    size_t body_start;  /* where the header block ends (0 when none) */
} ki_docmeta;

/* Fills m from t (buf/len: t's text, possibly repaired to valid UTF-8).
 * ref_date ("YYYY-MM-DD" or NULL) is used when the text states no date. */
void ki_docmeta_read(const ki_text *t, const char *buf, size_t len,
                     const char *ref_date, ki_docmeta *m);

/* See above.  *consumed is set to the bytes of s read (title and
 * department); NULL and 0 when s does not start with a title. */
const char *ki_actor_parse(const char *s, size_t n, size_t *consumed);

/* The abbreviation itself when s[0..n) is one ("SJenV", "MBZK", "MP"),
 * as a static string; NULL otherwise. */
const char *ki_actor_abbrev(const char *s, size_t n);

/* The other rank of the same ministry: "SJenV" for "MJenV" and back, as a
 * static string; NULL when abbrev is neither of a ministry. */
const char *ki_actor_other_rank(const char *abbrev);

/* The bewindspersoon of rank ('M' minister, 'S' staatssecretaris) over the
 * chapter sub of the Rijksbegroting in dossier ("36600", "XVI": the
 * minister of VWS, "MVWS"), as a static string: a motion or report on a
 * budget says "de minister" without its ministry.  NULL when sub is no
 * chapter of one ministry. */
const char *ki_chapter_actor(const char *dossier, const char *sub, char rank);

/* For tests (tests/test_speed14.c): whether only blanks (and no-break
 * spaces) stand before s[i] on its line, as the readers above ask it. */
bool ki_docmeta_at_line_start(const char *s, size_t i);
/* For tests: the first place in s[from..to) where phrase p (any case, ' '
 * any run of blanks, a whole word at both ends) begins, (size_t)-1 when
 * none, with s[0..n) indexed as ki_docmeta_read() indexes it (to <= n) */
size_t ki_docmeta_find_phrase(const char *s, size_t n, size_t to, size_t from, const char *p);

#endif
