"""Writes heldout40's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: verzamelbrief IenW copied from Word
write("001_verzamelbrief_ienw_spoor_ov_uit_word", "d1.txt",
      "Verzamelbrief of the staatssecretaris van IenW (SIenW), 'Datum<TAB>19 november 2026', pasted "
      "from Word: tab-separated margin, numbered headings '1. Spoor', '1.1 ...', bullets '•' and 'o', "
      "curly quotes, no-break spaces in 'Kamerstuk 29<NBSP>984, nr.<NBSP>1142' and an en dash in "
      "'36<NBSP>600–XII'.  kind brief, self_id null.  The opening 'In de bijlage ... het overzicht van "
      "de moties en toezeggingen die in deze brief aan de orde komen' names no items (no list "
      "introduction).  Motions: Van Loon c.s. 'Hiermee beschouw ik de motie als afgedaan' (settled); "
      "Kuipers (NSC) and El Amrani (GroenLinks-PvdA) 'De proef loopt ... Over de resultaten informeer ik "
      "u in het voorjaar van 2027' (progress, no new commitment); Pierik (BBB) 'verworpen' (cited); "
      "De Hoop c.s. 'geef ik uitvoering aan deze motie' (settled), beside Handelingen II 2025/26, nr. 71, "
      "item 9; Olger van Dijk (NSC) 'Zie in dit verband ook' (cited; first name kept).  Commitments: "
      "'Tijdens het commissiedebat Spoor van 12 juni jl. heb ik toegezegd ... voor het einde van het "
      "jaar ... Met deze paragraaf kom ik die toezegging na' (SIenW, settled); 'Mijn ambtsvoorganger "
      "heeft in het wetgevingsoverleg Wet personenvervoer van 14 april 2026 toegezegd te onderzoeken "
      "... Het onderzoek is gestart; de uitkomsten stuur ik u voor de zomer van 2027' (the office SIenW, "
      "progress, deadline the new term); bullet 'Ik zeg toe dat ik uw Kamer vóór 1 april 2027 "
      "informeer' (made).  Look-alikes: Postbus 20901, 2500 EX, 2500 EA, IENW/BSK-2026/301887, "
      "IENW/BSK-2026/298114, 384/41 stations, 2026–2030, € 36,6 miljoen, € 4,2 miljoen, 214/188 boa's, "
      "artikel 16, tweede lid, Spoorwegwet, 29 overwegen, Stcrt. 2026, 41877, 3,1%, route names with "
      "en dashes.",
      "2026-11-19", "brief", "2026-11-19", None,
      [K("kst-29984-1142"), K("kst-36600-XII-58"), K("kst-29984-1149"), K("kst-23645-871"),
       K("kst-23645-866")],
      [H("h-tk-20252026-71-9")],
      [],
      [M("kst-29984-1142", [S("Van Loon")], True, "settled"),
       M("kst-36600-XII-58", [S("Kuipers", "NSC"), S("El Amrani", "GroenLinks-PvdA")], False,
         "progress"),
       M("kst-29984-1149", [S("Pierik", "BBB")], False, "cited"),
       M("kst-23645-871", [S("De Hoop")], True, "settled"),
       M("kst-23645-866", [S("Olger van Dijk", "NSC")], False, "cited")],
      [C(["SIenW"], "2026-06-12", rel="settled", venue="commissiedebat Spoor",
         deadline="voor het einde van het jaar", about="boa's in nachttreinen; 'kom ik die toezegging na'"),
       C(["SIenW"], "2026-04-14", rel="progress", venue="wetgevingsoverleg Wet personenvervoer",
         deadline="voor de zomer van 2027",
         about="onderzoek concessieduur regionale bussen (ambtsvoorganger: the office)"),
       C(["SIenW"], None, rel="made", deadline="vóór 1 april 2027",
         about="tariefontwikkeling ov 2028 ('Ik zeg toe')")])

# 002: bijlage 'Overzicht moties en toezeggingen' as a converted pipe table
write("002_bijlage_defensie_overzicht_moties_toezeggingen_pipetabel", "d2.txt",
      "Bijlage 1 bij de Kamerbrief Voortgang personeel en reservisten Defensie of 26 november 2026, a "
      "pipe table '| Motie/toezegging | Vindplaats | Status |' converted from HTML (cell breaks as "
      "'<br>' and ' / ').  A bijlage on its own: kind and date left out (as heldout26's jaarverslag "
      "bijlage), self_id null (no own number); reference_date the letter's date.  Each row one motion "
      "or commitment, relation from Status ('Afgedaan met deze brief', 'Afgedaan (brief van ..., "
      "Kamerstuk ...)', 'Afgedaan / zie paragraaf 3' settled; 'Loopt', 'Loopt; eerste resultaten in Q2 "
      "2027', 'Wordt betrokken bij ...' progress).  Motions: Boswijk (CDA) c.s. settled (also "
      "'daarmee is de motie uitgevoerd' below); Tuinman (BBB) and Dassen (Volt) progress, with "
      "Handelingen II 2024/25, nr. 45, item 8 in the Vindplaats cell after '<br>'; Van der Zaag-Ruiters "
      "progress; Eerdmans c.s. settled ('Afgedaan (brief ..., Kamerstuk 36 592, nr. 15)': nr. 15 a "
      "Kamerstuk only); Erkens 'aangehouden' (cited).  Commitments (actor from 'de minister' MDef / 'de "
      "staatssecretaris' SDef, date and venue from the Vindplaats cell, deadline the term inside the "
      "toezegging): TZ202604-088 MDef settled 'voor het einde van 2026'; TZ202604-091 SDef progress 'in "
      "het voorjaar van 2027'; the eindejaarsuitkering MDef notaoverleg progress 'voor de "
      "begrotingsbehandeling 2027'; the Reservistenwet SDef at a plenair debat settled (venue key left "
      "out for a plenary debate, no term).  TZ202605-017, a duplicate in the register, only a Kamer "
      "number.  '(36 800-X)' a dossier, no Kamerstuk.  Look-alikes: peildatum 13 november 2026, 1.500 "
      "euro, 8.300 reservisten, 84 stemmen, postcode 1781, artikel 12a, Stcrt. 2025, 36592, Q2 2027, "
      "070 441 99 00.",
      "2026-11-26", OMIT, OMIT, None,
      [K("kst-36600-X-34"), K("kst-36600-X-41"), K("kst-36592-12"), K("kst-36592-9"),
       K("kst-36592-15"), K("kst-36725-28")],
      [H("h-tk-20242025-45-8")],
      [T("TZ202604-088", TZ), T("TZ202604-091", TZ), T("TZ202605-017", TZ)],
      [M("kst-36600-X-34", [S("Boswijk", "CDA")], True, "settled"),
       M("kst-36600-X-41", [S("Tuinman", "BBB"), S("Dassen", "Volt")], False, "progress"),
       M("kst-36592-12", [S("Van der Zaag-Ruiters")], False, "progress"),
       M("kst-36592-9", [S("Eerdmans")], True, "settled"),
       M("kst-36725-28", [S("Erkens")], False, "cited")],
      [C(["MDef"], "2026-04-09", rel="settled", venue="commissiedebat Personeel Defensie",
         deadline="voor het einde van 2026", refs=["TZ202604-088"], about="werving cyberspecialisten"),
       C(["SDef"], "2026-04-09", rel="progress", venue="commissiedebat Personeel Defensie",
         deadline="in het voorjaar van 2027", refs=["TZ202604-091"], about="evaluatie loongebouw"),
       C(["MDef"], "2026-05-18", rel="progress", venue="notaoverleg Defensie",
         deadline="voor de begrotingsbehandeling 2027", about="eindejaarsuitkering; 'Wordt betrokken bij'"),
       C(["SDef"], "2026-07-02", rel="settled", deadline=None,
         about="aanpassing Reservistenwet; 'Afgedaan / zie paragraaf 3'")])

# 003: a Kamerstuk as its officielebekendmakingen.nl page, copied as text
write("003_kamerstuk_officielebekendmakingen_webpagina_fiets", "d3.txt",
      "The page of Kamerstukken II 2026/27, 31 305, nr. 512 on officielebekendmakingen.nl copied as "
      "text: page title, metadata row (Datum publicatie 16-10-2026, Organisatie, Vergaderjaar, 'Kamerstuk "
      "31305, nr. 512'), the letter 'Nr. 512 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT', "
      "'Den Haag, 13 oktober 2026', a 'Zie ook' block and the permanent link.  kind brief, date the "
      "letter's own date 13 oktober 2026 (not the publication date), self_id kst-31305-512; every "
      "mention of 31305/512 (title, metadata, URL) is the own number, no reference.  'ik' the minister "
      "van IenW (MIenW).  'Tevens ga ik in op drie toezeggingen ... en op twee moties' addresses them "
      "all; the body is more specific for each.  Commitments of the commissiedebat Mobiliteitsbeleid of "
      "25 juni 2026 (venue from the opening; '25 juni jl.'): wachtlijsten 'na de zomer' 'Hiermee is "
      "deze toezegging afgedaan' (settled); gesprek met de VNG 'daarmee is ook deze toezegging "
      "nagekomen' (settled, no term); fietstelcijfers openbaar 'Vanaf 1 januari 2027 publiceert' "
      "(progress, no term); 'Ik zeg toe uw Kamer jaarlijks, voor het eerst in het voorjaar van 2027' "
      "(made).  Motions: Bamenga (D66) 'De gesprekken ... zijn gestart; ik verwacht u hierover begin "
      "2027 te kunnen berichten' (progress; also in Zie ook, one record); Stoffer (SGP) and Vermeer "
      "(BBB) 'Aan deze motie is uitvoering gegeven' (settled).  Kamerstukken 31 305, nr. 476 and the "
      "Zie ook's nr. 505 cited.  Look-alikes: 16-10-2026, 62 stations, 18.400, 3.105, 480, 1.290, 25 "
      "km/u, Stb. 2026, 305, € 1,3 miljoen, artikel 14.01, 1400, Postbus 20011, 2500 EA.",
      "2026-10-13", "brief", "2026-10-13", "kst-31305-512",
      [K("kst-31305-498", "II", "2025-2026"), K("kst-29398-1187", "II", "2025-2026"),
       K("kst-31305-476"), K("kst-31305-505")],
      [],
      [],
      [M("kst-31305-498", [S("Bamenga", "D66")], False, "progress"),
       M("kst-29398-1187", [S("Stoffer", "SGP"), S("Vermeer", "BBB")], False, "settled")],
      [C(["MIenW"], "2026-06-25", rel="settled", venue="commissiedebat Mobiliteitsbeleid",
         deadline="na de zomer", about="wachtlijsten fietsenstallingen; afgedaan"),
       C(["MIenW"], "2026-06-25", rel="settled", venue="commissiedebat Mobiliteitsbeleid",
         deadline=None, about="gesprek VNG snelheid fietspaden; nagekomen"),
       C(["MIenW"], "2026-06-25", rel="progress", venue="commissiedebat Mobiliteitsbeleid",
         deadline=None, about="fietstelcijfers openbaar; vanaf 1 januari 2027"),
       C(["MIenW"], None, rel="made", deadline="in het voorjaar van 2027",
         about="jaarlijks overzicht fietstelcijfers ('Ik zeg toe')")])

# 004: e-mail of Parlementaire Zaken to a directie, with quoted earlier messages
write("004_email_parlementaire_zaken_jenv_uitvraag_toezeggingen", "d4.txt",
      "An Outlook e-mail copied as text: 'Van: Parlementaire Zaken JenV', 'Verzonden: dinsdag 17 "
      "november 2026 10:42', 'Aan:', 'CC:', 'Onderwerp: RE: ...', with the directie's reply of 10 "
      "november quoted with '> ' and PZ's first request of 3 november with '>> '.  kind other (an "
      "e-mail), date 17 november 2026 from 'Verzonden:', self_id null.  PZ's list of open items from "
      "the toezeggingenregister asks which can be afgedaan: each cited (as a griffie asking after a "
      "toezegging, heldout25).  TZ202603-114 'De minister informeert de Kamer voor 1 december 2026' "
      "(MJenV, commissiedebat Justitiële jeugd, 18 maart 2026); TZ202606-052 'De staatssecretaris "
      "stuurt ... voor het kerstreces' (SJenV, tweeminutendebat Jeugdcriminaliteit, 2 juli 2026; the "
      "register's '18-12-2026' is the register's date, not the term).  Motions Ellian (VVD) and "
      "Mutluer and Sneller cited (Kamerstuk broken over a line).  Quoted reply: motie-Van Nispen c.s. "
      "(SP) 'is afgedaan met de brief van 2 oktober jl. (Kamerstuk 24 587, nr. 1020)' (settled); the "
      "staatssecretaris's toezegging of the commissiedebat Gevangeniswezen en tbs of 4 juni 2026 "
      "'voor de zomer', 'de brief daarover is vertraagd en gaat nu in januari 2027 naar de Kamer' "
      "(SJenV, progress; deadline key left out: the old term and the directie's new date compete).  "
      "Commissiebrief '(2026Z21455)' a zaak number.  Look-alikes: 10:42, 16:05, 09:15, '23-11', "
      "'31-12-2026', DigiDoc 4412087, Turfmarkt 147, 2511 DP, 06 4128 7730, 070 370 79 11, kamer 4.12, "
      "register versie 2026-44, 31 regels.",
      "2026-11-17", "other", "2026-11-17", None,
      [K("kst-24587-1012"), K("kst-36600-VI-88"), K("kst-24587-1003"), K("kst-24587-1020")],
      [],
      [T("TZ202603-114", TZ), T("TZ202606-052", TZ), T("2026Z21455", "zaak")],
      [M("kst-24587-1012", [S("Ellian", "VVD")], False, "cited"),
       M("kst-36600-VI-88", [S("Mutluer"), S("Sneller")], False, "cited"),
       M("kst-24587-1003", [S("Van Nispen", "SP")], True, "settled")],
      [C(["MJenV"], "2026-03-18", rel="cited", venue="commissiedebat Justitiële jeugd",
         deadline="voor 1 december 2026", refs=["TZ202603-114"], about="capaciteit JJI's; PZ asks"),
       C(["SJenV"], "2026-07-02", rel="cited", venue="tweeminutendebat Jeugdcriminaliteit",
         deadline="voor het kerstreces", refs=["TZ202606-052"], about="evaluatie pilot; PZ asks"),
       C(["SJenV"], "2026-06-04", rel="progress", venue="commissiedebat Gevangeniswezen en tbs",
         about="tekort aan groepsleiders; vertraagd, januari 2027")])

# 005: a letter with references in unusual spellings
write("005_brief_kgg_warmte_walstroom_afwijkende_schrijfwijzen", "d5.txt",
      "Letter of the minister van KGG (MKGG), 'Datum: 24 november 2026': kind brief, self_id null.  "
      "References in unusual spellings: 'motie Veltman c.s. (nr. 46)' with the dossier from 'het "
      "wetsvoorstel Wet collectieve warmte (36 576)' (kst-36576-46, the bare '(36 576)' no Kamerstuk); "
      "'Kamerstukken 36 576, nr. 8 en nr. 11' (two, chamber null: no II); 'TK 36 200, nr 7' (chamber "
      "II, no dot after nr); 'kamerstuk 35 925-XII nr. 12' (lower case, no comma); '(Kamerstukken II "
      "2024–2025, 21 501‑33, nr. 1090)' (en dash in the year, U+2011 in the EU sub-dossier); 'Kst. 36 "
      "410 XIII-51' (sub and number joined by a hyphen); 'Handelingen II 2025-2026, 43, item 12' (no "
      "'nr.'); 'Kamerstuk 32.813, nr. 1412' (a thousands dot in the dossier).  Motions: Veltman c.s. "
      "'Hiermee is de motie uitgevoerd' (settled); Kröger (GL-PvdA) 'is uitgevoerd met' (settled); "
      "Heutink (PVV) and Van der Plas (BBB) 'Ik laat op dit moment een kostenraming opstellen; over de "
      "uitkomst informeer ik uw Kamer ...' (progress); Kops c.s. gewijzigde motie verworpen (cited).  "
      "Commitments: 'commissiedebat Klimaat en Energie d.d. 1-10-2026 heb ik toegezegd om vóór 1 maart "
      "2027 een onderzoek te laten doen ... aanbesteed' (progress); 'tweeminutendebat Verduurzaming "
      "industrie van 11 maart 2026 ... toegezegd ... te bezien ... Daarmee beschouw ik deze toezegging "
      "als afgedaan' (settled, no term); 'Ik zeg u toe dat ik de Kamer uiterlijk in september 2027 "
      "informeer' (made).  Look-alikes: 2500 EA, DGKE-WBO / 26418873, € 3.576, Stcrt. 2026, 28512, "
      "< 1.500, 2,5%, (EU) 2023/1805, € 21,5 miljoen, '71 stemmen voor en 79 tegen', artikel 3.14, lid "
      "2, Wcw.",
      "2026-11-24", "brief", "2026-11-24", None,
      [K("kst-36576-46"), K("kst-36576-8"), K("kst-36576-11"), K("kst-36200-7", "II"),
       K("kst-35925-XII-12"), K("kst-21501-33-1090", "II", "2024-2025"), K("kst-36410-XIII-51"),
       K("kst-32813-1412")],
      [H("h-tk-20252026-43-12")],
      [],
      [M("kst-36576-46", [S("Veltman")], True, "settled"),
       M("kst-36200-7", [S("Kröger", "GL-PvdA")], False, "settled"),
       M("kst-36410-XIII-51", [S("Heutink", "PVV"), S("Van der Plas", "BBB")], False, "progress"),
       M("kst-32813-1412", [S("Kops")], True, "cited")],
      [C(["MKGG"], "2026-10-01", rel="progress", venue="commissiedebat Klimaat en Energie",
         deadline="vóór 1 maart 2027", about="onderzoek tarieven kleine warmtenetten; aanbesteed"),
       C(["MKGG"], "2026-03-11", rel="settled", venue="tweeminutendebat Verduurzaming industrie",
         deadline=None, about="ondersteuning kleine havens; afgedaan"),
       C(["MKGG"], None, rel="made", deadline="uiterlijk in september 2027",
         about="eerste ervaringen aansluitbijdrage ('Ik zeg u toe')")])
