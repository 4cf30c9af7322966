/*
 * patterns.c - the one table of reference patterns, with their examples.
 *
 * Building blocks first (macros, so that each row reads as the grammar of
 * one form), then the table.  Written for the language, not for a corpus:
 * blanks may be line breaks or no-break spaces, dashes may be en dashes,
 * scanners turn "II" into "11" or "Il", and margin text or footnote numbers
 * may be glued on.  Every quantifier is bounded.
 */
#include "patterns.h"

/* a blank: ASCII white space or U+00A0 */
#define B     "[\\s\\x{a0}]"
#define B0    B "{0,40}"
#define B1    B "{1,40}"
/* between the parts of a reference: blanks and , ; : */
#define SEP   "[,;:\\s\\x{a0}]{0,40}"
#define DASH  "[-\\x{2010}-\\x{2015}\\x{2212}]"

/* "Kamerstukken", "Kamerstuk", "Kamerstuknummer", "Kamer-\nstukken",
 * "Kamer\u00ADstukken" (a soft hyphen), "Kst.", "TK", "EK" */
#define KSTW  "(?:[Kk]amer(?:-" B0 "|\\x{ad})?stuk(?:ken|nummers?)?|KAMERSTUK(?:KEN)?|Kst\\.?|TK|EK)"
/* chamber, with the scanner's misreadings of II */
#define CH    "(?<ch>II|Il|lI|ll|11|I|l|1)(?![\\w])"
/* vergaderjaar 2019/20, 2023-2024, 2021/2022 */
#define YEAR  "(?<y1>(?:19|20)\\d\\d)" B0 "(?:/|" DASH ")" B0 "(?<y2>(?:19|20)?\\d\\d)(?!\\d)"
#define PREFIX \
    "(?:(?<pre>" KSTW ")(?:" B1 CH "(?:/II)?)?" SEP "(?:(?:vergaderjaar" B1 ")?" YEAR SEP ")?(?:Kenmerk" B1 ")?" \
    "|(?<chname>Tweede|Eerste)" B1 "Kamer" SEP "(?:vergaderjaar" B1 ")?" YEAR SEP ")"
/* dossier: 35 300, 35300, 36\n410; after a prefix also 35.300 */
/* (a scanner's "l" for one "1" of the last three: "Kamerstukken 11 2009/10,
 * 32 l23 VIII, nr, 41"; after a prefix only) */
#define DOS_P "(?<dos>\\d{2}[ \\x{a0}\\n.]?(?:\\d{3}|l\\d\\d|\\dl\\d|\\d\\dl))(?!\\d)"
/* in brackets also with the Eerste Kamer's thousands dot: "(35.526, BH)" */
/* (a table cell glued to the one before, "vertegenwoordigd zijn.30 252, nr. 4",
 * may follow a word's full stop, not a figure's) */
#define DOS_B "(?<dos>[1-3](?<![\\w,/\\x{20ac}$\\x{a0}-][1-3])(?<![^a-z]\\.[1-3])(?<!^\\.[1-3])(?<!EUR [1-3])(?<!\\x{20ac} [1-3])\\d" \
    "(?:[ \\x{a0}\\n]|(?<=\\(\\d\\d)\\.)?\\d{3})(?!\\d)"
/* sub-dossier: -XV, " IV", -07, -B */
#define SUBR  "(?:[IVXL]{1,7}(?: ?[A-Z])?|[A-Z])(?![\\w])"
/* a two-digit sub ("21 501-07") is the document's number instead when
 * the number after it repeats it: "ID: 35394-48\n\nNr. 48 BRIEF ..." is
 * kst-35394-48, not a sub-dossier 48 */
#define SUB \
    "(?:" B0 DASH B0 "(?<sub>" SUBR "|(?<s2>\\d{2})(?![\\w])" \
    "(?!" B0 "(?:[Nn]r|NR)\\.?" B0 "\\k<s2>(?![\\w])))|" B1 "(?<sub>" SUBR "))?"
#define RW    "(?:" B0 "\\(" B0 "(?<rw>R" B0 "\\d{3,4})" B0 "\\))?"
/* a rijkswet number inside a compact id: "23908-(R1519)-131" */
#define RWC   "(?:\\(" B0 "(?<rw>R" B0 "\\d{3,4})" B0 "\\)" DASH ")?"
/* Eerste Kamer letters: "E", "AR", a list "E en G", "E, F en G" */
#define LETTERS "(?<nrs>[A-Z]{1,2}(?![\\w])(?:(?:" B0 "," B0 "|" B1 "en" B1 ")[A-Z]{1,2}(?![\\w])){0,6})"
/* the second dossier of a joint document: "22 112 / 31 544, CK", and
 * without the slash "(35526 25295, CG)" (two numbers of five digits) */
#define JOINT "(?:" B0 "/" B0 "(?<dos2>\\d{2}[ \\x{a0}.]?\\d{3})|(?<=\\(\\d{5}) (?<dos2>\\d{5}))(?!\\d)"
/* the dossiers of a joint Kamerstuk, listed: "35 234, 35 235, 35 236 en
 * 35 237, nr. 7" (filed under the first, as "35 234/35 235, nr. 7") */
#define JOINTL "(?:" B0 "(?:/|,|en(?![\\w]))" B0 "(?<dos2>\\d{2}[ \\x{a0}.]?\\d{3})(?!\\d)(?!" B0 DASH "))" \
    "{1,6}(?=" B0 "[,;(]?" B0 "(?:[Nn][ro]|NR|[Nn]ummer|letter|[A-Z]{1,2}(?![\\w])|R))"
/* nr. / nrs. / nr.s / nummer / no. (OCR: "nr,", and "rn" for an "m":
 * "nurnmer", "nurnrner") */
#define NRW   "(?:(?:[Nn]r\\.s|[Nn]rs?|NRS?)(?: ?[.,])?|[Nn]u(?:m|rn){2}ers?|[Nn]os?\\.)" B0
/* 520 | 520 en 548 | 12, 14 en 19 | 1-3 | E */
/* a number; "12 345" and "12,5" are not one, but a footnote line "\n2 Kamerstukken"
 * may follow */
#define NRITEM "\\d{1,4}(?![\\w])(?![ \\t\\x{a0}]{1,8}\\d)(?!,\\d)"
/* the first number, also glued to the next cell's first word, as flattened
 * tables leave it ("nr. 72De motie is afgedaan"): a capital and a small
 * letter end it; a small letter may follow it (an older number's letter,
 * "nr. 175a", or no number: ki_canon_kamerstuk() tells, nr_letter()) */
#define NRFIRST "\\d{1,4}(?![\\d_]|[A-Z](?![a-z]))(?![ \\t\\x{a0}]{1,8}\\d)(?!,\\d)"
#define NRLIST \
    "(?<nrs>(?:" NRFIRST "|[A-Z]{1,2}(?![\\w]))" \
    "(?:" B0 "(?:,|&|en|t/m|tot" B1 "en" B1 "met|" DASH ")" B0 "(?:(?:[Nn]rs?|NRS?)[.,]?" B0 ")?" \
    "(?!(?:19|20)\\d\\d" B0 "[/-])" NRITEM ")*)"

/* a plain blank run, where a row must stay short (MOTION_OF) */
#define S1    "\\s{1,8}"

/* names of members: "Van der Werf", "Inge van Dijk", "Kostić", "LAÇIN" */
#define UPW   "[A-Z\\x{c0}-\\x{d6}\\x{d8}-\\x{de}\\x{100}-\\x{17e}][a-zA-Z\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{17f}'\\x{2019}]{1,25}"
#define PFXW  "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|In|in(?= ['\\x{2019}]t)|'t|\\x{2019}t|[Oo]p|[Ll]a|[Ll]e|[Dd]u|[Ee]l|VAN|DE|DER|DEN|TER|TEN|TE|OP|EL|LA|LE|DU)(?![\\w\\x{c0}-\\x{17f}])"
#define STOPW "(?:Kamer|Kamerstuk|Kamerstukken|Tweede|Eerste|Regering|Minister|Staatssecretaris|Handelingen|" \
    "In|Het|De|Deze|Dit|Die|Dat|Zie|Over|Met|Op|Voor|Ook|En|Om|Hierin|Hiermee|Daarmee|Daarin|" \
    "Daarnaast|Bij|Als|Zoals|Uit|Wat|Ik|We|Wij|Er|Na|Naar|Tot|Toezegging|Motie|Nr|Nrs|TK|EK|Kst" \
    "|Vindplaats|Omschrijving|VERVANGING|Vervanging" /* "... TIELEN TER VERVANGING VAN DIE ..." */ \
    "|[IVXLCDM]{2,8})(?![\\w])" /* a table's header ("Omschrijving van de motie /
                                  * Vindplaats / Stand van zaken"); a Roman numeral:
                                  * "de motie CLVI, letter M" */
#define GIVEN "(?:[A-Z][a-z\\x{e0}-\\x{ff}]{1,15}|[A-Z]{2,15})" B1 "(?=(?:[a-z]{1,3}|VAN|DE|DER|DEN|TER|TEN)" B1 ")"
/* capitalised words that are no part of a name after it: the words of a
 * status column, which a table flattened to one line may put right after a
 * name ("Motie Bikker Afgedaan met brief ..."), a motion's own opening words
 * ("Motie Van Hijum Verzoekt de regering"), words that open a sentence
 * whose full stop got lost, and the country */
#define STATW "(?:Afgedaan|Afgerond|Uitgevoerd|Uitvoering|Aangenomen|Verworpen|Aangehouden|Ingetrokken|Gewijzigd|" \
    "Stand|Status|Lopend|Loopt|Vervallen|Nog|Niet|Wordt|Worden|Is|Zijn|Was|Verzoekt|Constaterende|Overwegende|" \
    "Eerder|Reeds|Inmiddels|Momenteel|Thans|Nu|Verder|Wel|Dan|Toen|Sinds|Tijdens|Vanwege|Gelet|Gezien|Door|Aan|" \
    "Hier|Daar|Maar|Want|Dus|Echter|Omdat|Indien|Wanneer|Waarin|Waarbij|Waarmee|Zij|Hij|Nederland)(?![\\w])"
/* "Van der Werf", "Inge van Dijk", "M.B. Vos", "Mei Li Vos", "Faber-van de
 * Klashorst": a given name or initials, prefixes, a surname that may be
 * double ("-van de ..."), and at most two more capitalised words when a
 * sponsor list goes on after them, or when the sentence goes on right
 * after them, one plain space apart ("de motie van het lid Mei Li Vos is
 * aangenomen", "het lid Jan Paternotte verzoekt"): a capitalised word
 * before a lower-case one in the middle of a sentence is part of the name */
/* initials: "M.B.", and the ones of two or three letters that Dutch
 * writes for one sound or a long name: "Th.C.", "Chr.", "Ph.", "Tj.",
 * "IJ.", "Sj.", "Joh.", "Jac.", "Wm." */
#define INITIAL "(?:[A-Z]|Th|Ph|Ch|Chr|Tj|Sj|IJ|Ij|Joh|Jac|Wm)\\."
#define NAME  "(?:" GIVEN "|" INITIAL "(?: ?" INITIAL "){0,3}" B0 ")?(?:" PFXW B1 "){0,3}(?!" STOPW ")(?!" PFXW ")" UPW \
    "(?:" DASH "(?:" PFXW B1 "){0,3}(?:[A-Z]" DASH ")?" UPW ")?" /* "Tjon-A-Fat" */ \
    "(?:(?:" B1 "(?!" STOPW ")(?!" STATW ")" UPW "){1,2}(?=" B0 "(?:\\(|/|,|&|[cC]\\.)|" B1 "(?:en|EN|over|met|inzake)" B1 ")" \
    "|(?: (?!" STOPW ")(?!" STATW ")(?!" PFXW ")" UPW "){1,2}(?= [a-z]| ?[.;:](?:\\s|$))" \
    /* a motion's header in capitals ends its line: "MOTIE VAN HET LID MEI LI VOS" */ \
    "|(?<=[A-Z\\x{c0}-\\x{de}]{2})(?: (?!(?:OVER|INZAKE|VOORGESTELD|TER|EN|KAMER|MOTIE)(?![\\w]))(?!" PFXW ")" \
    "[A-Z\\x{c0}-\\x{de}]{2,25}(?![\\w])){1,2}(?=[ \\t]*(?:\\r?\\n|$)))?"
/* not a party: "(Kamerstuk ...", "(Handelingen ...", "(zie ...", the motion
 * replaced ("(t.v.v. 35570-VIII-50)", "(was nr. 50)"), an Eerste Kamer
 * letter ("(letter F)"), a number
 * ("(36600-V-32)", "(36 600)", "(12)"; "(50PLUS)" is a party) */
#define PARTY "(?:" B0 "\\((?!" B0 "(?:[Kk]amerstuk|[Ss]tuk|Kst|nr|TK|zie|Handelingen|Aanhangsel|\\d+" B0 "\\)" \
    "|\\d\\d[ \\x{a0}.]?\\d|t\\.?" B0 "v\\.?" B0 "v|ter" B1 "vervanging|was" B1 "|letter" B1 "|[^)]{0,30}?\\d{3}))" \
    B0 "[A-Za-z0-9][A-Za-z0-9\\x{c0}-\\x{17f}/&.'\\- ]{0,28}?" B0 "\\))"
/* (a footnote mark glued to the name before the party: "het lid Ozutok1 (GroenLinks)") */
#define SPONSOR NAME "(?:\\d{1,2}(?=" B0 "\\())?" PARTY "?"
/* the sponsors: the second and later are a call of the first's group "sp"
 * ((?&sp)), which keeps the rows that hold a list short */
/* a member named as in a debate ("de heer Jansen en mevrouw Pietersen"):
 * the title before a later sponsor; the speaker as one of them ("van
 * mevrouw Kuik en mij", "van mevrouw Van Toorenburg en ondergetekende") */
/* a member no more, or then: "het voormalig lid X", "het toenmalige
 * Kamerlid X", "het oud-Kamerlid X", "de voormalige leden X en Y" */
#define FORMER "(?:voormalige?|toenmalige?|VOORMALIGE?|TOENMALIGE?)" B1 "|oud-|OUD-"
#define TITLE "(?:de" B1 "heer|mevrouw|het" B1 "(?:[Kk]amer)?lid)" B1
#define ME    "(?:mij|mijzelf|ondergetekende)(?![\\w])"
#define NAMELIST \
    "(?<sp>" SPONSOR ")(?:" B0 "(?:,|/|&|(?:en|EN)(?![\\w]))" B0 "(?:" TITLE ")?(?&sp)" \
    "|" B1 "en" B1 ME ")*(?:" B0 ",?" B0 "(?:[cC]\\." B0 "[sS]\\.|cs(?![\\w]))" PARTY "?)?" /* "Tielen c.s. (VVD)", "Bikker cs" */

/* who is promised, or how, between "zeg ik" and "toe": "zeg ik u graag
 * toe", "Ik zeg uw Kamer hierbij toe" */
#define TOWHOM "(?:u|uw" B1 "Kamer|de" B1 "Kamer|haar|hem|hierbij|daarbij|daarom|graag|wel|ook|tevens|bovendien|verder|dan|nu|alvast)"
/* a member addressed in a debate: "de heer Soepboer", "mevrouw Van der Plas" */
#define MEMBER "(?:de" B1 "heer|mevrouw|het" B1 "lid)(?:" B1 "(?:[A-Z][^\\s.;:?!]{0,25}|van|der|de|den|ter|'t)){1,4}"

/* a word of a clause that does not deny or defer what follows ("is de motie
 * ... uitgevoerd", not "is nog niet / deels ... uitgevoerd"); "nr." too */
#define WORDX "(?!(?:niet|nog|of|wordt|worden|kan|zal|geen|deels|gedeeltelijk|grotendeels)(?![\\w]))" \
    "(?:nr\\.|c\\.s\\.|[^\\s.;:?!]{1,30})"

static const ki_example ex_kst_full[] = {
    /* an Eerste Kamer letter ends its footnote, the next one's number follows on its line */
    {"2 Kamerstukken I 2026/27, 36 702, F\n3 Kamerstukken I 2026/27, 36 702, G", "kst-36702-F kst-36702-G"},
    {"Kamerstukken II 2019/20, 35 300-XV, nr. 28", "kst-35300-XV-28"},
    /* a document of both Kamers: the Eerste Kamer's letter and the Tweede Kamer's number */
    {"(Kamerstukken I/II 30 953, A en nr. 1)", "kst-30953-A kst-30953-1"},
    {"Kamerstukken II, 2023-2024, 28345, nr. 278", "kst-28345-278"},
    {"| Motie Bikker | 36 600 XIII nr. 61 | afgedaan |", "kst-36600-XIII-61"},
    {"(Kamerstuk II, 29279, nr. 889)", "kst-29279-889"},
    {"Kamerstuk 29279, nr. 891", "kst-29279-891"},
    {"bij de motie (28345, nr. 274) gevraagd", "kst-28345-274"},
    {"Kamerstukken I 2021/22, 35 925, nr. E", "kst-35925-E"},
    {"(Kamerstukken I 2019/20, 35 099 (R2120), D)", "kst-35099-D"},
    {"(Kamerstukken I 2024/25, 36 546, E en G)", "kst-36546-E kst-36546-G"},
    {"(36 546, E, F en G)", "kst-36546-E kst-36546-F kst-36546-G"},
    {"Kamerstukken II 2021/2022, 35 925 IV, nr. 26", "kst-35925-IV-26"},
    {"kamerstuk 29 200 VIII, nr. 72De motie is afgedaan met brief d.d. 29 september 2005.", "kst-29200-VIII-72"},
    {"de agenda (21 501-07, nr. 1750) is", "kst-21501-07-1750"},
    {"TK 2008-2009, 31473, nummer 25", "kst-31473-25"},
    /* a scanner's "rn" for "m" */
    {"(TK 2007-2008, 27 923, nurnmer 64)", "kst-27923-64"},
    {"de brief, TK 2008-2009, 31 289, nurnmer\n  62, en", "kst-31289-62"},
    {"Kamerstukken II 2015/16, 34 356 (R2064), nr. 3", "kst-34356-3"},
    {"wijziging 23 908 (R 1519), nr. 12.", "kst-23908-12"},
    {"Kamerstukken II 2022/23, 31 322, nrs. 520 en 548", "kst-31322-520 kst-31322-548"},
    {"Kamerstuk 31 322, nr.s 520 en 548", "kst-31322-520 kst-31322-548"},
    {"Kamerstukken II 2024/25, 36 600, nrs. 1-3", "kst-36600-1 kst-36600-2 kst-36600-3"},
    {"Kamerstukken II 2015/16, 34 300 VI, nr. 6, p. 15; nr. 7", "kst-34300-VI-6 kst-34300-VI-7"},
    {"Kamerstukken II 2023/24, 36 410, nr. 5, blz. 3\xE2\x80\x93" "4 en nr. 6.", "kst-36410-5 kst-36410-6"},
    {"Kamerstukken 11 2022/23, 32 793, nr. 640.", "kst-32793-640"},
    {"Kamerstukken Il 2021/22, 35 830 XVI, nr, 45", "kst-35830-XVI-45"},
    {"(Kamerstukken 11 2009/10, 32 l23 VIII, nr, 41)", "kst-32123-VIII-41"},
    {"verlengen.6Kamerstukken II 2023/24, 36 410 XVI, nr. 8.", "kst-36410-XVI-8"},
    {"(Kamerstuk\n\n29279, nr. 891)", "kst-29279-891"},
    {"(Kamerstukken II 2023\xE2\x80\x93" "2024, 36 200\xE2\x80\x93XVI, nr. 12)", "kst-36200-XVI-12"},
    {"(Kamerstukken II 2023/24, 36\n410 VIII, nr. 88)", "kst-36410-VIII-88"},
    {"[^11] Kamer-\nstukken II 2023/24, 29 279, nr. 874.", "kst-29279-874"},
    {"(Kamerstukken II 2020/21, 35 570 VIII, nr. 5, blz. 7)", "kst-35570-VIII-5"},
    {"(Kamerstukken II 2023/24, 36 560 VI, nr. 1, p. 12 en 13)", "kst-36560-VI-1"},
    {"Kamerstukken II 2024/25, 32 847, nrs. 1101\xE2\x80\x93" "1103", "kst-32847-1101 kst-32847-1102 kst-32847-1103"},
    {"Kamerstukken I 2021/22, 35 925 VI, nr. C", "kst-35925-VI-C"},
    {"(Kamerstukken II 2023/24, Kenmerk\n29 279, nr. 898)", "kst-29279-898"},
    {"Kamerstukken II, 2023-2024, 36 200-XVI, nr. 12 en 36 410-XVI, nr. 8.", "kst-36200-XVI-12 kst-36410-XVI-8"},
    {"Tweede Kamer, vergaderjaar 2019-2020, 35 300 XV, nr. 28", "kst-35300-XV-28"},
    {"(Kamerstukken\xC2\xA0II\xC2\xA0" "2023/24, 29\xC2\xA0" "279, nr.\xC2\xA0" "893)", "kst-29279-893"},
    {"Kamerstukken II 2023/24, 25 424, nrs. 12, 14 en 19", "kst-25424-12 kst-25424-14 kst-25424-19"},
    {"(Kamerstukken II 2024/25, 31 839, nr. 1040 en nr. 1046)", "kst-31839-1040 kst-31839-1046"},
    {"(Kamerstukken I 2023/24, 36 171, B)", "kst-36171-B"},
    {"Zie Kamerstukken I 2017/18, CXXIV, A voor de toezegging.", "kst-CXXIV-A"},
    {"in de brief (35925 VII / 35925 IV, A) staat", "kst-35925-VII-A kst-35925-IV-A"},
    {"de nadere memorie (36 011 (R2183), E) is daarop ingegaan", "kst-36011-E"},
    {"(Kamerstukken I 2024/25, 36 273, D) en de nadere memorie (36 273, F)", "kst-36273-D kst-36273-F"},
    {"bio-industrie (28 973, nr . 23) is verworpen", "kst-28973-23"},
    {"__________\n1Kamerstuk 29 023, nr. 540\n2 Kamerstukken II 2024/25, 36 600 XXIII, nr. 2\n",
     "kst-29023-540 kst-36600-XXIII-2"},
    {"(Kamerstukken II 1999/2000, 26 800 IX B, nr. 9)", "kst-26800-IXB-9"},
    {"het stelsel (Kamer\xC2\xADstukken II 2023/24, 32 140, nr. 178).", "kst-32140-178"},
    {"Kamerstukken II 2023/24, 31 293, nr. 712 en 2024/25, 31 293, nr. 730.",
     "kst-31293-712 kst-31293-730"},
    {"de motie-Van Hattem c.s. over ic-capaciteit (25295, letter AR);", "kst-25295-AR"},
    {"Dan stemmen we over de motie 25295, letter AS, de motie van het lid Van Hattem", "kst-25295-AS"},
    {"de motie-Mei Li Vos c.s. over een digitaal quorum (CLVI, letter M);", "kst-CLVI-M"},
    {"We stemmen over de motie CLVI, letter P, de motie van het lid Faber", "kst-CLVI-P"},
    {"de brief van 25 april 2016 (EK 34300 VII, E). De commissie", "kst-34300-VII-E"},
    {"het eindrapport evaluatie (32419, R) voor kennisgeving", "kst-32419-R"},
    {"Kamerstukken I 2008/09, 22 112 / 31 544, CK, p. 2:", "kst-22112-CK kst-31544-CK"},
    {"Toezending conceptversie richtlijn (22.112 / 31.544, CK) (T01237)", "kst-22112-CK kst-31544-CK T01237"},
    /* the plural "Kamerstukken A en B, nr. N": nr. N in each */
    {"(Kamerstukken 35 234, 35 235, 35 236 en 35 237, nr. 7)", "kst-35234-7 kst-35235-7 kst-35236-7 kst-35237-7"},
    {"Kamerstukken 35 234 en 35 235, nr. 7", "kst-35234-7 kst-35235-7"},
    {"(Kamerstukken 33 576 en 26 407, nr. 254);", "kst-33576-254 kst-26407-254"},
    {"(Kamerstukken 35 687 en 35 688 (R2151), nr. 14);", "kst-35687-14 kst-35688-14"},
    {"(31 031/29 949, nr. 19)", "kst-31031-19"},
    /* the Eerste Kamer's thousands dot; a joint letter without the slash */
    {"Motie-Van der Voort (D66) c.s. over de zorg (35.526, BH)", "kst-35526-BH"},
    {"de brieven van 17 september jl. (35526 25295, CG) (agendapunt 3).", "kst-35526-CG kst-25295-CG"},
    {"de brieven van 14 september jl. (35526 / 25295, CH).", "kst-35526-CH kst-25295-CH"},
    {"de motie-Essers c.s. (Kamerstuk 30 306/30 307, letter D) aanvaard", "kst-30306-D kst-30307-D"},
    {"De motie op stuk 21501-32, nr. 672 wordt aangehouden.", "kst-21501-32-672"},
    {"de moties op stuk 21501-32, nrs. 672 en 673", "kst-21501-32-672 kst-21501-32-673"},
    {"haar motie op stuk 21501-32, nr. 672 en de motie op stuk 31066, nr. 166 opnieuw aan te houden",
     "kst-21501-32-672 kst-31066-166"},
    /* the same without the comma */
    {"De motie op stuk 21501-32 nr. 672 wordt aangehouden.", "kst-21501-32-672"},
    {"de moties op stuk 21501-32 nrs. 672 en 673", "kst-21501-32-672 kst-21501-32-673"},
    {"Zie Kamerstuk 29279 nr. 889.", "kst-29279-889"},
    {"(Kamerstukken II 2023/24 36410 nr. 5)", "kst-36410-5"},
    {"(Kamerstuk 21501-32 nr. 674)", "kst-21501-32-674"},
    {NULL, NULL},
};
static const char *const nx_kst_full[] = {
    "Het budget bedraagt EUR 29.279, nr. 4 van de reeks",
    "kamerstuk 29 200 VIII, nr. 72AB van het register",
    "De subsidie bedraagt \xE2\x82\xAC 28.345,00 per jaar",
    "bel 070-3407911 of 088 - 123 45 67",
    "Op grond van artikel 3, lid 5, van de Wet",
    "Turfmarkt 147\n2511 DP Den Haag\nPostbus 20301",
    "Ons kenmerk 4132817-1084052-DMO",
    "29,3% ten opzichte van 2022",
    "In 2023/24 ging het om 1.750 opleidingen",
    "(Stb. 2023, 45); (Stcrt. 2023, 18279)",
    "Kamer van Koophandel onder nummer 27364091",
    "het wetsvoorstel (36 123) is behandeld",
    "Kamerstuk II, 2024D38217",
    "Zie bijlage (\xE2\x82\xAC 36 123, A) en (36 123 euro, B).",
    "In 2023/24, 31 293 aanvragen, nr. 4 van de lijst",
    "de gemeente telt 36 011 inwoners, E) overige",
    "nr. 540 2024 en nr. 12 345",
    "zie bijlage 2, letter b, en artikel 3, lid A",
    "artikel 12, onderdeel C, letter A van de wet",
    "het bedrag van \xE2\x82\xAC 25.295, letter A",
    "(MCLVI, letter M) en CLVI letter M",
    "Het tekort (35.526 euro, B) is groot.", "Het bedrag (\xE2\x82\xAC 35.526, BH) en (35.526,00, A).",
    "de datum (10.12.2008, A)", "(25 000 12 500, B)", "(2021 12345, A)", "Zie (tabel 3 35526, A).",
    "Op grond van artikel 3, lid 5 (35.526 euro)",
    "Het bedrag van EUR 21501-32 nr. 672 is hoog.", "De periode 2019-20 nr. 3 van de reeks.",
    "Bel 070-34 nr. 5 of 06-12 nr. 4.", "Zie stuk 2024-25 nr. 3 en stuk 12-3 nr. 4.",
    NULL,
};

static const ki_example ex_kst_compact[] = {
    {"(31 700-XIV-126/2009D07382)", "kst-31700-XIV-126 2009D07382"},
    {"Het verzoek (31 700-XIV-126) kwam later.", "kst-31700-XIV-126"},
    {"de motie van het lid Ten Hoopen (Kamerstuk 32 123 XIII-17)", "kst-32123-XIII-17"},
    {"Kamerstuk 21501-32-1740", "kst-21501-32-1740"},
    {"verwijs ik naar Kamerstuk 21501-33-1084.", "kst-21501-33-1084"},
    {"Motie t.v.v. 31497-297", "kst-31497-297"},
    {"De motie 32793-812 is uitgevoerd.", "kst-32793-812"},
    {"Kamerstuk 29279-889", "kst-29279-889"},
    {"(Kamerstuk 31 322-481)", "kst-31322-481"},
    {"onder Kamerstuknummer 36 410-XV-5 gepubliceerd", "kst-36410-XV-5"},
    {"Kamerstukken II 2023/24, 36200-XVI-12", "kst-36200-XVI-12"},
    {"de geannoteerde agenda (21501-32-1745)", "kst-21501-32-1745"},
    {"31497-305 Gewijzigde motie van de leden Westerveld en Ceder", "kst-31497-305"},
    {"moties zijn vervallen: 35300-XII-53; 34348-74; 21501-08-765.",
     "kst-35300-XII-53 kst-34348-74 kst-21501-08-765"},
    {"hun moties op de stukken 36 600-XVI-77 en 21501-31-702 aan te houden",
     "kst-36600-XVI-77 kst-21501-31-702"},
    {"de moties op stuk 29279-889, 29279-890 en 31497-297", "kst-29279-889 kst-29279-890 kst-31497-297"},
    {"zijn goedgekeurd: 34722-1; 33997-95; 23908-(R1519)-131.", "kst-34722-1 kst-33997-95 kst-23908-131"},
    {"zijn goedgekeurd: 35315-(R2137)-1; 35313-(R2135)-1.", "kst-35315-1 kst-35313-1"},
    /* the number repeated after a blank line: no sub-dossier 48 ("ID: 35394-48\n\nNr. 48 BRIEF
     * ..." is the page's own id, docmeta's) */
    {"vervallen: 35394-48\n\nNr. 48 blijft staan.", "kst-35394-48"},
    {"| Motie van het lid Bikker over gokreclame | 24557-201 | Afgedaan |", "kst-24557-201"},
    {"-31066-503-Motie van het lid Omtzigt c.s. om", "kst-31066-503"},
    {"in relevante gevallen er -31066-504-Motie van de leden Omtzigt en Lodders", "kst-31066-504"},
    {"De moties 30234-412 en 28286-1190 worden aangehouden.", "kst-30234-412 kst-28286-1190"},
    {"Zie de brief 21501-34-181 voor de details.", "kst-21501-34-181"},
    {"Zie brief 29279-889.", "kst-29279-889"},
    {"De moties 30234-412; 28286-1190 en 21501-02-2810 blijven staan.",
     "kst-30234-412 kst-28286-1190 kst-21501-02-2810"},
    {"Zaak: Brief regering - minister van OCW - 4 mei 2015 Verslag van de Raad - 21501-34-245\nBesluit: Voor "
     "kennisgeving aangenomen.", "kst-21501-34-245"},
    /* alone on its line, indented: a Zaak line wrapped after its " -" */
    {"    Zaak: Brief regering - minister van BZK - 3 maart 2025\n    Voortgang aanpak (Kamerstuk 31 015, nr. 300) -\n"
     "    31015-311\n    Besluit: Voor kennisgeving aangenomen.", "kst-31015-300 kst-31015-311"},
    {"Zaak:\n\t21501-20-2150\n", "kst-21501-20-2150"},
    /* spaced, as a Zaak line's last item, a sub and a number after it */
    {"Zaak: Motie - Motie van het lid Ellian over uitspraken - 36 600-VI-42\nBesluit: Aangehouden.",
     "kst-36600-VI-42"},
    {NULL, NULL},
};
static const char *const nx_kst_compact[] = {
    "Kenmerk 4132817-1084052-DMO", "telefoon 070-3407911", "ISBN 978-90-12-34567-8",
    "de stukken 2024-2025 en 12-3", "het stuk van 36 pagina's, 12-14 maart",
    "Telefoon: 070-3407911; fax: 06-12345678", "Kenmerk: 2024-0001234; Datum: 12-03-2025",
    "De bedragen - 12500-15000 euro per jaar", "Zaak - 21501-34-245 over de Raad", "bedragen -12500-15000 euro",
    "periode 2019-31066-503-Motie", "bereikbaar via 070 - 31 888-40-20", "tabel 2 - 12 345-A-B",
    /* alone on an indented line: a phone number, a postcode, a date, an amount, a kenmerk,
     * a dossier with its sub only, a number with words after it */
    "Telefoon\n    070-3407911\n", "Postbus 20011\n    2500 EA Den Haag\n", "Datum\n    12-03-2025\n",
    "Bedrag\n    12500-15000\n", "Kenmerk\n    2024-0001234\n", "Kenmerk\n    20240-12345\n",
    "Dossier\n    36600-XVI\n", "Bedragen\n    12500-250 euro per jaar\n", NULL,
};

static const ki_example ex_kst_url[] = {
    {"[^4] https://zoek.officielebekendmakingen.nl/kst-36200-XVI-12.html", "kst-36200-XVI-12"},
    {"zie kst-21501-07-1750", "kst-21501-07-1750"},
    {"kst-35925-E", "kst-35925-E"},
    {NULL, NULL},
};
static const char *const nx_kst_url[] = {"dekst-29279-889x", "kst-2927-889", NULL};

static const ki_example ex_kst_nrparen[] = {
    {"Zij krijgt nr. 22(30196).", "kst-30196-22"},
    {"Zij krijgt nr. 890 (29279).", "kst-29279-890"},
    {"het amendement nr. 456 (36800-XVI)", "kst-36800-XVI-456"},
    {"Zij krijgt nr. 41 (36 600 XVI).", "kst-36600-XVI-41"},
    {"Zij krijgt letter F (36 702).", "kst-36702-F"},
    {NULL, NULL},
};
static const char *const nx_kst_nrparen[] = {"nr. 3 (2024)", "nr. 12 (zie bijlage)", "letter A (12 345 euro)",
                                             "letter b (36 702)", "Letter F (36 702)", "de letter Fa (36 702)", NULL};

static const ki_example ex_kst_context[] = {
    {"Op verzoek van het lid De Wit stel ik voor, zijn motie op stuknummer 47 (31200-VI) opnieuw aan te houden.",
     "kst-31200-VI-47"},
    {"Het wetsvoorstel (36 123) is behandeld. Het amendement op stuk nr. 13 is aangenomen.",
     "kst-36123-13"},
    {"Kamerstuk 29279, nr. 891 en stuk nr. 12", "kst-29279-891 kst-29279-12"},
    {"1 Kamerstukken II 2024/25, 31 839, nr. 1051.\n2 Ibidem, nr. 1060.", "kst-31839-1051 kst-31839-1060"},
    {"De gewijzigde motie (36 600 VI, nr. 20) ter vervanging van die gedrukt onder nr. 12",
     "kst-36600-VI-20 kst-36600-VI-12"},
    {"(Kamerstukken II 2023/24, 36 512, nr. 4) en in de memorie van toelichting (nr. 3, p. 22-24)",
     "kst-36512-4 kst-36512-3"},
    {"Kamerstukken I 2018/19, 34 775 VI, nr. 5; zie ook t.a.p., nr. 9.", "kst-34775-VI-5 kst-34775-VI-9"},
    {"Kamerstuk 30 872, nr. 301.\n4 Idem, nrs. 305 en 306.", "kst-30872-301 kst-30872-305 kst-30872-306"},
    {"Bij het wetsvoorstel (36 145) zijn de motie op stuk nr. 21 en de motie op stuk nr. 24 aangenomen.",
     "kst-36145-21 kst-36145-24"},
    {"(Kamerstuk 36 410, nr. 66), die de motie op nr. 58 verving", "kst-36410-66 kst-36410-58"},
    {"Bij het wetsvoorstel 36 145 is de motie op stuk nr. 21 van het lid Bikker aangenomen.", "kst-36145-21"},
    {"Bij de behandeling van 36145 zijn de motie-Bikker (stuk nr. 21) en de motie-Ceder (stuk nr. 24) aangenomen.",
     "kst-36145-21 kst-36145-24"},
    {"(Kamerstuk 36 600-XII, nr. 88, t.v.v. nr. 61)", "kst-36600-XII-88 kst-36600-XII-61"},
    {"(Kamerstuk 24 587, nr. 1019, ter vervanging van nr. 1003)", "kst-24587-1019 kst-24587-1003"},
    {"de gewijzigde motie (ter vervanging van die gedrukt onder nr. 123) over de zorg (36 200 XVI, nr. 130)",
     "kst-36200-XVI-123 kst-36200-XVI-130"},
    {"(Kamerstukken I 2024/25, 36 273, D) en de nadere memorie (idem, F).", "kst-36273-D kst-36273-F"},
    {"de brief van de Voorzitter (EK CXXIV, H) aan de minister", "kst-CXXIV-H"},
    {"De motie-Koole (CXLVIII, D) is aangenomen.", "kst-CXLVIII-D"},
    {"CXXIV\n\nDit verslag (EK, A) van de commissie bevat analyses.", "kst-CXXIV-A"},
    {"(Kamerstuk 29279, nr. 889). Bij het wetsvoorstel (36 123) is het amendement op stuk nr. 9 aangenomen.",
     "kst-29279-889 kst-36123-9"},
    {"Bij het wetsvoorstel 36 200 is de motie-Koffeman c.s. (letter F) aangenomen.", "kst-36200-F"},
    /* the bracketed dossier after "was nr." with its sub: numbered (EU), Roman, a letter */
    {"Zij krijgt nr. 612, was nr. 598 (21501-32).", "kst-21501-32-612 kst-21501-32-598"},
    {"Zij krijgt nr. 31, was nr. 24 (36 600 VII).", "kst-36600-VII-31 kst-36600-VII-24"},
    {NULL, NULL},
};
static const char *const nx_kst_context[] = {"Kamerstuk nr. 13", "t.a.p., blz. 12", "onder nummer 27364091",
                                             "de emotie op nr. 5", "idem, B-weg",
                                             "Zie de Handelingen (nr. 1, item 11).",
                                             "Het wetsvoorstel (36 123) is behandeld. Het advies van de Gezondheidsraad (nr. 2026/14) volgt.",
                                             NULL};

static const ki_example ex_hand[] = {
    {"(Handelingen II 2012-2013, nr. 71, item 15)", "h-tk-20122013-71-15"},
    {"(Handelingen II 2023/24, nr. 45, item 12)", "h-tk-20232024-45-12"},
    {"(Handelingen I 2021/22, nr. 12, item 7)", "h-ek-20212022-12-7"},
    {"(Handelingen II 2022/23, nr. 88)", "h-tk-20222023-88"},
    {"(Aanhangsel Handelingen II, 2024/25, nr. 1821)", "ah-tk-20242025-1821"},
    {"(Aanhangsel Handelingen, 2023-2024, nr. 2569)", "ah-tk-20232024-2569"},
    {"(Aanhangsel van de Handelingen II 2022/23, nr. 3012)", "ah-tk-20222023-3012"},
    {"Aanh. Handelingen II 2019/20, nr. 1234", "ah-tk-20192020-1234"},
    {"(Handelingen II 2019/20, nr. 52, items 8 en 9)", "h-tk-20192020-52-8 h-tk-20192020-52-9"},
    {"Aanhangsel Handelingen II 2024/25, nrs. 1402 en 1403", "ah-tk-20242025-1402 ah-tk-20242025-1403"},
    {"(Kamervragen (Aanhangsel) 2009-2010, nr. 2210)", "ah-tk-20092010-2210"},
    {"(Handelingen TK 2007-2008, blz. 1502-1510)", "h-tk-20072008-1502"},
    {"Handelingen TK 2007-2008, pag. 4709-4713", "h-tk-20072008-4709"},
    {"(Handelingen II 2005/06, p. 5631)", "h-tk-20052006-5631"},
    {"(Handelingen II 2005/06, 5631)", "h-tk-20052006-5631"},
    {"(Handelingen TK 1997\xE2\x80\x93" "1998, 6368\xE2\x80\x93" "6375)", "h-tk-19971998-6368"},
    {"(Handelingen II 2024/25, 48)", "h-tk-20242025-48"},
    {"Handelingen TK 2024-2025, 48\nWijziging van het Reglement", "h-tk-20242025-48"},
    {"14 Handelingen Tweede Kamer 2025/26, nr. 9, item 3.", "h-tk-20252026-9-3"},
    {"(Handelingen Eerste Kamer 2024/25, nr. 30, item 6)", "h-ek-20242025-30-6"},
    {"(Handelingen II 2025/26, 52, item 14)", "h-tk-20252026-52-14"},
    {"Handelingen van de Tweede Kamer, vergaderjaar 2024-2025, nr. 60, item 9",
     "h-tk-20242025-60-9"},
    {"16 Aanhangsel Handelingen II, vergaderjaar 2024-2025, nr. 1533 en nr. 1534.",
     "ah-tk-20242025-1533 ah-tk-20242025-1534"},
    {"(Handelingen II 2024/25, nr. 47, item 9) en de stemmingen (idem, item 21).",
     "h-tk-20242025-47-9 h-tk-20242025-47-21"},
    {"(Handelingen II 2024/25, nr. 47, item 9; idem, nr. 48, item 2)", "h-tk-20242025-47-9 h-tk-20242025-48-2"},
    {NULL, NULL},
};
static const char *const nx_hand[] = {
    "Alle relevante Kamerstukken en Handelingen zijn te vinden op internet.",
    "de Handelingen van 2023", "Handelingen Tweede Kamer, zie de website",
    "zie idem, item vier van de agenda", "Handelingen II 2025/26, 52 pagina's", NULL,
};

static const ki_example ex_hand_url[] = {
    {"https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1821.html", "ah-tk-20242025-1821"},
    {"zie h-tk-20232024-45-12", "h-tk-20232024-45-12"},
    {NULL, NULL},
};
static const char *const nx_hand_url[] = {"ah-tk-2024-1821", NULL};

static const ki_example ex_tknum[] = {
    {"(Kamerstuk II, 2024D38217)", "2024D38217"},
    {"over de spoedeisende hulp in Heerlen (2023Z06928).", "2023Z06928"},
    {NULL, NULL},
};
static const char *const nx_tknum[] = {"ECLI:NL:HR:2023:123", "NL91 ABNA 0417 1643 00", "2024D3",
                                       "2026D0456", "2024Z1234567", NULL};

static const ki_example ex_tznum[] = {
    {"opgenomen onder nummer TZ202501-123 en", "TZ202501-123"},
    {"Met deze brief doe ik die toezegging gestand (T03571).", "T03571"},
    {"Toezegging T03912 - Monitoring betaalbare woningen", "T03912"},
    {"Kerngegevens\nNummer T03913\nStatus openstaand", "T03913"},
    {"Kerngegevens\nNummer: T03512\nStatus: openstaand", "T03512"},
    {"Nummer:T03514", "T03514"},
    {"T03987 Toezegging Uitvoeringstoets lagere regelgeving (36.471)", "T03987"},
    {"de toezeggingen T03912, T03913 en T03915", "T03912 T03913 T03915"},
    {"Korte aantekeningen\n1. T02001\n\nToezegging Evaluatie van de wet", "T02001"},
    {"Korte aantekeningen vergadering\nT02001\n", "T02001"},
    {"over de wachtrij, die wordt\ngeregistreerd als T03929, en aan", "T03929"},
    {NULL, NULL},
};
static const char *const nx_tznum[] = {"TZ2025-123", "ATZ202501-123", "type T12345-6 van de leverancier",
                                       "artikel T12345", "(T1234)", "(T123456)",
                                       "bespreekt onder punt 2. T02001 de brief", "Nummer: T035120",
                                       "zoals T12345 als type bekend", NULL};

static const ki_example ex_kst_cont[] = {
    {", p. 15; nr. 7", NULL},
    {"; nr. 7", NULL},
    {", blz. 3 en 4; nrs. 8 en 9", NULL},
    {" en 21501-31-702", NULL},
    {", blz. 3\xE2\x80\x93" "4 en nr. 6", NULL},
    {", 36 600-XVI-77", NULL},
    {NULL, NULL},
};
static const char *const nx_kst_cont[] = {"; 28345, nr. 4", ", p. 15", "en 2024-2025", NULL};

static const ki_example ex_motion[] = {
    {"De motie het lid van Tongeren. Verzoekt de regering", NULL},
    {"Motie van de leden Temmink (SP) en Mutluer (GL-PvdA) met het verzoek", NULL},
    {"de motie van het lid Van Nispen c.s. over onderzoeken", NULL},
    {"de motie van van het lid Jasper van Dijk (Kamerstuk 35 663, nr.19) over", NULL},
    {"de motie-Van der Werf/Becker (29279, nr. 890)", NULL},
    {"en de motie Van Nispen.", NULL},
    {"MOTIE VAN HET LID LA\xC3\x87IN", NULL},
    {"De gewijzigde motie van de leden Ceder en Bikker", NULL},
    {"de motie van het lid Kosti\xC4\x87 (PvdD) over", NULL},
    {"de motie van der Werf (Kamerstuk 29279, nr. 889)", NULL},
    {"de moties van het lid Omtzigt over", NULL},
    {"MOTIE VAN DE LEDEN BIKKER EN DIEDERIK VAN DIJK", NULL},
    {"de motie van het lid Dani\xC3\xABlle Jansen (NSC) over", NULL},
    {"de motie-Six Dijkstra/Michon-Derkzen, die", NULL},
    {"de motie-M.B. Vos over de spoorverbinding", NULL},
    {"de motie-Mei Li Vos c.s. over de aanbesteding", NULL},
    {"de motie-Faber-van de Klashorst c.s. over asiel", NULL},
    {"De motie-Haverkamp-Dijk/Tjon-A-Fat over een telefoonnummer", NULL},
    {"Motie van Haverkamp over het benadrukken van politiespecifieke elementen", NULL},
    {"de motie van het Kamerlid Bisschop (SGP) over levering van gegevens", NULL},
    {"de motie van lid Omtzigt inzake de uithuisplaatsingen", NULL},
    {"de motie van het lid Mei Li Vos is aangenomen", NULL},
    {"MOTIE VAN HET LID MEI LI VOS\n", NULL},
    {"De motie van mevrouw Van Toorenburg over naturalisatie is aangenomen.", NULL},
    {"De aangenomen motie van de heer Irrgang over de informatiepositie", NULL},
    {"de motie van het lid Jan Paternotte verzoekt de regering", NULL},
    {"De motie van de heer Jansen en mevrouw Pietersen (CDA) over de wachtlijsten", NULL},
    {"De motie van mevrouw Kuik en mij over de pardonners", NULL},
    {"een aangenomen motie van mij en de heer Irrgang.", NULL},
    {"De motie die het lid Omtzigt c.s. heeft ingediend over de toeslagen", NULL},
    {"de motie die door de leden Bikker en Ceder is voorgesteld", NULL},
    {"De motie van het voormalig lid Pieter Heerma over de gemeenten", NULL},
    {"de motie van het oud-Kamerlid Van Haersma Buma", NULL},
    {"door een motie van SP-Kamerlid Renske Leijten aan te nemen", NULL},
    {"De motie van het lid Tielen c.s. (VVD) over de zorgkosten", NULL},
    {"De motie van het lid Bikker cs over de zorg", NULL},
    {NULL, NULL},
};
static const char *const nx_motion[] = {"emotie", "promotiebeleid", NULL};

static const ki_example ex_motion_by[] = {
    {"Deze motie is voorgesteld door de leden Van der Werf en Becker.", NULL},
    {"Deze motie is voorgesteld door het lid Bikker (ChristenUnie).", NULL},
    {"dat zij thans is ondertekend door de leden Agema en Hijink", NULL},
    {NULL, NULL},
};
static const char *const nx_motion_by[] = {"voorgesteld door de minister", NULL};

static const ki_example ex_sponsors[] = {
    {"Six Dijkstra (Kamerstuk 26 643, nr. 1195)", NULL},
    {"Van der Plas en Vermeer (beiden SGP) (36 200, nr. 12)", NULL},
    {"Kamerstuk 32 793, nr. 181 (Wolbert)", NULL},
    {"Ouwehand c.s. over de opschorting van vergunningaanvragen (Kamerstuk 33 450, nr. 32)", NULL},
    {NULL, NULL},
};
static const char *const nx_sponsors[] = {"de minister (Kamerstuk 1)", NULL};

static const ki_example ex_motion_of[] = {
    {"van het lid Bikker (ChristenUnie) over", NULL},
    {"van de heer Pechtold c.s. waarin", NULL},
    {"Op verzoek van het lid Jasper van Dijk stel ik voor de volgende door hem ingediende motie", NULL},
    {"Voorzitter.\nDe heer Van Raan (PvdD):\n", NULL},
    {"de door de leden Bikker en Ceder ingediende motie", NULL},
    {"\nDe heer Vendrik (GroenLinks): Voorzitter. Er ligt een motie", NULL},
    {"\nDe heerKlaver (GroenLinks):\n", NULL},
    {"Met mevrouw Kuik dien ik de volgende motie in.", NULL},
    {"De leden Boomsma (JA21) en van der Plas (BBB) hebben vorige week", NULL},
    {"Vorige week heeft het lid Boomsma een motie ingediend", NULL},
    {"Door het lid Tielen (VVD) is een motie ingediend", NULL},
    {"Door de leden Lagas, Ten Broeke en Veldhoen wordt de volgende motie voorgesteld:", NULL},
    {"Het lid Chr. Jansen heeft een motie ingediend", NULL},
    {"Mevrouw Kuik en ik hebben een motie ingediend", NULL},
    {"Het lid Th. Jansen (CDA) dient de volgende motie in:", NULL},
    {"Samen met mevrouw Kuik heb ik een motie ingediend", NULL},
    {"Samen met de heer Kaptein diende ik de motie over prijzen in", NULL},
    {NULL, NULL},
};
static const char *const nx_motion_of[] = {"van de minister van Justitie", "Op verzoek van een aantal leden stel ik",
                                           "\nDe heer Van Raan zei: ja", "\nDe voorzitter:\n",
                                           "Met mevrouw Kuik heb ik gesproken", "De heer Jansen vraagt",
                                           "Door de leden Jansen en Smit wordt de volgende vraag gesteld",
                                           NULL};

/* what follows an intention: "(om) uw Kamer ... te (kunnen) informeren" */
#define TO_KAMER_TE                                                                                           \
    "(?:" B1 "om)?(?=" B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "Kamer),?" B1 "(?:\\S{1,25}" B1 "){0,12}?te" B1 "(?:kunnen" B1 \
    ")?(?:informeren|berichten|sturen|toesturen|zenden|rapporteren|doen" B1 "toekomen)(?![\\w]))"

static const ki_example ex_commit[] = {
    {"Ik kan de heer Jansen toezeggen dat ik voor de zomer een brief stuur.", NULL},
    {"Het kabinet stuurt de Kamer voor de Europese Raad van maart een brief.", NULL},
    {"Het kabinet stuurt de Kamer voortaan ieder halfjaar een stand van zaken.", NULL},
    {"Ik kom in het voorjaar met de uitkomsten van de proef naar de Kamer.", NULL},
    {"in te stemmen met de passage in de brief waarin u toezegt de Kamer te informeren", NULL},
    {"in de brief aan te kondigen dat u de Kamer in het voorjaar van 2027 informeert over de metingen", NULL},
    {"Ik laat u voor 1 maart 2027 weten of de Raad van State het voorstel steunt.", NULL},
    {"Ik laat Aedes dat uitzoeken en laat u per brief weten wat daaruit komt.", NULL},
    {"Dat kan ik u toezeggen.", NULL},
    {"Dat kan ik u beloven, ook per sector.", NULL},
    {"Ik beloof de Kamer dat ik de uitkomst voor de zomer met u deel.", NULL},
    {"Ik beloof uw Kamer dat ik de agenda in het najaar met u bespreek.", NULL},
    {"Dat beloof ik u.", NULL},
    {"Tot slot zal ik uiterlijk 1 oktober met de sectorraad de uitkomsten bespreken en u daarover berichten.", NULL},
    {"Wat ik wel kan toezeggen, is dat ik de Kamer voor de zomer informeer.", NULL},
    {"Toezegging van SJenV in het commissiedebat", NULL},
    {"heeft de staatssecretaris toegezegd", NULL},
    {"heb ik toe-\ngezegd de reactie voor de zomer te sturen", NULL},
    {"Ik heb de Kamer in het debat van 14 mei beloofd een overzicht te sturen.", NULL},
    {"Ik zeg toe uw Kamer te informeren", NULL},
    {"Daarom zeg ik uw Kamer toe dat", NULL},
    {"TOEZEGGINGEN", NULL},
    {"De minister van Justitie en Veiligheid zegt toe uw Kamer te informeren", NULL},
    {"De minister zegt in het debat toe de regeling aan te passen", NULL},
    {"Ik zeg in dit debat toe dat ik de Kamer voor de zomer informeer", NULL},
    {"Ik zeg wel toe dat ik de Kamer voor de zomer informeer", NULL},
    {"Ik zeg daarbij ook toe dat ik uw Kamer informeer", NULL},
    {"in de Kamerbrief toe te zeggen de Kamer in het eerste kwartaal van 2026 te informeren", NULL},
    {"U kunt in de brief toezeggen dat de monitor vanaf 2026 jaarlijks verschijnt", NULL},
    {"zegt de Kamer, naar aanleiding van een vraag van het lid Kroon (BBB), toe met de VNG", NULL},
    {"Ik zeg haar toe dat ik de Kamer voor het kerstreces informeer", NULL},
    {"Ik ben bereid dat mee te nemen en zeg toe uw Kamer eind 2026 te berichten.", NULL},
    {"Wij informeren uw Kamer voor de zomer van 2026 over", NULL},
    {"Over de uitkomst informeer ik uw Kamer na de zomer.", NULL},
    {"Ik kom hier voor het einde van het jaar bij uw Kamer op terug.", NULL},
    {"Uw Kamer wordt uiterlijk januari 2026 ge\xc3\xafnformeerd over", NULL},
    {"Ik zal uw Kamer voor de zomer informeren over de uitkomsten", NULL},
    {"zal de Kamer over de uitkomsten van die analyse voor het einde van 2024 informeren", NULL},
    {"ik zal uw Kamer uiterlijk in 2026 het evaluatieverslag toezenden", NULL},
    {"Voor de zomer zullen wij uw Kamer de rapportage doen toekomen", NULL},
    {"Ik zal u in het voorjaar van 2010 opnieuw informeren", NULL},
    {"Ik zeg de heer Soepboer graag toe dat ik voor de kerst een brief stuur.", NULL},
    {"Ik zeg mevrouw Van der Plas toe dat ik dit onderzoek.", NULL},
    {"Ik streef ernaar uw Kamer voor 1 juli 2021 te informeren", NULL},
    {"De staatssecretaris heeft aangegeven ernaar te streven de Kamer uiterlijk mei 2021 te informeren", NULL},
    {"heb ik gemeld uw Kamer, naar verwachting, in april 2018 de resultaten aan te kunnen bieden", NULL},
    {"Ik heb aangegeven dat ik uw Kamer voor de zomer zou informeren", NULL},
    {"Vandaag heb ik u aangekondigd heden schriftelijk nader te antwoorden op vragen", NULL},
    {"Voor de zomer ontvangt uw Kamer van mij een brief", NULL},
    {"Na de zomer stuur ik uw Kamer een brief", NULL},
    {"De minister van VWS verwacht uw Kamer, uiterlijk het eerste kwartaal van 2025, nader te kunnen informeren", NULL},
    {NULL, NULL},
};
static const char *const nx_commit[] = {"gezegd", "zegt", "toezeggingenregister", "Dat kan ik niet toezeggen.",
                                        "Hij zegt dat het tot nu toe te weinig is.",
                                        "De minister zegt in het debat niet toe de regeling aan te passen.",
                                        "De heer Jansen vraagt of ik kan toezeggen dat de regeling wordt verlengd.",
                                        "Dat zal uw Kamer bekend zijn.",
                                        "de hulplijn zal naar verwachting in het najaar operationeel zijn",
                                        "In 2020 heb ik aangegeven dat de regeling moet worden aangepast.",
                                        "Ik streef ernaar de regeling in 2026 in te voeren.",
                                        "Ik beloof niets.", "Dat kan ik niet beloven.", "Ik beloof u niet dat het lukt.",
                                        "Wat beloofde het kabinet?", NULL};

static const ki_example ex_cue_settled[] = {
    {"Met deze regeling kom ik tegemoet aan de motie", NULL},
    {"aan deze motie is met het nieuwe fonds invulling gegeven", NULL},
    {"Hiermee beschouw ik de motie als afgedaan.", NULL},
    {"De motie op stuk nr. 540 is inderdaad uitgevoerd.", NULL},
    {"De motie-Van der Voort c.s. (35.526, BH) is als voldaan aangemerkt.", NULL},
    {"Die motie heb ik inmiddels uitgevoerd.", NULL},
    /* a footnote mark glued to the word */
    {"Die motie heb ik met de nieuwe subsidieregeling uitgevoerd2; de regeling loopt tot 2030.", NULL},
    {"Dat gesprek heeft op 2 juli plaatsgevonden; over de uitkomst leest u meer in paragraaf 3.", NULL},
    {"Met bijgaande Kamerbrief komt u deze toezegging na.", NULL},
    {"Met de brief komt u de toezegging uit het commissiedebat van 18 juni na.", NULL},
    {"toegezegd de Kamer te informeren over de vuurwerkschade; dat doe ik in deze brief.", NULL},
    {"Het massale proces is conform eerdere toezegging v\xC3\xB3\xC3\xB3r 1 april afgerond.", NULL},
    {"Conform mijn toezegging in het commissiedebat stuur ik u hierbij het rapport.", NULL},
    {"In deze brief zal ik, zoals toegezegd tijdens het commissiedebat, uw Kamer informeren", NULL},
    {"Met deze brief informeer ik uw Kamer, zoals eerder aangekondigd, over", NULL},
    {"Daarmee is aan de motie voldaan.", NULL},
    {"Met deze brief geef ik uitvoering aan de motie", NULL},
    {"Hiermee is uitvoering gegeven aan de motie", NULL},
    {"Met deze brief kom ik die toezegging na.", NULL},
    {"Hiermee is voldaan aan de toezegging.", NULL},
    {"Met deze brief doe ik mijn toezegging gestand.", NULL},
    {"Met deze brief doe ik de volgende moties af:", NULL},
    {"Met deze brief doe ik de moties van de leden Grift (SP) over gratis schoolmaaltijden (Kamerstuk 36 200-VIII, "
     "nr. 40) en Mertens (VVD) over minder toetsdruk (Kamerstuk 36 200-VIII, nr. 47) af.", NULL},
    {"Met deze brief voer ik de motie van het lid Van der Staaij c.s. uit", NULL},
    {"zijn beide uitgevoerd in het Belastingplan 2025", NULL},
    {"Met de toezending van dit rapport is voldaan aan de motie", NULL},
    {"waarmee ik invulling geef aan de opdracht", NULL},
    {"Met deze brief is aan die toezegging voldaan.", NULL},
    {"Met het onderzoek is die toezegging ingelost.", NULL},
    {"Status: voldaan.", NULL},
    {"Stand van zaken: afgerond", NULL},
    {"| Motie Van Hijum over de arbeidsmarkt | Uitgevoerd |", NULL},
    {"Ik beschouw deze toezegging als nagekomen.", NULL},
    {"Deze brief doet tevens de toezegging af", NULL},
    {"ontvangt u hierbij het overzicht", NULL},
    {"met deze rapportage beschouw ik de motie als uitgevoerd", NULL},
    {"De motie is met de nieuwe subsidieregeling uitgevoerd.", NULL},
    {"Met de beleidsregel is de motie van het lid Bikker (Kamerstuk 24557, nr. 201) uitgevoerd.", NULL},
    {"Met het rapport is aan de motie-Dobbe gevolg gegeven.", NULL},
    {"De motie-Kops acht ik met het nieuwe besluit uitgevoerd.", NULL},
    {"Dat doe ik met deze brief.", NULL},
    {"Hierbij ontvangt u die informatie.", NULL},
    {"Die gesprekken zijn gevoerd.", NULL},
    {"Die brief is op 4 december verzonden.", NULL},
    {"Deze brief heb ik toegezegd in het commissiedebat Mbo", NULL},
    {"Deze brief komt later dan toegezegd, omdat het advies later kwam.", NULL},
    {"Ik heb de motie van het lid Klaver (36512, nr. 7) uitgevoerd.", NULL},
    {"Ik heb de motie van het lid Klaver c.s. uitgevoerd.", NULL},
    {"Het kabinet heeft de motie-Klaver inmiddels uitgevoerd.", NULL},
    {"Deze brief bevat die nadere reactie.", NULL},
    {"Deze brief voorziet daarin.", NULL},
    {"Hierbij doe ik u die brief toekomen.", NULL},
    {"Met deze brief doen wij dat.", NULL},
    {"Zoals eerder dit jaar toegezegd, informeer ik u via deze brief over de hoofdlijnen.", NULL},
    {"Hierbij stuur ik u, zoals toegezegd, de evaluatie van de wet.", NULL},
    {"Graag informeer ik uw Kamer in deze brief over de Europawet, zoals toegezegd tijdens het commissiedebat.", NULL},
    {"Met artikel I, onderdeel B, wordt die toezegging nagekomen.", NULL},
    {"Artikel I, onderdeel D, geeft aan die motie uitvoering.", NULL},
    {NULL, NULL},
};
static const char *const nx_cue_settled[] = {"De motie voer ik niet uit.",
                                             "Aan de motie kom ik hiermee niet na.",

    "ik beschouw de motie niet als uitgevoerd", "Die motie heb ik nog niet uitgevoerd", "is als deels voldaan",
    "dat met de brief geen uitvoering wordt gegeven aan die motie", "De motie is met de regeling niet uitgevoerd",
    "Het gesprek heeft nog niet plaatsgevonden", "Conform toezegging zal het onderzoek in 2025 worden afgerond.",
    "De evaluatie is nog niet conform de toezegging afgerond.",
    "Conform de toezegging is het onderzoek nog niet afgerond", "Conform de toezegging zal het rapport na de zomer verschijnen",
    "met het verzoek de aanbevelingen tot uitvoering te brengen",
    "de motie is nog niet afgedaan", "Ik beschouw de motie hiermee niet als afgedaan",
    "aan de motie is geen uitvoering gegeven", "de toezegging is nog niet ingelost",
    "Dat doet niets af aan de toezegging", "de toezegging is deels uitgevoerd",
    "Van de 52 aanbevelingen zijn er inmiddels 31 uitgevoerd",
    "Het is de vraag of de motie wordt uitgevoerd", "Ik heb de motie nog niet uitgevoerd",
    "Uitgevoerd wordt het plan in 2026.", "Stand van zaken: nog niet uitgevoerd",
    "Zoals toegezegd informeer ik u voor de zomer over de evaluatie.", "Met deze brief informeer ik u hierover.", "Dat doe ik in de zomer af en toe", "De brief wordt op 4 december verzonden", "Het gesprek wordt gevoerd", "Hierbij ontvangt u de appreciatie van de moties",
    "Bij de onderhandelingen geef ik verder uitvoering aan deze motie.", "Wordt die toezegging niet nagekomen?",
    "Het wetsvoorstel zal aan die motie uitvoering geven.",
    "Ik geef aan deze motie uitvoering via het Besluit woningtoewijzing.", NULL,
};

static const ki_example ex_cue_progress[] = {
    {"Ik neem dat mee in de volgende voortgangsbrief.", NULL},
    {"Over de uitkomst van dat gesprek verwacht ik u na het zomerreces te informeren.", NULL},
    {"Dit voorstel wordt op dit moment uitgewerkt.", NULL},
    {"In die brief zal ik ingaan op de motie van het lid Knops", NULL},
    {"Ik informeer u hierbij over de stand van zaken", NULL},
    {"Over de verdere uitvoering van de motie informeer ik uw Kamer", NULL},
    {"Stand van zaken: het onderzoek loopt", NULL},
    {"Stand van zaken\nHet onderzoek loopt nog.", NULL},
    {"worden afgedaan of wordt de voortgang toegelicht", NULL},
    {"kan ik u het volgende melden", NULL},
    {"De motie is nog in uitvoering", NULL},
    {"ik kom hier in het najaar op terug", NULL},
    {"waarover ik u na de zomer informeer", NULL},
    {"over de eerste stap in de uitvoering", NULL},
    {"De moties worden betrokken bij de evaluatie van de wet", NULL},
    {"Naar aanleiding van het verslag besluit het CVO om een toelichting op te nemen", NULL},
    {"Naar aanleiding van de motie besluit de commissie een korte toelichting op te nemen", NULL},
    {"Ik kom hierop terug in de eerstvolgende rapportage", NULL},
    {"wordt betrokken bij de jaarlijkse rapportage", NULL},
    {"Ik zal uw Kamer hierover in het najaar informeren.", NULL},
    {"In deze brief ga ik in op de voortgang van de volgende toezeggingen:", NULL},
    {"Hierover verschijnt in december een aparte brief.", NULL},
    {"de toezegging is deels voldaan", NULL},
    {"Status: in behandeling", NULL},
    {"Hieraan wordt gewerkt.", NULL},
    {"Met de motie ben ik aan de slag gegaan.", NULL},
    {"Aan de uitvoering van de motie wordt hard gewerkt.", NULL},
    {"| Motie Van Hijum | Wordt uitgevoerd |", NULL},
    {"| Motie Van Hijum | Lopend |", NULL},
    {"De motie neem ik mee in de evaluatie van de wet.", NULL},
    {"De motie-Thijssen wordt meegenomen in de Energienota.", NULL},
    {"Ik informeer u over de voortgang in de volgende verzamelbrief.", NULL},
    {"Deze brief behelst de eerste zelfstandige rapportage.", NULL},
    {"Het onderzoeksrapport verschijnt later dan toegezegd.", NULL},
    {"De toegezegde evaluatie is vertraagd.", NULL},
    {"Het onderzoek heeft vertraging opgelopen.", NULL},
    {"Bij de onderhandelingen in 2026 geef ik verder uitvoering aan deze motie.", NULL},
    {NULL, NULL},
};
static const char *const nx_cue_progress[] = {
    "de Kamer in juni zullen informeren over de voortgang van het wetsvoorstel",
    "Het besluit het programma om te vormen is genomen", "zij besluit",
    "Omschrijving\n\nVindplaats\n\nStand van zaken\n\nDe motie van het lid X",
    "Stand van zaken: Afgedaan.", "Stand van zaken: Uitgevoerd", "Stand van zaken: Aangehouden.",
    "Stand van zaken: vervallen",
    "Deze brief komt later dan toegezegd", "Ik ga in op de huidige stand van zaken van het systeem",
    "Aan de motie wordt niet gewerkt.", "Het lopende onderzoek",
    "die de regering aanspoorde om voortvarend aan de slag te gaan", NULL,
};

static const ki_example ex_cue_addressed[] = {
    {"in de brief wordt hierop ingegaan.", NULL},
    {"Daarop ga ik hieronder nader in.", NULL},
    {"Deze brief bevat de reactie op de toezegging aan het lid Bikker", NULL},
    {"Ter uitvoering van de motie Elissen is de commissie ingesteld", NULL},
    {"In deze brief ga ik op die motie in.", NULL},
    {"Deze brief gaat in op de motie", NULL},
    {"In deze brief reageer ik op de moties", NULL},
    {"In deze brief ga ik in op de volgende toezegging:", NULL},
    {"Ik reageer hieronder op de motie-Van Baarle/Ceder.", NULL},
    {"Ik ga hier in paragraaf 3 nader op in.", NULL},
    {"Daarmee beantwoord ik tevens de motie van het lid De Lange", NULL},
    {NULL, NULL},
};
static const char *const nx_cue_addressed[] = {"om in gesprek te gaan met SLMZ", "Ik ga in gesprek met de VNG",
                                               "Ter voorbereiding hierop is afgelopen maanden in de regio's",
                                               "de brief van 26 november inzake reactie op de motie", NULL};

static const ki_example ex_cue_cited[] = {
    {"Zie ook de motie van het lid Mutluer", NULL},
    {"waarnaar ik verwijs", NULL},
    {NULL, NULL},
};
static const char *const nx_cue_cited[] = {"de ziekte", NULL};

static const ki_example ex_cue_made[] = {
    {"In de Kamerbrief wordt de toezegging gedaan de voortgang te rapporteren", NULL},
    {"akkoord te gaan met de toezegging de Tweede Kamer te informeren", NULL},
    {"Ik zeg toe uw Kamer te informeren", NULL},
    {NULL, NULL},
};
static const char *const nx_cue_made[] = {"De toezegging is gedaan in 2023 door mijn voorganger",
                                          "Met de monitor doe ik deze toezegging gestand.", NULL};


/* The commitment pattern is longer than the 4095 bytes C17 asks every
 * compiler to accept in one string literal; gcc and clang, the compilers
 * this builds with, take any length, and one pattern keeps its alternatives
 * and their group names together. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverlength-strings"
const ki_pattern ki_patterns[KI_P_COUNT] = {
    {KI_P_KST_FULL, KI_PK_KAMERSTUK, "kamerstuk",
     "(?:" PREFIX DOS_P SUB "(?:" JOINTL ")?(?:" RW B0 "[,;]?" B0 NRW NRLIST
     "|" RW B0 "," B0 LETTERS "(?![ \\t\\x{a0}]{0,8}\\d))"
     /* without a prefix the dossier needs its "nr." ("31839, nr. 5"); a
      * table cell may leave out the comma ("36 600 XIII nr. 61") */
     /* an Eerste Kamer letter without "nr.": in brackets ("(36 011 (R2183),
      * E)", br set), or after the word "letter" ("(25295, letter AR)", "de
      * motie 25295, letter AR, de motie ..."); one alternative, so that the
      * dossier is read once */
     "|(?:" YEAR SEP ")?(?:(?<=\\()(?<br>))?" DOS_B SUB "(?:" JOINTL ")?" RW "(?:" B0 ",?" B0 NRW NRLIST
     "|" B0 "," B0 "(?:letter" B1 LETTERS
     "|(?(<br>)" LETTERS B0 "(?=\\))|(*FAIL))))"
     /* the Eerste Kamer's own Roman dossier numbers: "(CLVI, letter M)",
      * "Kamerstukken I 2017/18, CXXIV, A" */
     "|(?<![\\w])(?<dos>C[CLXVI]{1,7})" B0 "," B0 "letter" B1 "(?<nrs>[A-Z]{1,2})(?![\\w])"
     "|" PREFIX "(?<dos>C[CLXVI]{1,7})" B0 "," B0 "(?:letter" B1 ")?" LETTERS
     /* a joint document in brackets: "(22.112 / 31.544, CK)", with the
      * budget chapters "(35925 VII / 35925 IV, A)" */
     "|(?<=\\()(?<dos>\\d{2}[ .]?\\d{3})(?:" B1 "(?<sub>[IVXL]{1,7}))?" JOINT "(?:" B1 "(?<sub2>[IVXL]{1,7}))?"
     B0 "," B0 "(?<nrs>[A-Z]{1,2})(?![\\w])" B0 "(?=[),])" ")",
     ki_canon_kamerstuk, ex_kst_full, nx_kst_full},
    {KI_P_KST_COMPACT, KI_PK_KAMERSTUK, "kamerstuk-compact",
     "(?:(?<pre>" KSTW ")(?:" B1 CH ")?" SEP "(?:" YEAR SEP ")?"
     "|(?<pre>[Ss]tuk(?:ken)?)" B1
     "|(?<tvv>t\\.?" B0 "v\\.?" B0 "v\\.?|tvv)" B0 "|(?<=\\()|(?<=^)|(?<=\\n)"
     /* alone on its line, indented ("Zaak: ... -⏎    31015-311⏎Besluit:"):
      * up to eight blanks before it, nothing after it (see the end) */
     "|(?<ind>(?<=\\n[ \\t]|\\n[ \\t]{2}|\\n[ \\t]{3}|\\n[ \\t]{4}|\\n[ \\t]{5}|\\n[ \\t]{6}|\\n[ \\t]{7}|\\n[ \\t]{8}))"
     /* an item of a list: "zijn vervallen: 35300-XII-53; 34348-74; ..." */
     "|(?<=[;:] )"
     /* a table's cell: "| 24557-201 | Afgedaan |" */
     "|(?<=\\| )"
     /* right after the word: "de motie 32793-812", "amendement 36512-8",
      * "De moties 29911-226 en 31015-168 worden aangehouden" */
     "|(?<=[Mm]otie |[Mm]oties |[Aa]mendement )"
     /* a letter by its number: "Zie de brief 21501-34-181", "Kamerbrief 29279-889" */
     "|(?<=brief |Brief )"
     /* the last item of a line after " - " (a Zaak line of a
      * besluitenlijst: "Zaak: Brief regering - ... - 21501-34-181") */
     "|(?<eol>(?<=[ \\t]- ))"
     /* a list that glues number and motion with dashes: "-31066-503-Motie
      * van het lid Omtzigt c.s. om ...", also after text on the line ("...
      * er -31066-504-Motie van de leden ...": the motion follows) */
     "|(?<glued>(?<=-)(?<![\\w]-)))"
     /* (in brackets or as a Zaak line's last item also spaced, when a sub
      * and a number follow by dashes: "(31 700-XIV-126/2009D07382)",
      * "Zaak: Motie - Motie van het lid X over Y - 36 600-VI-42") */
     "(?<dos>(?(<pre>)\\d{2}[ \\x{a0}]?\\d{3}|(?:\\d{5}|(?<=\\(|[ \\t]- )\\d{2}[ \\x{a0}]\\d{3}(?=-(?:[IVXL]{1,7}|[A-Z])-\\d{1,4}(?![\\w])))))"
     "(?:" DASH RWC "(?:(?<sub>[IVXL]{1,7}|[A-Z]|\\d{2})" DASH ")?"
     /* "Kamerstuk 32 123 XIII-17": a blank before the Roman sub */
     "|(?(<pre>)" B1 "(?<sub>[IVXL]{1,7})" DASH "|(*FAIL)))"
     /* "op stuk 21501-32, nr. 672", also without the comma ("op stuk
      * 21501-32 nr. 672", at most one line break between; a blank line
      * ends the reference): the dash joins dossier and sub, the number
      * follows (KI_P_KST_FULL reads it) */
     "(?<nrs>\\d{1,4})(?![\\w])(?!(?:" B0 "," B0 "|[ \\t\\x{a0}]{0,8}(?:\\r?\\n[ \\t\\x{a0}]{0,8})?)"
     "(?:[Nn]rs?|NRS?)\\.?" B0 "\\d)"
     "(?(<eol>)(?=[ \\t]{0,8}(?:\\r?\\n|$)))"
     "(?(<ind>)(?=[ \\t]{0,8}(?:\\r?\\n|$)))"
     "(?(<glued>)(?=" DASH "(?:[Gg]ewijzigde|GEWIJZIGDE|[Mm]otie|MOTIE|[Aa]mendement)))",
     ki_canon_kamerstuk, ex_kst_compact, nx_kst_compact},
    {KI_P_KST_URL, KI_PK_KAMERSTUK, "kamerstuk-id",
     "(?<![\\w-])kst-(?<dos>\\d{5})(?:-(?<sub>[IVXL]{1,7}|[A-Z]|\\d{2}))?-(?<nrs>\\d{1,4}|[A-Z]{1,2})(?![\\w])",
     ki_canon_kamerstuk, ex_kst_url, nx_kst_url},
    {KI_P_KST_NRPAREN, KI_PK_KAMERSTUK, "kamerstuk-nr-dossier",
     /* an Eerste Kamer motion numbered in Handelingen: "Zij krijgt letter F
      * (36 702)." (a capital alone, the dossier alone in the brackets) */
     "(?:\\b(?:[Nn]r|NR)\\.?" B0 "(?<nrs>\\d{1,4})|\\bletter" B1 "(?<nrs>[A-Z]{1,2})(?![\\w]))" B0 "\\(" B0
     "(?<dos>\\d{2}[ \\x{a0}]?\\d{3})(?:" B0 DASH B0 "(?<sub>[IVXL]{1,7}|[A-Z]|\\d{2})|" B1 "(?<sub>[IVXL]{1,7}|[A-Z]))?" B0 "\\)",
     ki_canon_kamerstuk, ex_kst_nrparen, nx_kst_nrparen},
    {KI_P_KST_CONTEXT, KI_PK_KAMERSTUK, "kamerstuk-stuknr",
     "\\b(?<ctx>(?:(?:[Oo]p|[Bb]ij|[Oo]nder)" B1 "(?:het" B1 ")?)?(?:[Ss]tuk(?:ken)?" B1
     "(?:[Nn]rs?|NRS?)\\.?|[Ss]tuknummers?(?![\\w]))" B0 NRLIST
     "|(?:(?:gedrukt|GEDRUKT)" B1 ")?(?:onder|ONDER)" B1 "(?:[Nn]r|NR)\\.?" B0 "(?<nrs>\\d{1,4})(?![\\w])"
     /* "(nr. 5)" after a dossier; "(nr. 1, item 11)" is Handelingen */
     /* (not another body's numbering: "de Gezondheidsraad (nr. 2026/14)") */
     "|(?<=\\()(?:[Nn]rs?|NRS?)\\." B0 "(?>" NRLIST ")(?!/\\d)(?!" B0 "[,;]?" B0 "[Ii]tems?(?![\\w]))"
     /* "de motie op nr. 58", "het amendement op nr. 17" (the match starts at "op") */
     "|(?:[Mm]otie|[Aa]mendement)(?:s|en)?" B1 "\\Kop" B1 "(?:[Nn]rs?|NRS?)\\.?" B0 NRLIST
     /* a gewijzigde motie: "t.v.v. nr. 61", "ter vervanging van nr. 58" */
     "|(?<tvv>t\\." B0 "v\\." B0 "v\\.|[Tt]er" B1 "vervanging" B1 "van)" B0 "(?:[Nn]r|NR)\\.?" B0
     "(?<nrs>\\d{1,4})(?![\\w])"
     "|(?<tap>t\\." B0 "a\\." B0 "p\\.|[Ii]dem|[Ii]bid(?:em|\\.))" B0 "," B0 "(?:(?:[Nn]rs?|NRS?)\\.?" B0 NRLIST
     /* an Eerste Kamer letter: "(idem, F)" */
     "|(?<nrs>[A-Z]{1,2})(?![\\w])(?=" B0 "[).;])"
     ")"
     "|was" B1 "(?:[Nn]r|NR)\\.?" B0 "(?<nrs>\\d{1,4})(?![\\w])"
     /* a letter of the page's own Eerste Kamer dossier: "(EK, B)" (ekp); of
      * a Roman one named: "(EK CXXIV, H)", "(CXLVIII, D)", three numerals
      * at least without "EK" ("(CV, B)" is an annex) (its dos set: not from context;
      * kamerstuk has "(CLVI, letter M)") */
     "|(?<=\\()(?<ekp>EK)" B0 "," B0 "(?<nrs>[A-Z]{1,2})(?![\\w])(?=" B0 "\\))"
     "|(?<=\\()(?:EK" B1 "(?<dos>C[CLXVI]{1,7})|(?<dos>C[CLXVI]{2,7}))(?![\\w])" B0 "," B0
     "(?<nrs>[A-Z]{1,2})(?![\\w])(?=" B0 "\\)))"
     /* an Eerste Kamer motion's letter alone, the dossier from the context
      * as for "op stuk nr. 13": "de motie-Koffeman c.s. (letter F)" (the
      * match starts after the bracket, which begins it: a row cannot begin
      * with a lookbehind alone, see pairs_of()) */
     "|\\((?<ctx>)\\Kletter" B1 "(?<nrs>[A-Z]{1,2})(?![\\w])(?=" B0 "\\))",
     ki_canon_kamerstuk, ex_kst_context, nx_kst_context},
    {KI_P_HAND, KI_PK_HANDELING, "handelingen",
     "(?:(?:(?<aanh>Aanhangsel" B1 "(?:(?:van" B1 ")?(?:de|bij" B1 "de)" B1 ")?|Aanh\\." B0 ")?"
     "(?<hw>Han(?:-\\s{0,40})?de(?:-\\s{0,40})?lin(?:-\\s{0,40})?gen|Hand\\.)(?:" B1 "(?<ch>II|Il|ll|11|I|TK|EK|1)(?![\\w])"
     "|" B1 "(?:van" B1 "de" B1 ")?(?<chname>Tweede|Eerste)" B1 "Kamer(?![\\w]))?"
     "|(?<aanh>Kamervragen" B0 "\\(" B0 "Aanhangsel" B0 "\\)))" SEP
     "(?:vergaderjaar" B1 ")?" YEAR SEP
     "(?:(?:(?:[Nn]rs?|NRS?)[.,]?|[Nn]ummers?|(?:blz|pag|pp?)\\.)" B0
     "(?<nr>\\d{1,5}(?:" B0 "(?:,|en)" B0 "(?:(?:[Nn]rs?|NRS?)\\.?" B0 ")?\\d{1,5}){0,5})(?![\\w])"
     "(?:" B0 "[,;]?" B0 "[Ii]tems?" B0 "(?<item>\\d{1,4}(?:" B0 "(?:,|en)" B0 "\\d{1,4}){0,5})(?![\\w]))?"
     /* the number without "nr.", where an item follows: "2025/26, 52, item 14" */
     "|(?<nr>\\d{1,4})" B0 "," B0 "[Ii]tems?" B0 "(?<item>\\d{1,4}(?:" B0 "(?:,|en)" B0 "\\d{1,4}){0,5})(?![\\w])"
     /* a page without "blz." that closes the citation: "(Handelingen II 2005/06, 5631)",
      * also a page range, "(Handelingen TK 1997-1998, 6368-6375)" (the first page);
      * or the sitting's number closing it or its line, as tweedekamer.nl cites one:
      * "Handelingen TK 2024-2025, 48" */
     "|(?<![ \\t]{3})(?<nr>\\d{1,5})(?=" DASH "?\\d{0,5}" B0 "[);]|[ \\t]*(?:\\r?\\n|$)))"
     /* "(idem, item 21)": another item of the Handelingen just cited */
     "|(?<htap>[Ii]dem|t\\." B0 "a\\." B0 "p\\.)" B0 "," B0 "[Ii]tems?" B0
     "(?<item>\\d{1,4}(?:" B0 "(?:,|en)" B0 "\\d{1,4}){0,5})(?![\\w]))",
     ki_canon_handeling, ex_hand, nx_hand},
    {KI_P_HAND_URL, KI_PK_HANDELING, "handelingen-id",
     "(?<![\\w-])(?<lit>a?h)-(?<house>tk|ek)-(?<yy>\\d{8})-(?<nr>\\d{1,5})(?:-(?<item>\\d{1,4}))?(?![\\w])",
     ki_canon_handeling, ex_hand_url, nx_hand_url},
    {KI_P_TKNUM, KI_PK_TKNUMBER, "tk-number",
     "\\b(?<tkn>(?:19|20)\\d\\d(?<dz>[DZ])\\d{5})(?![\\w])",
     ki_canon_tknumber, ex_tknum, nx_tknum},
    {KI_P_TZNUM, KI_PK_TKNUMBER, "tz-number",
     "(?:\\b(?<tz>TZ\\d{6}-\\d{1,5})"
     /* the Eerste Kamer's T03912, where a number is expected: "(T03571)",
      * "Toezegging T03912", "Nummer T03913", a numbered heading "1. T02001"
      * (the match starts after \\K;
      * a list "T03912, T03913 en T03915" is read on by the canonicaliser) */
     "|(?:\\(|[Tt]oezegging(?:en)?" B1 "|[Nn]ummers?:?" B0 "|[Nn]r\\.:?" B0
     /* a line start by lookbehind: a match begins at a word start (after
      * no letter), and the line before may end in one */
     "|(?:^|(?<=\\n))[ \\t]{0,8}(?:\\d{1,3}\\.[ \\t]{1,8})?|\\|[ \\t]{0,8}"
     /* the chair's "die wordt geregistreerd als T03929" */
     "|(?:[Gg]eregistreerd|[Oo]pgenomen|[Bb]ekend)" B1 "(?:als|onder)" B1 ")"
     "\\K(?<tz>T\\d{5})(?![-/.,]\\d))(?![\\w])",
     ki_canon_tknumber, ex_tznum, nx_tznum},
    {KI_P_KST_CONT, KI_PK_AUX, "kamerstuk-continuation",
     "\\G(?:" B0 "(?:[,;]" B0 "(?:(?:pp?|pag|blz)\\.?" B0 "\\d{1,4}(?:" B0 "(?:,|en|t/m|" DASH ")" B0
     "\\d{1,4}(?![\\w])){0,8}" B0 "(?:[;,]" B0 "|(?=en" B1 "))" ")?"
     /* without the comma where "en" follows a letter: "(Kamerstukken I/II
      * 30 953, A en nr. 1)" */
     "|(?=en" B1 "))(?:en" B1 ")?" NRW NRLIST
     /* the next of a list of compact numbers: "36 600-XVI-77 en 21501-31-702" */
     "|" B0 "(?:[,;]|en(?![\\w]))" B0 "(?<cdos>\\d{2}[ \\x{a0}]?\\d{3})" DASH
     "(?:\\((?<crw>R\\d{3,4})\\)" DASH ")?(?:(?<csub>[IVXL]{1,7}|[A-Z]|\\d{2})" DASH ")?(?<cnr>\\d{1,4})(?![\\w]))",
     NULL, ex_kst_cont, nx_kst_cont},
    {KI_P_MOTION, KI_PK_MOTION, "motion",
     /* (a footnote's number may be glued to its capital: "100Motie van het lid X, Kamerstukken ...") */
     "(?<![A-Za-z]|\\d(?=[a-z]))(?<gew>(?:[Nn]ader" B1 ")?[Gg]ewijzigde" B1 "|(?:NADER" B1 ")?GEWIJZIGDE" B1 ")?(?<kw>[Mm]otie|MOTIE)(?<pl>s|S)?"
     /* (or a footnote mark glued to it: "de door hem ingediende motie1 tijdens") */
     "(?:(?![\\w])|(?<=[a-z])\\d(?=[ \\t]))"
     /* (a word the writer doubled: "de motie van van het lid X") */
     "(?:(?:" B0 DASH B0 "|" B1 "(?:(?:[Vv]an|VAN)(?:" B1 "van)?" B1 "(?:(?:(?:de|DE)" B1 ")?(?:" FORMER ")?(?:(?:[Kk]amer)?leden|(?:KAMER)?LEDEN)"
     /* "van het lid X", "van het Kamerlid X", "van lid X" */
     "|(?:(?:het|HET)" B1 ")?(?:" FORMER ")?(?:(?:[Kk]amer)?lid|(?:KAMER)?LID)"
     /* the party before the title, as news writes it: "een motie van
      * SP-Kamerlid Renske Leijten", "van GL-PvdA-Kamerlid X" */
     "|(?:(?:het|HET)" B1 ")?[A-Z][A-Za-z0-9]{0,12}(?:-[A-Z][A-Za-z]{1,5})?-[Kk]amerlid"
     /* "de motie van mevrouw Van Toorenburg", "van de heer Irrgang",
      * "van collega Van der Sloot" (debates) */
     "|mevrouw|de" B1 "heer|collega)" B1
     /* a relative clause: "de motie die het lid X c.s. heeft ingediend",
      * "die door de leden X en Y is voorgesteld" (the verb after the names) */
     "|(?<rel>(?:die|welke)" B1 "(?:door" B1 ")?(?:(?:(?:het|de)" B1 ")?(?:" FORMER ")?(?:[Kk]amer)?(?:lid|leden)"
     "|de" B1 "heer|mevrouw))" B1
     /* "Motie van Haverkamp", "motie van Van Haersma Buma": the
      * preposition; a name's own prefix is written "de motie Van Nispen",
      * "motie van der Werf" or "MOTIE VAN DER STAAIJ" */
     "|van" B1 "(?=[A-Z\\x{c0}-\\x{de}])|VAN" B1 "(?!" PFXW ")(?=[A-Z\\x{c0}-\\x{de}])"
     /* the "van" left out: "De motie het lid van Tongeren." */
     "|(?:het|HET)" B1 "(?:[Kk]amer)?(?:lid|LID)" B1
     /* the speaker first: "motie van mij en de heer Irrgang" */
     "|van" B1 "(?=" ME B1 "en" B1 ")"
     ")?)"
     "(?<names>(?:" ME B1 "en" B1 "(?:" TITLE ")?)?" NAMELIST ")"
     "(?(<rel>)" S1 "(?:(?:heeft|hebben|is|zijn|werd|werden)" S1 "(?:ingediend|voorgesteld|ingebracht)"
     "|indiende|indienden|voorstelde|voorstelden)(?![\\w])))?",
     NULL, ex_motion, nx_motion},
    {KI_P_MOTION_BY, KI_PK_MOTION, "motion-proposed-by",
     /* "(... is in die zin gewijzigd dat zij) thans is ondertekend door":
      * the sponsors of a changed motion */
     "(?:[Vv]oorgesteld|[Ii]ngediend|(?<ond>ondertekend))" B1 "door" B1 "(?:de" B1 "leden|het" B1 "lid)" B1
     "(?<names>" NAMELIST ")",
     NULL, ex_motion_by, nx_motion_by},
    /* the sponsors of a motion named by its number first ("de motie op stuk
     * nr. 21 van het lid X": matched where the number ends), or before it
     * ("Op verzoek van het lid X stel ik voor de volgende door hem
     * ingediende motie ... aan te houden: 29544, nr. 959") */
    {KI_P_MOTION_OF, KI_PK_MOTION, "motion-sponsors-apart",
     "(?:(?:(?<of>van)|(?<req>[Oo]p" S1 "verzoek" S1 "van)|(?<door>[Dd]oor)"
     /* a co-sponsor of the motion the speaker moves: "Met mevrouw Kuik dien
      * ik de volgende motie in", "Mede namens de heer X dien ik ..." */
     "|(?<with>(?:[Ss]amen" S1 ")?[Mm]et|[Mm]ede" S1 "namens))" B1
     "(?:het" S1 "(?:[Kk]amer)?lid|de" S1 "(?:[Kk]amer)?leden|de" S1 "heer|mevrouw)"
     /* the member speaking, who reads out a motion: "De heer Smaling (SP):",
      * or whose words follow on the line ("De heer Vendrik (GroenLinks):
      * Voorzitter. ...") */
     "|(?<spk>(?:(?<=\\n)|^)(?:De" S1 "heer|Mevrouw))"
     /* the members who moved it, as the sentence's subject: "De leden X en Y
      * hebben ... een motie ingediend", "Vorige week heeft het lid X een
      * motie ingediend" */
     "|(?<subj>(?:[Hh]et|[Dd]e)" S1 "(?:[Kk]amer)?(?:lid|leden)|[Dd]e" S1 "heer|[Mm]evrouw))"
     /* a label whose blank the source lost: "De heerKlaver (GroenLinks):" */
     "(?:" B1 "|(?(<spk>)(?<=heer|vrouw)(?=[A-Z])|(*FAIL)))" "(?<names>" NAMELIST
     /* the speaker moved it with them: "Mevrouw Kuik en ik hebben een motie
      * ingediend" (the plural verb says "ik" is part of the subject) */
     "(?(<subj>)(?:" S1 "en" S1 "ik(?=" S1 "hebben(?![\\w])))?))"
     "(?(<req>)" S1 "stel" S1 "ik" S1 "voor,?(?:" S1 "de" S1 "volgende)?" S1 "(?:door" S1 "(?:hem|haar|hen)"
     S1 "ingediende|zijn|haar|hun)" S1 "(?=[Mm]otie))"
     /* "de door de leden Bikker en Ceder ingediende motie" */
     "(?(<door>)" S1 "(?:(?:ingediende|voorgestelde)" S1 "(?=(?:[Gg]ewijzigde" S1 ")?[Mm]otie)"
     /* "Door het lid Tielen (VVD) is een motie ingediend"; the Eerste
      * Kamer's chair reading one out: "Door de leden X en Y wordt de
      * volgende motie voorgesteld:" */
     "|(?:is|zijn|werd|werden|wordt|worden)(?=" S1 "(?:een|de)" S1 "(?:volgende" S1 ")?(?:[Gg]ewijzigde" S1
     ")?[Mm]otie(?![\\w]))))"
     "(?(<spk>)[ \\t]{0,4}:(?=[ \\t]{0,4}(?:\\n|$)|[ \\t]{1,4}\\S))"
     "(?(<with>),?" S1 "(?:dien|leg)" S1 "(?:ik|wij|we)(?![\\w]))"
     /* "Het lid X dient de volgende motie in", "De leden X en Y dienden een motie in" */
     "(?(<subj>)(?:" S1 "(?:heeft|hebben)(?![\\w])"
     /* after "(samen) met" (the caller looks): "Samen met mevrouw Kuik heb ik
      * (vorige week) een motie ingediend", the speaker the subject and they
      * the co-sponsor */
     "|(?<we>" S1 "(?:heb|hebben|diende|dienden)" S1 "(?:ik|wij|we))"
     "(?=(?:" S1 "[^\\s.;:?!]{1,20}){0,3}?" S1 "(?:een|de)" S1 "(?:[Gg]ewijzigde" S1 ")?[Mm]otie(?![\\w]))"
     "|(?:" S1 "(?:dient|dienen|diende|dienden))?"
     "(?=" S1 "(?:een|de(?:" S1 "volgende)?)" S1 "(?:[Gg]ewijzigde" S1 ")?[Mm]otie(?![\\w]))))",
     NULL, ex_motion_of, nx_motion_of},
    {KI_P_SPONSORS, KI_PK_MOTION, "motion-list-next",
     /* "Six Dijkstra (Kamerstuk ...": before the number; "Kamerstuk 32 793,
      * nr. 181 (Wolbert)": inside the bracket after it */
     /* ... or before its subject: "en van het lid Ouwehand c.s. over X (Kamerstuk ...)" */
     "(?<names>" NAMELIST ")(?=" B0 "[()]|" B1 "(?:over|inzake)" B1 ")",
     NULL, ex_sponsors, nx_sponsors},
    {KI_P_COMMIT, KI_PK_COMMITMENT, "commitment",
     /* "de toegezegde evaluatie" names a commitment as the noun does */
     "(?<![A-Za-z0-9])(?:(?<noun>[Tt]oezegging(?:en)?|TOEZEGGING(?:EN)?|(?<=[Dd]e |[Hh]et )toegezegde)"
     "|(?<verb>toe(?:-[ \\t]*\\n[ \\t]*)?gezegd|beloofd|zegde|zegden|toezegden?"
     /* an earlier promise reported in other words: "heb ik gemeld uw Kamer,
      * naar verwachting, in april de resultaten aan te kunnen bieden", "Ik
      * heb aangegeven dat ik uw Kamer voor de zomer zou informeren"; the
      * match starts at the participle, its subject stands before it */
     "|(?<![\\w])(?:(?:heb|hebben)" B1 "(?:ik|wij|we)|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:heb|hebben))"
     "(?=(?:" B1 "[^\\s.;:?!]{1,30}){0,40}?" B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "(?:Tweede" B1 ")?Kamer)(?![\\w]))"
     "(?:" B1 "[^\\s.;:?!]{1,30}){0,10}?" B1 "\\K(?:gemeld|aangegeven|aangekondigd|laten" B1 "weten)(?![\\w])"
     "(?=(?:" B1 "[^\\s.;:?!]{1,30}){0,30}?" B1 "(?:aan" B1 "te" B1 "(?:kunnen" B1 ")?bieden"
     "|toe" B1 "te" B1 "(?:kunnen" B1 ")?(?:sturen|zenden)"
     "|(?:te" B1 "(?:kunnen" B1 "|zullen" B1 ")?|zou" B1 "|zouden" B1 ")"
     "(?:informeren|berichten|inlichten|rapporteren|toesturen|toezenden|sturen|zenden|aanbieden|antwoorden|beantwoorden"
     "|doen" B1 "toekomen))(?![\\w])))"
     "|(?<zeg>(?:[Zz]eg|[Zz]eggen)" B1 "(?:ik|wij|we)(?:" B1 TOWHOM "){0,3}" B1 "toe"
     /* "zeg ik u graag alle medewerking toe voor ...": what is promised
      * between the verb and its particle */
     "|(?:[Zz]eg|[Zz]eggen)" B1 "(?:ik|wij|we)(?:" B1 "[^\\s.;:?!,()]{1,25}){1,8}?" B1 "toe(?=" B0 "(?:[.;:,]|voor|om|dat|aan|te|$))"
     "|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:zeg|zeggen)(?:" B1 TOWHOM "){0,3}" B1 "toe"
     /* Handelingen: "Ik zeg de heer Soepboer (graag) toe", "Ik zeg mevrouw Van der Plas toe" */
     "|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:zeg|zeggen)" B1 MEMBER "(?:" B1 "(?:graag|wel|ook|dan))?" B1 "toe(?![\\w])"
     "|(?:zegt|zeggen)(?:" B1 "(?:hierbij|daarom|graag|wel|ook))?" B1 "toe"
     /* where or to whom between the verb and its particle: "De minister zegt
      * in het debat toe de regeling aan te passen" (not "zegt dat het tot nu
      * toe te weinig is", nor "zegt ... niet toe") */
     "|(?:zegt|zeggen|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "zeg)(?:" B1 "(?!(?:dat|of|tot|die|wat|hoe|als|omdat|wanneer|niet|nooit|geen)(?![\\w]))"
     "[^\\s.;:?!]{1,30}){1,10}?" B1 "toe(?=" B0 "(?:[.;:,]|voor|om|dat|aan|te|de|het|een|uw|$))"
     /* "Ik kan de heer Jansen toezeggen dat ...", "Dat kan ik u toezeggen",
      * "wil ik graag toezeggen" (not "niet toezeggen", nor a question) */
     "|(?:(?<!of )(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:kan|kunnen|wil|willen)|(?:[Kk]an|[Kk]unnen|[Ww]il|[Ww]illen)" B1 "(?:ik|wij|we))"
     "(?:" B1 "(?:" TOWHOM "|best|" MEMBER ")){0,4}" B1 "(?:toezeggen|beloven)(?![\\w])"
     /* "Ik beloof de Kamer dat ik ...", "Ik beloof u: ...", "Dat beloof ik u" */
     "|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:beloof|beloven)(?:" B1 "(?:" TOWHOM "|" MEMBER ")){0,3}(?=" B0 "(?:[:,]|dat|om|te)(?![\\w]))"
     "|(?<![\\w])[Dd]at" B1 "(?:beloof" B1 "ik|beloven" B1 "(?:wij|we))(?![\\w])"
     /* "Wat ik (u) wel kan toezeggen, is dat ..." */
     "|\\b[Ww]at" B1 "(?:ik|wij|we)(?:" B1 "(?:" TOWHOM "|best))*" B1 "(?:kan|kunnen|wil|willen)" B1 "toezeggen(?![\\w])"
     /* "Ik ben bereid ... en zeg toe uw Kamer ... te berichten" */
     "|(?<![\\w])en" B1 "(?:zeg|zeggen)(?:" B1 "(?:daarbij|ook|tevens|u|uw" B1 "Kamer))?" B1 "toe(?![\\w])"
     /* "zegt de Kamer, naar aanleiding van een vraag van het lid X, toe" */
     "|(?:zegt|zeggen)" B1 "(?:de|uw|het)" B1 "(?:Kamer|lid|leden)(?:,|" B1 "[^\\s.;:?!]{1,30}){0,40}?" B1 "toe(?![\\w])"
     /* a beslisnota's advice: "in de Kamerbrief toe te zeggen de Kamer ... te informeren" */
     "|(?<tte>toe" B1 "te" B1 "zeggen"
     /* "in te stemmen met de passage in de brief waarin u toezegt de Kamer ... te informeren" */
     "|(?<=waarin u )toezegt(?![\\w])"
     /* "in de brief aan te kondigen dat u de Kamer in het voorjaar informeert over ..." */
     "|aan" B1 "te" B1 "kondigen" B1 "dat" B1 "u" B1 "(?:de|uw)" B1 "Kamer(?:" B1 "[^\\s.;:?!]{1,30}){1,12}?" B1
     "informeert(?![\\w])"
     /* "U kunt in de brief toezeggen dat ..." */
     "|(?<![\\w])[Uu]" B1 "(?:kunt|kan)(?:" B1 "[^\\s.;:?!]{1,25}){0,5}?" B1 "toezeggen(?![\\w])))"
     /* "zal uw Kamer voor de zomer informeren", "zullen wij de Kamer ...
      * toesturen": a promise to the Kamer in the future tense */
     /* a promise in the present tense, said with its time ("Wij informeren
      * uw Kamer voor de zomer", "informeer ik uw Kamer na de zomer", "Ik kom
      * hierop terug in de voortgangsbrief", "Uw Kamer wordt uiterlijk
      * januari 2026 geïnformeerd"); the detector asks for the time */
     /* (also the cabinet: "Het kabinet stuurt de Kamer voor de Europese
      * Raad van maart een brief") */
     "|(?<pres>(?:(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:informeer|informeren|stuur|sturen)"
     "|(?:[Hh]et" B1 "kabinet|[Dd]e" B1 "regering)" B1 "(?:informeert|stuurt))"
     B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "Kamer)(?:" B1 "[^\\s.;:?!]{1,30}){0,10}?" B1
     "(?:voor|v\xc3\xb3\xc3\xb3r|na|in|uiterlijk|begin|medio|eind|rond|bij|zodra"
     /* (or how often from now on: "stuurt de Kamer voortaan ieder halfjaar") */
     "|voortaan|jaarlijks|halfjaarlijks|periodiek)(?![\\w])"
     /* the verb first: what stands before it is often the time ("Na de
      * zomer informeer ik uw Kamer", "Voor de zomer ontvangt uw Kamer van
      * mij een brief") */
     "|(?<![\\w])(?:[Ii]nformeer|[Ii]nformeren|[Ss]tuur|[Ss]turen)" B1 "(?:ik|wij|we)" B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "Kamer)(?![\\w])"
     "|(?<![\\w])(?:[Oo]ntvangt|[Kk]rijgt)" B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "(?:Tweede" B1 ")?Kamer)(?![\\w])"
     /* "Ik laat u voor 1 mei weten of ...", "Wel laat ik u ... weten" */
     /* ("ik laat het u weten", "laat ik het de Kamer dan weten") */
     "|(?<![\\w])(?:[Ll]aat" B1 "(?:ik|wij|we)|(?:[Ii]k|[Ww]ij|[Ww]e|en)" B1 "laat)(?:" B1 "(?:het|dat|dit))?" B1
     "(?:u|[Uu]w" B1 "Kamer|de" B1 "Kamer)(?:" B1 "[^\\s.;:?!]{1,30}){0,10}?" B1 "weten(?![\\w])"
     "|(?<![\\w])(?:U|[Uu]w" B1 "Kamer|[Dd]e" B1 "(?:Tweede" B1 ")?Kamer)" B1 "(?:ontvangt|krijgt)(?![\\w])"
     /* an expectation with its time: "Ik verwacht uw Kamer voor de zomer te
      * informeren", "De minister van VWS verwacht uw Kamer, uiterlijk het
      * eerste kwartaal van 2025, nader te kunnen informeren" (after an item
      * it is that item's next step) */
     "|(?<![\\w])(?:(?:[Ii]k|[Ww]ij|[Ww]e)" B1 ")?(?:verwacht|verwachten)" TO_KAMER_TE
     /* (or "kom ... met de uitkomsten naar de Kamer") */
     "|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:kom|komen)(?:" B1 "[^\\s.;:?!]{1,30}){0,12}?" B1
     "(?:terug|naar" B1 "(?:de|uw)" B1 "Kamer)(?![\\w])"
     "|(?:[Kk]om|[Kk]omen)" B1 "(?:ik|wij|we)(?:" B1 "[^\\s.;:?!]{1,30}){0,12}?" B1 "terug(?![\\w])"
     "|(?:[Uu]w|[Dd]e)" B1 "(?:Tweede" B1 ")?Kamer" B1 "(?:wordt|zal)(?:" B1 "[^\\s.;:?!]{1,30}){0,8}?" B1
     "(?:worden" B1 ")?ge(?:\xc3\xaf|i)nformeerd(?![\\w])"
     /* "Zodra dat bekend is, wordt uw Kamer hierover geïnformeerd" */
     "|(?<![\\w])(?:wordt|zal)" B1 "(?:uw|de)" B1 "(?:Tweede" B1 ")?Kamer(?:" B1 "[^\\s.;:?!]{1,30}){0,8}?" B1
     "(?:worden" B1 ")?ge(?:\xc3\xaf|i)nformeerd(?![\\w])"
     /* what is sent, in the passive: "De antwoorden zullen u spoedig
      * nagezonden worden", "Het rapport wordt voor 1 juli aan uw Kamer
      * toegezonden" (the detector asks for a time, or "zal") */
     "|(?<sent>(?<![\\w])(?:[Zz]al|[Zz]ullen|[Ww]ordt|[Ww]orden)(?:" B1 "[^\\s.;:?!]{1,30}){0,10}?" B1 "(?:aan" B1 ")?"
     "(?:u|[Uu]w" B1 "Kamer|de" B1 "(?:Tweede" B1 ")?Kamer)(?![\\w])(?:" B1 "[^\\s.;:?!]{1,30}){0,8}?" B1 "(?:worden" B1 ")?"
     "(?:(?:toe|na)?ge(?:zonden|stuurd)|aangeboden)(?![\\w])(?:" B1 "worden(?![\\w]))?))"
     /* also in a subordinate clause: "waarna ik uw Kamer spoedig zal informeren";
      * an intention: "Ik ben voornemens uw Kamer ... te informeren" (not an
      * expectation: "Ik verwacht u ... te informeren" is the next step of
      * what the text reports on) */
     "|(?<zal>(?:(?<![\\w])(?:ik|wij|we)(?=" B1 "(?:u|[Uu]w" B1 "Kamer|de" B1 "Kamer)" B1 "(?:\\S{1,25}" B1 "){0,6}?(?:zal|zullen)" B1 ")"
     "|(?<![\\w])(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:ben" B1 "voornemens|zijn" B1 "voornemens"
     "|ben" B1 "van" B1 "plan|zijn" B1 "van" B1 "plan|streef" B1 "ernaar|streven" B1 "ernaar)" TO_KAMER_TE
     /* "Streven wij ernaar ...", "De staatssecretaris heeft aangegeven
      * ernaar te streven de Kamer ... te informeren" (its subject before) */
     "|(?<![\\w])(?:[Ss]treef|[Ss]treven)" B1 "(?:ik|wij|we)" B1 "ernaar" TO_KAMER_TE
     "|(?<![\\w])ernaar" B1 "te" B1 "streven" TO_KAMER_TE
     "|(?:[Zz]al|[Zz]ullen)(?:" B1 "(?:ik|wij|we))?)"
     /* not across a subordinate clause's start ("zal ... plaatsvinden, waarna ik uw Kamer ...") */
     "(?:" B1 "(?!(?:waarna|nadat|zodra|zodat|waarbij|waarop|waarmee)(?![\\w]))[^\\s.;:?!]{1,25}){0,6}?" B1
     "(?:u|[Uu]w" B1 "Kamer|de" B1 "(?:Tweede" B1 "|Eerste" B1 ")?Kamer)(?![\\w])"
     /* "zal uw Kamer zo spoedig mogelijk na ontvangst van het advies en ...
      * hierover informeren": real sentences put much between */
     "(?:" B1 "[^\\s.;:?!]{1,30}){0,24}?" B1
     "(?:informeren|berichten|inlichten|rapporteren|toesturen|toezenden|sturen|zenden|aanbieden"
     "|doen" B1 "toekomen|op" B1 "de" B1 "hoogte" B1 "(?:houden|stellen|brengen))))(?![\\w])"
     /* the Kamer last, after what is done first: "Tot slot zal ik uiterlijk 1
      * oktober met de sectorraad de uitkomsten bespreken en u daarover
      * berichten" */
     "|(?<zalen>(?<![\\w])(?:[Zz]al|[Zz]ullen)" B1 "(?:ik|wij|we)(?:" B1 "[^\\s.;:?!]{1,30}){2,24}?" B1 "en" B1
     "(?:u|[Uu]w" B1 "Kamer)(?:" B1 "(?:daarover|hierover|daarna|vervolgens))?" B1
     "(?:informeren|berichten|inlichten)(?![\\w]))",
     NULL, ex_commit, nx_commit},
    {KI_P_CUE_SETTLED, KI_PK_CUE, "cue-settled",
     "\\b(?:als" B1 ")?[Aa]fgedaan(?<!niet afgedaan)(?<!niet als afgedaan)|\\bafgehandeld"
     "|(?<!niet )\\bals" B1 "(?:uitgevoerd|afgerond|voldaan)(?![A-Za-z])"
     "|(?:[Hh]iermee|[Hh]ierbij|[Dd]aarmee|[Hh]iervan|[Dd]aarvan)(?:" B1 "\\S{1,20}){0,5}?" B1 "(?:voldaan|uitgevoerd|afgerond|ingevuld|nagekomen)"
     "|(?:is|wordt|zijn)" B1 "(?:(?:hiermee|daarmee|hierbij|inmiddels)" B1 ")?voldaan"
     /* not the future: "Ik zal uitvoering geven aan de motie" */
     "|(?<!zal )(?<!zullen )(?<!geen )(?<!verder )(?<!verdere )(?:uitvoering|invulling|gevolg)" B1 "(?:(?:is|wordt|zijn|worden|geef|geven|gegeven|ik|wij|we)" B1 "){0,3}aan(?![\\w])"
     "|(?:[Kk]om|[Kk]omen)" B1 "(?:ik|wij|we)(?:" B1 "(?!(?:niet|geen)(?![\\w]))\\S{1,20}){0,5}?" B1 "na(?![\\w])"
     /* a beslisnota: "Met bijgaande Kamerbrief komt u deze toezegging na" */
     /* (its meeting between: "komt u de toezegging uit het commissiedebat van 18 juni na") */
     "|\\bkomt" B1 "u" B1 "(?=[^.;:?!]{0,60}?(?:toezegging|motie))[^.;:?!]{1,120}?" B1 "na(?![\\w])"
     "|gestand"
     /* "Deze brief heb ik toegezegd in het commissiedebat X" */
     "|\\b[Dd]eze" B1 "brief" B1 "(?:heb" B1 "ik|hebben" B1 "(?:wij|we)|is|werd)" B1 "(?:\\S{1,20}" B1 "){0,3}?toegezegd(?![\\w])"
     /* "Deze brief komt later dan toegezegd": late, but this is it */
     "|\\b[Dd]eze" B1 "brief" B1 "(?:komt|verschijnt|is|wordt" B1 "(?:u" B1 ")?(?:verzonden|gestuurd))" B1
     "(?:\\S{1,20}" B1 "){0,2}?later" B1 "dan" B1 "(?:toegezegd|aangekondigd|beloofd|voorzien|gepland)(?![\\w])"
     "|(?:[Vv]oldoe|[Vv]oldoen)" B1 "(?:ik|wij|we)"
     "|(?:[Dd]oe|[Dd]oen)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,25}){0,40}?" B1 "af(?![\\w])(?!" B1 "(?:en|van)(?![\\w]))"
     /* (not "voer ik niet uit") */
     "|(?:[Vv]oer|[Vv]oeren)" B1 "(?:ik|wij|we)(?:" B1 "(?!(?:niet|geen)(?![\\w]))\\S{1,25}){0,12}?" B1 "uit(?![\\w])"
     "|(?:is|zijn)" B1 "(?:(?:inmiddels|hiermee|daarmee|beide|volledig|reeds|al|inderdaad)" B1 "){0,2}(?:uitgevoerd|afgerond)(?![A-Za-z])"
     /* "is met de nieuwe regeling uitgevoerd" */
     "|(?:is|zijn)" B1 "met" B1 "(?:\\S{1,25}" B1 "){1,5}?(?<!niet )(?:uitgevoerd|afgerond)(?![A-Za-z])"
     "|(?:[Vv]indt|[Tt]reft)" B1 "u" B1 "(?:hierbij|in|bij)"
     "|(?:[Kk]om|[Kk]omen)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,20}){0,3}?" B1 "tegemoet(?![\\w])|tegemoet" B1 "gekomen"
     "|(?<!geen )(?<!geen\\n)(?:uitvoering|invulling|gevolg)" B1 "gegeven(?![\\w])"
     "(?!" B1 "(?:zal|zullen|gaat|gaan|kan|kunnen|moet|moeten|wordt|worden)(?![\\w]))"
     /* "is de motie van het lid X (...) uitgevoerd", "acht ik met het besluit
      * uitgevoerd", "Ik heb de motie van het lid X uitgevoerd" */
     "|(?:\\b(?:is|zijn|[Hh]eb|[Hh]ebben|[Hh]eeft)(?:" B1 WORDX "){0,3}?" B1 "(?:[Mm]oties?|[Tt]oezegging(?:en)?)(?:-[^\\s.;:?!]{1,30})?"
     "|[Aa]cht" B1 "(?:ik|wij|we))(?:" B1 WORDX ")*?" B1 "uitgevoerd(?![A-Za-z])"
     /* the motion named first, as the topic: "Die motie heb ik uitgevoerd" */
     "|\\b(?:[Hh]eb|[Hh]ebben|[Hh]eeft)" B1 "(?:ik|wij|we)(?:" B1 WORDX "){0,8}?" B1 "(?:uitgevoerd|afgerond)(?![A-Za-z])"
     /* "Met deze brief is aan die toezegging voldaan", "is die toezegging ingelost" */
     "|(?:is|zijn|wordt|worden)(?:" B1 "(?:hiermee|daarmee|hierbij|nu|inmiddels))?" B1 "aan" B1
     "(?:deze|die|de|het|dit|mijn|onze|beide)(?:" B1 "[^\\s.;:?!]{1,25}){1,2}?" B1 "voldaan"
     /* "is conform eerdere toezegging vóór 1 april afgerond", "Conform mijn
      * toezegging stuur ik u hierbij het rapport": done as promised */
     "|(?<!niet )(?<!nog )\\b(?:[Cc]onform|[Oo]vereenkomstig)(?:" B1 "[^\\s.;:?!]{1,25}){0,3}?" B1 "toezegging(?:" B1 WORDX ")*?" B1
     "(?<!niet )(?:afgerond|uitgevoerd|ingevoerd|gerealiseerd|hierbij|bijgaand)(?![\\w])"
     "|(?<!niet )(?:ingelost|(?:als|is|zijn)" B1 "nagekomen)|gewijzigd" B1 "in" B1 "voldaan"
     /* "Met artikel I wordt die toezegging nagekomen" */
     "|\\b(?:wordt|worden)" B1 "(?:(?:hiermee|daarmee|hierbij|die|deze|de|dat|het|beide|mijn|onze)" B1 ")?"
     "(?:toezegging(?:en)?|beloften?|afspraak)" B1 "nagekomen(?![\\w])"
     /* the motion named before the verb: "Artikel I, onderdeel D, geeft aan die motie uitvoering" */
     /* (a thing that does it; not the writer at work: "Ik geef aan deze motie uitvoering via ...") */
     "|\\b(?<!zal )(?<!zullen )(?<!ij )(?<!we )(?:geeft|geven)" B1 "(?:(?:hiermee|daarmee)" B1 ")?aan" B1
     "(?:deze|die|de|dat|het|beide)" B1 "(?:moties?|toezegging(?:en)?|verzoek)(?:" B1 "(?:volledig|hiermee|daarmee))?" B1
     "(?:uitvoering|invulling|gevolg)(?![\\w])"
     /* a stand-van-zaken overview or a status cell: "Status: afgerond",
      * "Stand van zaken: uitgevoerd", "| Uitgevoerd |" */
     "|(?:[Ss]tatus|[Ss]tand" B1 "van" B1 "zaken):?" B0 "(?:(?:hiermee|daarmee|inmiddels)" B1 ")?"
     "(?:[Vv]oldaan|[Aa]fgerond|[Uu]itgevoerd)(?![\\w])"
     "|\\b(?:Uitgevoerd|Afgerond)(?![\\w])(?!" B1 "(?:wordt|worden|zal|zullen|kan|kunnen|moet|moeten)(?![\\w]))"
     "|ontvangt" B1 "u" B1 "hierbij|heeft(?:" B1 "(?!niet|nog|geen)[^\\s.;:?!]{1,20}){0,4}?" B1 "plaatsgevonden(?![\\w])"
     /* "Dat doe ik met deze brief.", "Hierbij ontvangt u die informatie.", "Die
      * gesprekken zijn gevoerd.", "Die brief is op 4 december verzonden." */
     "|(?:[Dd]at|[Dd]it)" B1 "(?:doe|doen)" B1 "(?:ik|wij|we)" B1 "(?:(?:met|in|bij)" B1 "deze" B1 "brief|hierbij|hiermee)"
     "|(?:[Mm]et" B1 "deze" B1 "brief|[Hh]ierbij|[Hh]iermee)" B1 "(?:doe|doen)" B1 "(?:ik|wij|we)" B1 "(?:dat|dit|het)(?![\\w])"
     /* "Deze brief voorziet daarin", "Hierbij doe ik u die brief toekomen":
      * the promise the sentence before named, done by this letter (not
      * "Met deze brief informeer ik u hierover", which handles it) */
     "|(?:[Dd]eze" B1 "brief|[Hh]iermee)" B1 "(?:voorziet|voorzie|voorzien)(?:" B1 "(?:ik|wij|we))?" B1 "(?:daarin|hierin)(?![\\w])"
     "|[Hh]ierbij" B1 "(?:doe|doen)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)" B1
     "(?:die|dat|deze|het" B1 "toegezegde|de" B1 "toegezegde)(?![\\w])"
     /* "Deze brief bevat die nadere reactie": what was promised */
     "|\\b(?:[Dd]eze|[Dd]it)" B1 "(?:brief|bericht|notitie|rapportage)" B1 "(?:bevat|behelst|vormt|is)" B1
     "(?:die|dat|deze|dit|(?:de|het)" B1 "(?:toegezegde|beloofde|aangekondigde|gevraagde))(?![\\w])"
     /* "Zoals (eerder) toegezegd, informeer ik u met deze brief over X",
      * "Graag informeer ik u in deze brief over X, zoals toegezegd in ...":
      * this letter is what was promised */
     "|\\b[Zz]oals(?:" B1 "[^\\s.;:?!]{1,25}){0,14}?" B1 "(?:toegezegd|aangekondigd|beloofd)(?![\\w])"
     "(?:,?" B1 "[^\\s.;:?!]{1,25}){0,10}?" B1 "(?:hierbij|hiermee|bijgaand|deze" B1 "[a-z]{0,20}brief)(?![\\w])"
     "|\\b(?:[Hh]ierbij|[Hh]iermee|[Bb]ijgaand)(?:" B1 "[^\\s.;:?!]{1,25}){0,6}?,?" B1 "zoals"
     "(?:" B1 "[^\\s.;:?!]{1,25}){0,3}?" B1 "(?:toegezegd|aangekondigd|beloofd)(?![\\w])"
     "|(?:[Ii]nformeer|[Ss]tuur|[Zz]end|[Bb]ied|[Bb]ericht)(?:" B1 "[^\\s.;:?!]{1,25}){0,10}?" B1
     "(?:hierbij|hiermee|bijgaand|deze" B1 "[a-z]{0,20}brief)(?:" B1 "[^\\s.;:?!]{1,25}){0,12}?,?" B1 "zoals"
     "(?:" B1 "[^\\s.;:?!]{1,25}){0,3}?" B1 "(?:toegezegd|aangekondigd|beloofd)(?![\\w])"
     /* "In deze brief zal ik, zoals toegezegd, uw Kamer informeren" */
     "|\\b(?:[Mm]et|[Ii]n)" B1 "deze" B1 "brief(?:" B1 "[^\\s.;:?!]{1,25}){1,6}?," B1 "zoals"
     "(?:" B1 "[^\\s.;:?!]{1,25}){0,3}?" B1 "(?:toegezegd|aangekondigd|beloofd)(?![\\w])"
     /* what was promised, not just anything ("Hierbij ontvangt u de appreciatie") */
     "|[Hh]ierbij" B1 "(?:ontvangt" B1 "u|(?:stuur|zend|bied)" B1 "(?:ik|wij|we)(?:" B1 "u)?)" B1
     "(?:die|dat|deze|het" B1 "toegezegde|de" B1 "toegezegde|de" B1 "gevraagde|het" B1 "gevraagde)(?![\\w])"
     "|(?:gesprek|gesprekken|overleg)(?:" B1 "[^\\s.;:?!]{1,20}){0,3}?" B1 "(?:is|zijn)" B1 "(?:inmiddels" B1 ")?gevoerd(?![\\w])"
     "|\\b(?:is|zijn)(?:" B1 WORDX "){0,6}?" B1 "(?:verzonden|verstuurd|toegezonden)(?![\\w])"
     /* "Deze brief doet tevens de toezegging af" */
     "|(?:[Dd]oet|[Dd]oen)" B1 "(?:deze|dit|de|hiermee|daarmee|tevens|ook|hierbij|u)(?:" B1 "[^\\s.;:?!]{1,25}){0,5}?" B1 "af(?![\\w])",
     NULL, ex_cue_settled, nx_cue_settled},
    {KI_P_CUE_PROGRESS, KI_PK_CUE, "cue-progress",
     /* not a table's column header: "Stand van zaken" alone on its line, a blank line after */
     /* nor "de huidige stand van zaken" of a subject the letter treats */
     "(?<!huidige )[Ss]tand" B1 "van" B1 "zaken(?![ \\t]*\\n[ \\t]*\\n)(?!" B0 ":" B0 "(?:hiermee" B1 "|daarmee" B1 ")?(?:[Aa]fgedaan|[Aa]fgerond|[Vv]oldaan|[Uu]itgevoerd|[Aa]angehouden|[Vv]erworpen|[Vv]ervallen|[Ii]ngetrokken))|[Vv]oortgangsrapportage|[Tt]ussenstand|[Tt]ussenrapportage"
     "|\\bOver" B1 "de" B1 "(?:verdere" B1 ")?(?:uitvoering|voortgang|uitwerking)"
     /* "geef ik verder uitvoering aan deze motie": it goes on */
     "|\\b(?:verder|verdere)" B1 "(?:uitvoering|invulling|gevolg)" B1 "(?:geven" B1 ")?aan(?![\\w])"
     /* one of a series a promise asked for: "Deze brief behelst de eerste
      * zelfstandige rapportage" */
     "|\\b(?:[Dd]eze|[Dd]it)" B1 "(?:brief|bericht|rapportage)" B1 "(?:behelst|bevat|is)" B1 "de" B1
     "(?:eerste|tweede|derde|vierde|vijfde|zesde|volgende)(?![\\w])"
     "|voortgang(?:" B1 "\\S{1,25}){0,6}?" B1 "(?:toegelicht|gerapporteerd|beschreven|geschetst)"
     "|(?:licht|schets|beschrijf|rapporteer|meld)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,25}){0,4}?" B1 "voortgang"
     "|(?:informeer|bericht|informeren|berichten)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)(?:" B1 "(?:graag|hierbij|nu))?" B1 "over" B1 "(?:de|het)" B1 "(?:voortgang|stand|eerste|volgende|verdere|uitwerking)"
     "|(?:[Ww]aarover|[Hh]ierover|[Dd]aarover)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)"
     "|(?:over" B1 "de" B1 "(?:uitwerking|verdere" B1 "uitvoering)" B1 "(?:informeer|bericht)" B1 "(?:ik|wij|we))"
     "|het" B1 "volgende" B1 "(?:melden|berichten)"
     "|nog" B1 "niet" B1 "(?:als" B1 ")?(?:afgerond|afgedaan|gereed|uitgevoerd)"
     "|\\b(?:[Ii]n|nog" B1 "in)" B1 "uitvoering(?![\\w])"
     "|(?:kom|komen)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,20}){0,6}?" B1 "terug"
     "|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:kom|komen)(?:" B1 "\\S{1,20}){0,6}?" B1 "terug"
     /* "wordt betrokken bij de rapportage", "is deels voldaan", "Status: in behandeling" */
     "|(?:wordt|worden)" B1 "(?:(?:nu|thans|momenteel)" B1 ")?betrokken" B1 "bij"
     /* "ga ik in op de voortgang van", "Hierover verschijnt in december een brief" */
     "|\\bop" B1 "de" B1 "voortgang" B1 "van|(?:verschijnt|verschijnen)" B1 "(?:in|na|voor|v\xc3\xb3\xc3\xb3r|begin|medio|eind|uiterlijk)(?![\\w])"
     /* "Ik zal uitvoering geven aan de motie", "op welke wijze uitvoering
      * gegeven zal worden aan de motie" */
     "|(?:zal|zullen)(?:" B1 "(?:ik|wij|we))?" B1 "(?:uitvoering|invulling|gevolg)" B1 "geven(?![\\w])"
     "|(?:uitvoering|invulling|gevolg)" B1 "gegeven" B1 "(?:zal|zullen|gaat|gaan)" B1 "worden(?![\\w])"
     /* "In die brief zal ik ingaan op de motie": the next step */
     "|(?<!deze brief )(?:zal|zullen)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,20}){0,4}?" B1 "(?:ingaan|terugkomen)" B1 "op(?![\\w])"
     /* "Ik zal uw Kamer hierover in het najaar informeren" */
     "|(?:zal|zullen)(?:" B1 "(?:ik|wij|we))?" B1 "(?:u|uw" B1 "Kamer|de" B1 "Kamer)" B1 "(?:hierover|daarover)(?![\\w])"
     "|\\b(?:deels|grotendeels|gedeeltelijk)" B1 "(?:voldaan|uitgevoerd|afgerond|afgedaan|ingelost)"
     "|[Ss]tatus:?" B0 "(?:in" B1 "behandeling|lopend)"
     "|(?:[Bb]etrek|[Bb]etrekken)" B1 "(?:ik|wij|we)|(?:heb|hebben)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,20}){0,3}?" B1 "betrokken" B1 "bij"
     "|(?:volgende|vervolg|eerste|nadere)" B0 "stap|\\b[Ll]oopt(?![\\w])"
     "|(?:[Ww]ordt|[Ww]orden)" B1 "(?:(?:op" B1 "dit" B1 "moment|momenteel|nu|thans|nog)" B1 "){0,2}"
     "(?:uitgewerkt|uitgevoerd|onderzocht|voorbereid)(?![\\w])"
     /* "Hieraan wordt gewerkt", "Aan de uitvoering wordt hard gewerkt",
      * "Wordt aan gewerkt" (not "wordt niet aan gewerkt") */
     "|(?:[Ww]ordt|[Ww]orden)(?:" B1 "(?!(?:niet|geen)(?![\\w]))[^\\s.;:?!]{1,20}){0,4}?" B1 "gewerkt(?![\\w])"
     /* "Met de motie ben ik aan de slag gegaan", "gaan wij aan de slag" (not
      * what a motion asks: "om ... aan de slag te gaan") */
     "|\\baan" B1 "de" B1 "slag(?![\\w])(?!" B1 "te(?![\\w]))"
     /* a status cell "Lopend" */
     "|\\b[Ll]opend(?=[ \\t]*(?:[.;|\\n]|$))"
     "|in" B1 "voorbereiding|(?:volgt|volgen)" B1 "(?:in|na|later|voor|begin|medio|eind)(?![\\w])"
     "|\\b(?:vertraagd|vertraging" B1 "(?:opgelopen|oploopt|heeft|op))(?![\\w])"
     /* "Het rapport komt later dan toegezegd" (not "Deze brief komt later
      * dan toegezegd": that brief is the promised one) */
     "|(?<!brief komt )(?<!brief verschijnt )(?<!brief is )\\blater" B1 "dan" B1 "(?:[^\\s.;:?!]{1,25}" B1 "){0,8}?"
     "(?:toegezegd|aangekondigd|beloofd|voorzien|gepland)(?![\\w])"
     /* a decision taken on it: "besluit het CVO om ... op te nemen" */
     "|(?<![Hh]et )(?<![Dd]it )(?<![Dd]at )\\bbesluit(?:en)?" B1 "(?:ik|wij|we|het|de)" B1 "(?:\\S{1,25}" B1 "){0,8}?(?:om|te)(?![\\w])"
     "|(?:[Ii]k" B1 "verwacht|naar" B1 "verwachting|worden" B1 "verwacht)"
     /* "Over de uitkomst verwacht ik u na het zomerreces te informeren" */
     "|\\b(?:[Vv]erwacht" B1 "(?:ik|het" B1 "kabinet)|[Vv]erwachten" B1 "(?:wij|we))(?:" B1 "[^\\s.;:?!]{1,25}){1,8}?" B1 "te" B1
     "(?:informeren|berichten|sturen|zenden|rapporteren|kunnen)(?![\\w])"
     /* "neem ik mee in de evaluatie", "Ik neem dat mee in de volgende
      * voortgangsbrief", "wordt meegenomen in de Energienota" */
     "|(?:(?:[Nn]eem|[Nn]emen)" B1 "(?:ik|wij|we)|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:neem|nemen))(?:" B1 "[^\\s.;:?!]{1,25}){0,6}?" B1 "mee(?![\\w])"
     "|(?:wordt|worden)(?:" B1 "[^\\s.;:?!]{1,20}){0,3}?" B1 "meegenomen(?![\\w])"
     /* "Ik informeer u over de voortgang in de volgende verzamelbrief" */
     "|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:informeer|informeren|bericht|berichten)" B1 "(?:u|uw" B1 "Kamer)"
     "(?:" B1 "[^\\s.;:?!]{1,20}){0,3}?" B1 "over" B1 "de" B1 "(?:voortgang|stand|uitvoering)(?![\\w])"
     "|(?:informeer|bericht)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)" B1 "(?:voor|na|in" B1 "het|later|nader|binnenkort|uiterlijk|bij" B1 "de)(?![\\w])",
     NULL, ex_cue_progress, nx_cue_progress},
    {KI_P_CUE_ADDRESSED, KI_PK_CUE, "cue-addressed",
     "\\b(?:ga|gaan)" B1 "(?:ik|wij|we)(?:" B1 "(?:hierbij|hier|daar|nu|graag|nader|op|in|deze|die|dit|de|het|brief|motie|moties|toezegging|toezeggingen|volgende)){0,5}" B1 "(?:in(?![\\w])|op(?![\\w]))"
     "|(?:gaat|gaan)" B1 "in" B1 "op|ingegaan" B1 "op|[Ii]n" B1 "reactie" B1 "op"
     /* "in de brief wordt hierop ingegaan", "Daarop ga ik hieronder in" */
     "|\\b(?:[Hh]ierop|[Dd]aarop)(?:" B1 "[^\\s.;:?!]{1,20}){0,5}?" B1 "(?:ingegaan(?![\\w])|in(?=" B0 "[.;,:]))"
     "|(?:reageer|reageren)" B1 "(?:ik|wij|we)|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:reageer|reageren)(?![\\w])"
     /* "Ik ga hier in paragraaf 3 nader op in", "Wij gaan hieronder in op" */
     "|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:ga|gaan)(?:" B1 "[^\\s.;:?!]{1,20}){0,6}?" B1 "(?:op" B1 "in|in" B1 "op)(?![\\w])"
     "|(?:[Ii]n|[Mm]et)" B1 "deze" B1 "brief"
     "|(?:informeer|bericht)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)"
     "|appreciatie|ontvangt" B1 "u|(?:stuur|zend|bied)" B1 "(?:ik|wij|we)" B1 "(?:u|uw" B1 "Kamer)"
     /* "Ter uitvoering van de motie X is de commissie ingesteld" */
     "|\\b[Tt]er" B1 "uitvoering" B1 "van"
     /* "bevat tevens de reactie op de toezegging aan het lid X" (not another
      * letter's subject: "de brief van 26 november inzake reactie op de motie") */
     "|(?<!inzake )(?<!inzake de )(?<!betreffende )\\breactie" B1 "op" B1 "(?:de|deze|die|beide)" B1 "(?:motie|toezegging)"
     /* "Daarmee beantwoord ik tevens de motie van het lid X" */
     "|(?:[Bb]eantwoord|[Bb]eantwoorden)" B1 "(?:ik|wij|we)(?![\\w])|\\b(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:beantwoord|beantwoorden)(?![\\w])",
     NULL, ex_cue_addressed, nx_cue_addressed},
    {KI_P_CUE_CITED, KI_PK_CUE, "cue-cited",
     "\\b(?:[Zz]ie(?:" B1 "ook)?(?![\\w])|verwijs|verwezen|[Aa]angehouden|[Ii]ngetrokken|[Vv]erworpen)",
     NULL, ex_cue_cited, nx_cue_cited},
    {KI_P_CUE_MADE, KI_PK_CUE, "cue-made",
     "[Tt]oezegging" B1 "(?:is" B1 ")?gedaan(?!" B1 "in" B1 "\\d)(?!" B1 "(?:in|door))"
     "|(?:[Dd]oe|[Dd]oen)" B1 "(?:ik|wij|we)(?:" B1 "(?:hierbij|daarom|graag))*" B1 "(?:de|een|het)" B1 "toezegging(?!(?:" B1 "\\S{1,20}){0,3}" B1 "gestand)"
     "|akkoord(?:" B1 "te" B1 "gaan)?" B1 "met" B1 "de" B1 "toezegging"
     "|(?:[Zz]eg|[Zz]eggen)" B1 "(?:ik|wij|we)(?:" B1 "\\S{1,12}){0,3}?" B1 "toe(?![\\w])"
     "|(?:[Ii]k|[Ww]ij|[Ww]e)" B1 "(?:zeg|zeggen)(?:" B1 "\\S{1,12}){0,3}?" B1 "toe(?![\\w])",
     NULL, ex_cue_made, nx_cue_made},
};
#pragma GCC diagnostic pop
