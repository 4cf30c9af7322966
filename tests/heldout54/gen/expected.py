"""Writes heldout54's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: shorthand, as ministry and griffie staff write references in notes,
tables and e-mails ("motie 29628-1241", "Kst. 36 600 VI nr. 12",
"kst-36600-VI-12", "TK 36410-XV-25", "Kamerstuk 35 925-IV/26", "Hand. II
2025/26, nr. 33, item 7", "Ah-TK-20252026-1234", "h-tk-20252026-38-12",
"mot. Dijk c.s.", "motie-Bikker/Ceder", "tz. MinJenV CD Politie 4/3",
"toez. SZW 12-02-26", "CD 12/3", WGO, NO, AO).  Every decision is in
README.md, "Annotation conventions"."""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"
ZK = "zaak"
DOC = "document"

# 001: e-mail thread directie Politie <-> Bestuursdepartement (PZ), JenV
write("001_email_jenv_directie_pz_welke_moties_af", "d1.txt",
      "Internal e-mail (Outlook reply, the first message quoted with '> '): kind other, date from "
      "'Verzonden: dinsdag 10 maart 2026 16:42' (the top message), self_id null.  Quoted text counts "
      "like any other text (heldout40 004).  Motions, one record each however often written: "
      "'motie 29628-1241' (compact, chamber/year null) with '(Mutluer c.s.)' in the quoted list "
      "(sponsor in the brackets, party null, cs true), reply 'kan af ... daarmee is de motie "
      "uitgevoerd' (settled: the letter it settles is the one this note is about, as a beslisnota's "
      "'met de brief afgedaan'); 'motie 29279-889 (Van Nispen)' = 'motie Van Nispen (29 279, nr. 889)' "
      "'nog niet afdoen ... alleen de stand van zaken' (progress); 'mot. Dijk c.s.' = '(Kst. 36 600 VI "
      "nr. 12)' (chamber null, 'Kst.' without II) = '(kst-36600-VI-12)' (URL id), 'al afgedaan met de "
      "brief van 12-02-2026, kst-29628-1260' (settled by an earlier letter, gold); "
      "'motie-Kahraman/Straatman (TK 36410-VI-47)' (two sponsors; TK = chamber II, year null) "
      "'loopt de uitvoering' (progress).  kst-29628-1260 a Kamerstuk only.  Commitments: 'tz. MinJenV "
      "CD Politie 4/3' = MJenV, 2026-03-04 (4/3 not after the mail's date), venue 'CD Politie', "
      "deadline 'voor het meireces' (the term in the register line), 'wordt met deze brief "
      "nagekomen' (settled), refs TZ202603-021; 'toez. StasJenV CD Brandweer en crisisbeheersing "
      "11/12' = 'Toezegging stas' (SJenV, 2025-12-11, deadline 'Q1 2026' the registered term, "
      "'vertraagd, het rapport komt pas in mei' a status time: progress); 'in par. 6 zegt de "
      "minister toe de Kamer voor 1 oktober 2026 te informeren' (MJenV, made, date null, as "
      "'In de brief zegt u toe' in a beslisnota).  Handelingen: 'Ah-TK-20252026-1234', the "
      "officielebekendmakingen id of an Aanhangsel, written with capitals: ah-tk-20252026-1234.  "
      "Look-alikes: v0.7, '1 per 5.000 inwoners', 12-02-2026, 3/3, 20/3, 27/3, 16:42, 11:05, 17.30 "
      "uur, 08.45 uur, 06-41 28 77 30, 070 370 79 11, Turfmarkt 147, 2511 DP, 'Art. 3 lid 5 "
      "Politiewet', '1.241 extra fte', 'EUR 36,6 mln', PZ-2026-0412, toestel 4417.",
      "2026-03-10", "other", "2026-03-10", None,
      [K("kst-29628-1241"), K("kst-29279-889"), K("kst-36600-VI-12"), K("kst-29628-1260"),
       K("kst-36410-VI-47", "II")],
      [H("ah-tk-20252026-1234")],
      [T("TZ202603-021", TZ)],
      [M("kst-29628-1241", [S("Mutluer")], True, "settled"),
       M("kst-29279-889", [S("Van Nispen")], False, "progress"),
       M("kst-36600-VI-12", [S("Dijk")], True, "settled"),
       M("kst-36410-VI-47", [S("Kahraman"), S("Straatman")], False, "progress")],
      [C(["MJenV"], "2026-03-04", rel="settled", venue="CD Politie", deadline="voor het meireces",
         refs=["TZ202603-021"], about="pilot bodycams ME; 'wordt met deze brief nagekomen'"),
       C(["SJenV"], "2025-12-11", rel="progress", venue="CD Brandweer en crisisbeheersing",
         deadline="Q1 2026", about="evaluatie meldkamers; vertraagd, rapport in mei"),
       C(["MJenV"], None, rel="made", deadline="voor 1 oktober 2026",
         about="proef flexibele roosters Oost-Nederland ('in par. 6 zegt de minister toe')")])

# 002: beslisnota SZW with the table "Overzicht moties en toezeggingen" in abbreviated columns
write("002_beslisnota_szw_overzicht_moties_toezeggingen_afkortingen", "d2.txt",
      "Beslisnota of directie APP to the minister van SZW ('Datum 13 maart 2026'): kind beslisnota, "
      "date 2026-03-13, self_id null.  Beslispunt 2 points at the 'Afd.' column, which decides per "
      "row (ja settled, nee + voortgang progress, 'n.v.t., al afgedaan, brief ...' settled by an "
      "earlier letter).  Motions: row 1 'Kst. 36 600 XV nr. 12' Bikker/Ceder (= 'motie-Bikker/Ceder' "
      "in the Kern, one record; settled, 'daarmee is de motie uitgevoerd'); row 2 'TK 36410-XV-25' "
      "(II, year null) De Kort c.s. (= 'mot. De Kort c.s.', progress, 'nog niet af ... gaat in april "
      "in internetconsultatie'); row 3 'Kamerstuk 35 925-XV/26' (the slash separates the dossier "
      "from the number: kst-35925-XV-26, chamber null) Patijn (GL-PvdA), settled by the earlier "
      "letter '36 200 XV, nr. 71' (a Kamerstuk).  Commitments, actors from the Ind./Bwp cell as the "
      "legend defines them: row 4 'toez. SZW 12-02-26 (WGO)' MinSZW = MSZW, 2026-02-12, venue 'WGO', "
      "deadline 'vóór 1 april', Afd. ja (settled); row 5 'NO 24-11-25, TZ202511-087' StasPI "
      "(staatssecretaris Participatie en Integratie, SZW) = SSZW, 2025-11-24, venue 'NO', deadline "
      "'Q1 2026', nee/vertraagd (progress), refs the TZ number; row 6 'Hand. II 2025/26, nr. 33, "
      "item 7' (h-tk-20252026-33-7) MinSZW, made at the begrotingsbehandeling, which the text does "
      "not date (date null, no venue key: heldout49), deadline 'vóór de zomer', Afd. ja (settled).  "
      "'In de brief zegt u de Kamer toe vóór Prinsjesdag 2026 ...' made, actor 'u' (gold: the "
      "addressee stays 'u'), date null.  'Wij adviseren u niet toe te zeggen' a refusal: no record.  "
      "Look-alikes: kenmerk 2026-0000061234, 06-51 29 33 77, versie 0.9, 12.30 uur, EUR 410 mln, "
      "'art. 58 lid 2 Participatiewet', Stcrt. 2026, 8812, '35 925 huishoudens' (a dossier's "
      "shape), 20 maart.",
      "2026-03-13", "beslisnota", "2026-03-13", None,
      [K("kst-36600-XV-12"), K("kst-36410-XV-25", "II"), K("kst-35925-XV-26"),
       K("kst-36200-XV-71")],
      [H("h-tk-20252026-33-7")],
      [T("TZ202511-087", TZ)],
      [M("kst-36600-XV-12", [S("Bikker"), S("Ceder")], False, "settled"),
       M("kst-36410-XV-25", [S("De Kort")], True, "progress"),
       M("kst-35925-XV-26", [S("Patijn", "GL-PvdA")], False, "settled")],
      [C(["MSZW"], "2026-02-12", rel="settled", venue="WGO", deadline="vóór 1 april",
         about="row 4: brief maatwerk terugvordering; Afd. ja"),
       C(["SSZW"], "2025-11-24", rel="progress", venue="NO", deadline="Q1 2026",
         refs=["TZ202511-087"], about="row 5: onderzoek bereik schuldhulp jongeren; vertraagd"),
       C(["MSZW"], None, rel="settled", deadline="vóór de zomer",
         about="row 6: overzicht koopkracht minima, begrotingsbehandeling (h-tk-20252026-33-7)"),
       C(["u"], None, rel="made", deadline="vóór Prinsjesdag 2026",
         about="kabinetsreactie IBO Schuldenbeleid ('In de brief zegt u de Kamer toe')")])

# 003: besluitenlijst procedurevergadering vaste commissie VWS
write("003_besluitenlijst_procedurevergadering_vws", "d3.txt",
      "Besluitenlijst of a procedurevergadering (vaste commissie VWS, woensdag 18 maart 2026): kind "
      "and date left out, self_id null (heldout25 001, heldout34 003).  Kamer numbers: zaak "
      "2026Z04530, 2026Z01234, 2026Z04102; documents 2026D09874, 2026D10215, 2026D10877; toezegging "
      "numbers TZ202603-088, TZ202603-089, TZ202510-114.  'Activiteit: 2026A00812' is an activity "
      "number, no kind interface.md knows: not listed.  Commitments: the griffie's list of the 'CD "
      "Acute zorg 12/3' (a. 'vóór de zomer', b. 'uiterlijk 1 juni 2026'): made, MVWS, dated to the "
      "debate 2026-03-12, venue 'CD Acute zorg', refs their TZ numbers (heldout38 004); 'toezegging a "
      "uit het CD 12/3' in the rondvraag names a. again (one record).  Item 4 'toez. MinVWS CD "
      "Zorgverzekeringsstelsel 8/10: ..., vóór 1 maart' with 'de commissie beschouwt de toezegging "
      "als voldaan': MVWS, 2025-10-08, settled, refs TZ202510-114.  Item 5 the open promise of the "
      "plenary debate 'van 29 januari 2026 (Hand. II 2025/26, nr. 41, item 9)' 'De minister zegde "
      "toe vóór 1 maart 2026': MVWS, 2026-01-29, no venue key (plenary), cited (the griffie asks "
      "after it, heldout25).  The griffie's request and the rondvraag request: no commitments.  "
      "Motions: 'motie-Hageman/Oudkerk ... (Kamerstuk 36 600-XVI, nr. 58)' in a letter's title "
      "(cited), 'mot. Tiemersma c.s. (29 247, nr. 470)' in the rondvraag (cited).  Look-alikes: "
      "12.30 - 13.15 uur, 10.00 - 13.00 uur, 14.00 uur, 16.30 uur, zaal 2.19, 'CD GGZ/"
      "Suïcidepreventie', Postbus 20018, 2500 EA, 070 318 24 41, dates of letters.",
      "2026-03-18", OMIT, OMIT, None,
      [K("kst-36600-XVI-58"), K("kst-29247-470")],
      [H("h-tk-20252026-41-9")],
      [T("2026Z04530", ZK), T("TZ202603-088", TZ), T("TZ202603-089", TZ), T("2026Z01234", ZK),
       T("2026D09874", DOC), T("TZ202510-114", TZ), T("2026Z04102", ZK), T("2026D10215", DOC),
       T("2026D10877", DOC)],
      [M("kst-36600-XVI-58", [S("Hageman"), S("Oudkerk")], False, "cited"),
       M("kst-29247-470", [S("Tiemersma")], True, "cited")],
      [C(["MVWS"], "2026-03-12", rel="made", venue="CD Acute zorg", deadline="vóór de zomer",
         refs=["TZ202603-088"], about="a. spreiding SEH-posten Zeeland en Limburg"),
       C(["MVWS"], "2026-03-12", rel="made", venue="CD Acute zorg", deadline="uiterlijk 1 juni 2026",
         refs=["TZ202603-089"], about="b. evaluatie regionale acutezorgtafels"),
       C(["MVWS"], "2025-10-08", rel="settled", venue="CD Zorgverzekeringsstelsel",
         deadline="vóór 1 maart", refs=["TZ202510-114"],
         about="item 4: eigen risico en zorgpremie; 'als voldaan'"),
       C(["MVWS"], "2026-01-29", rel="cited", deadline="vóór 1 maart 2026",
         about="item 5: overzicht registraties Wet kwaliteitsregistraties zorg; open, brief niet ontvangen")])

# 004: planningslijst Kamerbrieven BZK
write("004_planningslijst_kamerbrieven_bzk", "d4.txt",
      "Planningslijst Kamerbrieven BZK, 'Stand per 23-03-2026': kind left out, date the stand's date "
      "(as a register export's date, heldout14/29), self_id null.  Per planned letter the items it "
      "is to settle ('Afdoening'); the relation is the item's Status line: 'concept bij DG; "
      "afstemming ... loopt' progress, 'lopen volgens planning' progress, 'uitstelbrief ..., brief "
      "volgt in mei' progress, 'verzonden 06-03-2026 als Kamerstuk 32 802, nr. 88; tz. daarmee "
      "afgedaan' settled, 'open' no relation key (a bare list item).  Actors from the legend "
      "(MinBZK = MBZK; StasDKR, the staatssecretaris Digitalisering en Koninkrijksrelaties of BZK, "
      "= SBZK).  Motions: 'Kamerstuk 35 925-IV/26 (mot. Doelwijt c.s. ...)' kst-35925-IV-26 "
      "(slash = nr.), progress; 'motie-Valkhof/Siersema (26643-1301)' progress; 'Kst. 35 165 nr. 42 "
      "(motie-Kroon c.s.)' progress.  Commitments: 'toez. StasDKR NO Koninkrijksrelaties 17-11-25' "
      "SBZK 2025-11-17, venue 'NO Koninkrijksrelaties', deadline the Dl 'vóór 1 april 2026', refs "
      "TZ202511-152, progress; 'tz. MinBZK WGO Woo 2/2' MBZK 2026-02-02, venue 'WGO Woo', 'vóór het "
      "zomerreces', settled; 'tz. StasDKR CD Digitale overheid 22/1' SBZK 2026-01-22, 'Q2 2026', "
      "refs TZ202601-033, progress; 'tz. MinBZK begrotingsbehandeling (Hand. II 2025/26, nr. 29, "
      "item 11)' MBZK, date null (not dated by the text), no venue key, 'vóór de zomer', no "
      "relation (Status: open).  2026D08112 a document number.  Look-alikes: versie 4.1, toestel "
      "4150, 'MR: 3/4', '15/5', 'USD 1.425', 'art. 3 lid 5 Wet BES-uitkering', '(36 441)' a dossier "
      "without a number, RvS 'W04.26.0031/I', 'Versie 2.0', nota 2026-0000174410, 09.30 uur, kamer "
      "C 3.17, 070 426 63 02.",
      "2026-03-23", OMIT, "2026-03-23", None,
      [K("kst-35925-IV-26"), K("kst-32802-88"), K("kst-26643-1301"), K("kst-35165-42")],
      [H("h-tk-20252026-29-11")],
      [T("TZ202511-152", TZ), T("TZ202601-033", TZ), T("2026D08112", DOC)],
      [M("kst-35925-IV-26", [S("Doelwijt")], True, "progress"),
       M("kst-26643-1301", [S("Valkhof"), S("Siersema")], False, "progress"),
       M("kst-35165-42", [S("Kroon")], True, "progress")],
      [C(["SBZK"], "2025-11-17", rel="progress", venue="NO Koninkrijksrelaties",
         deadline="vóór 1 april 2026", refs=["TZ202511-152"], about="nulmeting ijkpunt sociaal minimum"),
       C(["MBZK"], "2026-02-02", rel="settled", venue="WGO Woo", deadline="vóór het zomerreces",
         about="evaluatie Woo vervroegen; verzonden als 32 802, nr. 88"),
       C(["SBZK"], "2026-01-22", rel="progress", venue="CD Digitale overheid", deadline="Q2 2026",
         refs=["TZ202601-033"], about="tijdpad verplichting algoritmeregister"),
       C(["MBZK"], None, deadline="vóór de zomer",
         about="overzicht herindelingsprocedures, begrotingsbehandeling (h-tk-20252026-29-11); open")])

# 005: stand-van-zaken-overzicht as a semicolon-separated export, IenW DGMo
write("005_standvanzaken_export_puntkomma_ienw", "d5.txt",
      "Semicolon-separated export of a register ('export d.d. 25-03-2026 09.14 uur'): kind left out, "
      "date the export date (heldout14/29), self_id null.  Each data line is one item (a quoted "
      "field may run over a line end); the relation from the status field: afgedaan/nagekomen "
      "settled, loopt/in voorbereiding/in behandeling progress, aangehouden cited, open no relation "
      "key; actors from the legend (MinIenW MIenW, StasIenW SIenW).  Motions: 1 kst-36600-XII-12 "
      "Tielrooy c.s. settled (the letter kst-29984-1192 a Kamerstuk); 2 compact '36410-XII-25' "
      "Boomsma/Van Ree progress; 3 'Kst. 31 305 nr. 519' Ouwerkerk (CDA) aangehouden, cited; 7 "
      "kst-36600-XII-31 Veltkamp c.s. progress; 12 compact '21501-33-1102' De Hoop c.s. progress; 15 "
      "kst-31936-1210 Schaap settled (kst-31936-1244 the letter); 17 'TK 36600-XII-44' (II) Boomsma "
      "progress; 18 kst-31305-508 Rensen (NSC) settled (kst-31305-527).  Commitments: 4 SIenW "
      "'CD Spoor 19-11-2025' 'vóór 1 april 2026' progress; 5 'TZ202511-094' with nothing but "
      "'vervalt; dubbele registratie' a Kamer number only (gold: a TZ number alone is no "
      "commitment); 6 MIenW 'AO Spoor 14-11-2019' 'eind 2020' settled ('afgedaan met brief 29 984, "
      "nr. 901'); 8 MIenW at the plenary debate 'h-tk-20252026-38-12' (date null, no venue key) "
      "'voor de zomer', open (no relation); 9 SIenW 'WGO Wijziging Wegenverkeerswet 1994 (36 399) "
      "26-01-2026' (the dossier without a number no Kamerstuk) 'medio 2026' progress; 10 MIenW 'CD "
      "Verkeersveiligheid 10-12-2025' 'vóór 1 mei 2026' progress; 11 MIenW 'tweeminutendebat "
      "Verkeersveiligheid 18-02-2026' 'uiterlijk 1 juli 2026' settled (2026D11020 a document "
      "number); 14 MIenW 'CD Luchtvaart 05-03-2026' 'na de zomer' progress; 16 SIenW 'Hand. II "
      "2025/26, nr. 44, item 6' (date null, no venue key) 'vóór de zomer', open; 19 SIenW 'CD "
      "Openbaar vervoer 14-01-2026' 'vóór 1 maart 2026' 'nagekomen' settled.  Handelingen: "
      "h-tk-20252026-38-12, 'Ah-TK-20252026-1187' (ah-tk-20252026-1187), h-tk-20252026-44-6.  "
      "Row 13 (overig) names zaak 2026Z03612.  Look-alikes: versie 2.3, 09.14 uur, '36 stations', "
      "'ticket INC-2026-36600', 'EUR 145.000', '30 km/u', 'A12 ... km 114,6-126,3', 070 342 80 00, "
      "'PZ-tool v3.6.1', 2515 XP, Postbus 20901, 2500 EX, row numbers, 'week 14'.",
      "2026-03-25", OMIT, "2026-03-25", None,
      [K("kst-36600-XII-12"), K("kst-29984-1192"), K("kst-36410-XII-25"), K("kst-31305-519"),
       K("kst-29984-901"), K("kst-36600-XII-31"), K("kst-21501-33-1102"), K("kst-31936-1210"),
       K("kst-31936-1244"), K("kst-36600-XII-44", "II"), K("kst-31305-508"), K("kst-31305-527")],
      [H("h-tk-20252026-38-12"), H("ah-tk-20252026-1187"), H("h-tk-20252026-44-6")],
      [T("TZ202511-093", TZ), T("TZ202511-094", TZ), T("TZ202512-017", TZ), T("TZ202602-061", TZ),
       T("2026D11020", DOC), T("2026Z03612", ZK), T("TZ202603-044", TZ), T("TZ202601-012", TZ)],
      [M("kst-36600-XII-12", [S("Tielrooy")], True, "settled"),
       M("kst-36410-XII-25", [S("Boomsma"), S("Van Ree")], False, "progress"),
       M("kst-31305-519", [S("Ouwerkerk", "CDA")], False, "cited"),
       M("kst-36600-XII-31", [S("Veltkamp")], True, "progress"),
       M("kst-21501-33-1102", [S("De Hoop")], True, "progress"),
       M("kst-31936-1210", [S("Schaap")], False, "settled"),
       M("kst-36600-XII-44", [S("Boomsma")], False, "progress"),
       M("kst-31305-508", [S("Rensen", "NSC")], False, "settled")],
      [C(["SIenW"], "2025-11-19", rel="progress", venue="CD Spoor", deadline="vóór 1 april 2026",
         refs=["TZ202511-093"], about="row 4: reistijdverkorting Zwolle-Groningen"),
       C(["MIenW"], "2019-11-14", rel="settled", venue="AO Spoor", deadline="eind 2020",
         refs=["kst-29984-901"], about="row 6: evaluatie Spoorwegwet; afgedaan"),
       C(["MIenW"], None, deadline="voor de zomer",
         about="row 8: onderhoudsachterstand bruggen en sluizen, plenary (h-tk-20252026-38-12); open"),
       C(["SIenW"], "2026-01-26", rel="progress", venue="WGO Wijziging Wegenverkeerswet 1994",
         deadline="medio 2026", about="row 9: helmplicht snorfietsers; in voorbereiding"),
       C(["MIenW"], "2025-12-10", rel="progress", venue="CD Verkeersveiligheid",
         deadline="vóór 1 mei 2026", refs=["TZ202512-017"], about="row 10: cijfers verkeersdoden"),
       C(["MIenW"], "2026-02-18", rel="settled", venue="tweeminutendebat Verkeersveiligheid",
         deadline="uiterlijk 1 juli 2026", refs=["TZ202602-061"], about="row 11: 30 km/u; afgedaan"),
       C(["MIenW"], "2026-03-05", rel="progress", venue="CD Luchtvaart", deadline="na de zomer",
         refs=["TZ202603-044"], about="row 14: nachtvluchten Eindhoven; in behandeling"),
       C(["SIenW"], None, deadline="vóór de zomer",
         about="row 16: meetnet ultrafijnstof Schiphol, plenary (h-tk-20252026-44-6); open"),
       C(["SIenW"], "2026-01-14", rel="settled", venue="CD Openbaar vervoer",
         deadline="vóór 1 maart 2026", refs=["TZ202601-012"], about="row 19: tariefstijging NS; nagekomen")])
