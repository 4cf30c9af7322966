"""Writes heldout22's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Kamerbrief BHO answering a motion, references only in end footnotes
write("001_kamerbrief_bho_motie_voetnoten_achteraan", "d1.txt",
      "Kamerbrief of the minister voor Buitenlandse Handel en Ontwikkelingshulp (MBHO), 12 juni 2025: "
      "kind brief, self_id null.  Every reference stands in the footnotes at the end ('1 Kamerstuk 36 "
      "600-XVII, nr. 14', '2 Kamerstukken II 2024/25, ...', Aanhangsel and Handelingen), the markers "
      "after a full stop ('te verlagen.1'), glued to a word ('exporttransacties2') or after 'jl.' "
      "('3 april jl.3').  Motions: 'de motie van het lid Kamminga (VVD)' footnote 1, party VVD as "
      "written in its brackets, 'Hiermee beschouw ik de motie-Kamminga als uitgevoerd' (settled); "
      "'de motie van de leden Hirsch en Teunissen' footnote 2, 'De uitvoering van deze motie ligt op "
      "schema' (progress).  Commitments: CD Handelsbeleid of 3 april jl. (2025-04-03, venue named) "
      "'Daarmee is deze toezegging afgedaan' (settled); 'Ik zal uw Kamer voor het zomerreces "
      "informeren' (made, date null).  The footnote 3 Kamerstuk (21 501-02, nr. 2987) is the debate's "
      "verslag.  Look-alikes: EUR 29.279, EUR 250.000, 1.250 bedrijven, artikel 3, lid 5, 36 maanden, "
      "2515 XP, T 070 348 64 86, Postbus 20061, BZ2512047.",
      "2025-06-12", "brief", "2025-06-12", None,
      [K("kst-36600-XVII-14"), K("kst-36600-XVII-21", "II", "2024-2025"), K("kst-21501-02-2987")],
      [H("ah-tk-20242025-1821"), H("h-tk-20242025-28-9")],
      [],
      [M("kst-36600-XVII-14", [S("Kamminga", "VVD")], False, "settled"),
       M("kst-36600-XVII-21", [S("Hirsch"), S("Teunissen")], False, "progress")],
      [C(["MBHO"], "2025-04-03", rel="settled", venue="commissiedebat Handelsbeleid", deadline=None,
         about="cijfers vrouwelijke ondernemers exportkredietverzekering; afgedaan"),
       C(["MBHO"], None, rel="made", deadline="voor het zomerreces",
         about="uitkomst gesprek Atradius DSB over toetsingsmethode")])

# 002: Aanhangsel, answers of the staatssecretaris IenW mede namens JenV
write("002_aanhangsel_antwoord_ienw_mede_namens_jenv", "d2.txt",
      "Aanhangsel van de Handelingen nr. 1644 of 2024-2025 (ah-tk-20242025-1644; kind antwoord; date "
      "'ontvangen 2 april 2025'); the zaak number 2025Z04417 on its own line under the question's "
      "head.  Answers of the staatssecretaris van IenW (SIenW) 'mede namens de minister van Justitie "
      "en Veiligheid'.  Commitments: 'Ik stuur uw Kamer voor 1 juli 2025 een brief' (SIenW, made); CD "
      "Verkeersveiligheid of 5 februari jl. (2025-02-05) 'heb ik toegezegd ... Het onderzoek is "
      "gestart; de resultaten verwacht ik na de zomer' (progress; a status time, deadline left out); "
      "'De minister van Justitie en Veiligheid informeert uw Kamer in het najaar over de "
      "handhavingscijfers' (MJenV, made: a promise for the co-signing minister).  Not promises: 'daar "
      "ga ik niet over', 'Nee, dat kan ik niet toezeggen', 'Ja.' answering 'Kunt u deze vragen "
      "beantwoorden voor ...'.  Handelingen: two earlier answers, 'Aanhangsel Handelingen II 2024/25, "
      "nr. 1821' and '... 2023/24, nr. 2290'.  Look-alikes: 1.821 ongevallen (the same digits as the "
      "earlier answer), 80 km/uur, N-wegen, 312, artikel 3, lid 5, EUR 290, EUR 29.279, 0800-8002, "
      "Postbus 2232, 3500 GE.",
      "2025-04-02", "antwoord", "2025-04-02", "ah-tk-20242025-1644",
      [K("kst-29398-1163")],
      [H("ah-tk-20242025-1821"), H("ah-tk-20232024-2290")],
      [T("2025Z04417", "zaak")],
      [],
      [C(["SIenW"], None, rel="made", deadline="voor 1 juli 2025",
         about="brief uitkomst Bestuurlijk Overleg MIRT"),
       C(["SIenW"], "2025-02-05", rel="progress", venue="commissiedebat Verkeersveiligheid",
         about="onderzoek veilige oversteekplaatsen; gestart"),
       C(["MJenV"], None, rel="made", deadline="in het najaar",
         about="handhavingscijfers 2024")])

# 003: the gewijzigde motie itself (Kamerstuk)
write("003_kamerstuk_gewijzigde_motie_szw_36600_xv_18", "d3.txt",
      "A gewijzigde motie as officielebekendmakingen prints it: '36 600 XV Vaststelling ...', 'Nr. 18 "
      "GEWIJZIGDE MOTIE VAN HET LID KAPTEIJN C.S. TER VERVANGING VAN DIE / GEDRUKT ONDER NR. 12' "
      "(the header over two lines), 'Voorgesteld 21 november 2024'.  kind motie, date the Voorgesteld "
      "date, self_id kst-36600-XV-18; the motion itself listed with its sponsor from the header (c.s., "
      "no relation; the names under it add no sponsor, heldout11/16).  'ter vervanging van die "
      "gedrukt onder nr. 12': a Kamerstuk and a motion without sponsors, cited (heldout11 004).  Cited: "
      "motie-Stoffer (36 410-XV, nr. 33); the Voortgangsbrief 'Kamerstuk 24 515, nr. 781'.  No "
      "commitment: the motion's 'verzoekt de regering ... de Kamer daarover voor 1 maart 2025 te "
      "informeren' is a request; 'commissiedebat Armoede van 3 oktober 2024' names no promise.  "
      "Look-alikes: 29.279 mensen, artikel 3, lid 5, 36 maanden, ISSN 0921 - 7371, the foot line.",
      "2024-11-21", "motie", "2024-11-21", "kst-36600-XV-18",
      [K("kst-36600-XV-12"), K("kst-36410-XV-33"), K("kst-24515-781")],
      [],
      [],
      [M("kst-36600-XV-18", [S("Kapteijn")], True),
       M("kst-36600-XV-12", rel="cited"),
       M("kst-36410-XV-33", [S("Stoffer")], False, "cited")],
      [])

# 004: Handelingen II, stemmingen over moties begroting SZW
write("004_handelingen_stemmingen_szw_begroting_aangehouden", "d4.txt",
      "Handelingen II, 30e vergadering of 26 november 2024, item 18 (h-tk-20242025-30-18; kind "
      "handelingen; date the sitting's).  Stemmingen over five motions with the hyphenated dossier "
      "'(36 600-XV, nr. 14)': verworpen, aangehouden ('stel ik voor haar motie (36 600-XV, nr. 15) "
      "aan te houden'), verworpen by 74 to 76, a gewijzigde motie aangenomen '(36 600-XV, nr. 18, was "
      "nr. 12)', and a motion changed in the sitting ('Zij krijgt nr. 22, was nr. 19 (36 600-XV).') "
      "then aangenomen.  All cited (votes).  Sponsors from 'de motie-X/Y' (party null); 'was nr. 12' "
      "has no sponsors key (only ever written as the old number of Kapteijn's); nr. 19 and nr. 22 "
      "both Ceder/Boon.  A stemmingsverklaring by 'De heer Dijk (SP):' cites 'motie-Dijk (36 410-XV, "
      "nr. 27)' (party null: the speaker's party is no bracket of the reference; heldout18) and 'de "
      "motie op stuk nr. 14' (already listed).  Handelingen II 2024/25, nr. 27, item 12.  No "
      "commitments.  Look-alikes: 74/76 stemmen, 070 318 22 11, '21 november 2024'.",
      "2024-11-26", "handelingen", "2024-11-26", "h-tk-20242025-30-18",
      [K("kst-36600-XV-14"), K("kst-36600-XV-15"), K("kst-36600-XV-16"), K("kst-36600-XV-18"),
       K("kst-36600-XV-12"), K("kst-36600-XV-19"), K("kst-36600-XV-22"), K("kst-36410-XV-27")],
      [H("h-tk-20242025-27-12")],
      [],
      [M("kst-36600-XV-14", [S("Van Kent"), S("Patijn")], False, "cited"),
       M("kst-36600-XV-15", [S("Stultiens")], False, "cited"),
       M("kst-36600-XV-16", [S("Dijk")], False, "cited"),
       M("kst-36600-XV-18", [S("Kapteijn")], True, "cited"),
       M("kst-36600-XV-12", rel="cited"),
       M("kst-36600-XV-19", [S("Ceder"), S("Boon")], False, "cited"),
       M("kst-36600-XV-22", [S("Ceder"), S("Boon")], False, "cited"),
       M("kst-36410-XV-27", [S("Dijk")], False, "cited")],
      [])

# 005: jaarverslag LVVN, annex with two Markdown pipe tables
write("005_jaarverslag_lvvn_bijlage_moties_toezeggingen_pipetabel", "d5.txt",
      "Jaarverslag LVVN 2024 (36 740 XIV, nr. 1), its annex 'Overzicht van moties en toezeggingen' as "
      "two Markdown pipe tables.  self_id kst-36740-XIV-1; kind left out (a jaarverslag has no kind "
      "of its own), date left out (the text gives none; reference_date 2025-05-21, Verantwoordingsdag, is only what eval passes as --date).  Moties table (Vindplaats | Omschrijving | Stand van "
      "zaken): nr. 45 Vedder c.s. 'Afgedaan met de brief van ...' settled; nr. 51 Grinwis and Bisschop "
      "'Loopt.' progress; nr. 88 '(was nr. 77)' Van Campen gewijzigde motie 'Afgedaan.' settled, nr. 77 "
      "cited without sponsors; 21 501-32, nr. 1620 Holman 'Deels afgedaan' progress.  Toezeggingen "
      "table (Toezegging | Vindplaats | Stand van zaken), MLVVN each: date and venue from the "
      "Vindplaats cell, deadline from the Toezegging cell, refs the TZ number in its cell; "
      "'Afgedaan ...' settled, 'Loopt; ...' progress (its 'in het eerste kwartaal van 2025' a status "
      "time).  Kamerstukken in cells: 33 576, nr. 402; 36 635, nr. 2; 21 501-32, nr. 1644.  "
      "Look-alikes: EUR 1.000, EUR 29.279, artikel 3, lid 5, Comptabiliteitswet 2016, 'Tabel 12', "
      "Natura 2000, Postbus 20401, 2500 EK, 070 379 89 11.",
      "2025-05-21", OMIT, OMIT, "kst-36740-XIV-1",
      [K("kst-36410-XIV-45"), K("kst-33576-402"), K("kst-36410-XIV-51"), K("kst-36200-XIV-88"),
       K("kst-36200-XIV-77"), K("kst-36635-2"), K("kst-21501-32-1620"), K("kst-21501-32-1644")],
      [],
      [T("TZ202403-019", TZ)],
      [M("kst-36410-XIV-45", [S("Vedder")], True, "settled"),
       M("kst-36410-XIV-51", [S("Grinwis"), S("Bisschop")], False, "progress"),
       M("kst-36200-XIV-88", [S("Van Campen")], False, "settled"),
       M("kst-36200-XIV-77", rel="cited"),
       M("kst-21501-32-1620", [S("Holman")], False, "progress")],
      [C(["MLVVN"], "2024-02-07", rel="settled", venue="commissiedebat Mestbeleid",
         deadline="voor de zomer van 2024", about="uitkoopregeling veehouders Natura 2000"),
       C(["MLVVN"], "2024-03-12", rel="progress", venue="plenair debat Visserij",
         deadline="voor 1 januari 2025", refs=["TZ202403-019"], about="plan van aanpak visserij Waddenzee"),
       C(["MLVVN"], "2024-05-15", rel="settled", venue="commissiedebat Landbouw- en Visserijraad",
         deadline=None, about="evaluatie Regeling Jonge Landbouwers")])

# 006: kabinetsreactie BZK with scanner noise
write("006_kabinetsreactie_bzk_scanruis_voetnoten_geplakt", "d6.txt",
      "Kabinetsreactie (Kamerbrief BZK, 20 mei 2025, signed by the minister: MBZK) in scanned form: "
      "hyphenation at line ends ('uitvoerings-/kracht', 'toe-/gezegd', 'kabi-/netsreactie'), OCR "
      "'Kamerstukken 11 2023/24' for II, a footnote number glued to the footnote's text "
      "('6Kamerstukken II ...') and to 'c.s.' ('motie-Bushoff c.s.6'), a footnote reference broken "
      "'Kamer-/stuk 36 600 VII, nr. 44'.  kind brief, self_id null.  Motions: Bushoff c.s. (footnote "
      "6) 'De uitvoering van deze motie loopt' progress; 'De motie van het lid Inge van Dijk ... is "
      "met de circulaire ... uitgevoerd' (footnote 7) settled.  Commitments: CD Decentrale overheden "
      "of 6 maart jl. (2025-03-06) 'toegezegd de kabinetsreactie voor de zomer ... te sturen. Met deze "
      "brief doe ik die toezegging gestand' (settled); 'Ik stuur uw Kamer voor 1 december 2025 een "
      "uitwerking' (made, date null).  Not commitments: the commissie's request 'bij brief d.d. "
      "16-10-2024 verzocht' (a request answered), 'de eerste resultaten worden betrokken bij de "
      "Voorjaarsnota' (the motion's progress); '3 april jl.' dates the advice.  Look-alikes: EUR "
      "29.279 miljoen, artikel 3, lid 5, 218 pagina's, 2025-0000288144, 2511 DP, Postbus 20011.",
      "2025-05-20", "brief", "2025-05-20", None,
      [K("kst-36600-VII-41", "II", "2024-2025"), K("kst-36600-VII-44"), K("kst-35925-9", "II", "2023-2024")],
      [],
      [],
      [M("kst-36600-VII-41", [S("Bushoff")], True, "progress"),
       M("kst-36600-VII-44", [S("Inge van Dijk")], False, "settled")],
      [C(["MBZK"], "2025-03-06", rel="settled", venue="commissiedebat Decentrale overheden",
         deadline="voor de zomer", about="kabinetsreactie Rob-advies; gestand gedaan"),
       C(["MBZK"], None, rel="made", deadline="voor 1 december 2025",
         about="uitwerking maatregelen met VNG en IPO")])

# 007: letter to the Eerste Kamer, VWS, lettered Kamerstukken, T-number
write("007_brief_ek_vws_motie_letter_toezegging_t03601", "d7.txt",
      "Letter of the minister van VWS (MVWS) to the Eerste Kamer, 8 juli 2025: kind brief, self_id "
      "null.  Eerste Kamer lettered Kamerstukken written short '(36 273, G)', '(36 273, H)' and in full "
      "'Kamerstukken I 2024/25, 36 273, J'; '(36 273)' alone a dossier.  Motions: motie-Van Hattem c.s. "
      "(G) 'is aan de motie voldaan' settled; motie-Prast (H) 'de voorbereiding is gestart' progress.  "
      "Commitments: T03601, made 'Tijdens datzelfde debat' (the debate of 11 februari 2025), "
      "'toegezegd de Eerste Kamer voor 1 juli 2025 te informeren', 'Hiermee is de toezegging voldaan' "
      "(settled, deadline the promise's term, refs the T-number; venue left out: the debate is named "
      "only by its bill); 'Ik zal uw Kamer in het voorjaar van 2026 informeren' (made, date null).  "
      "Handelingen I 2024/25, nr. 19, item 7.  Look-alikes: EUR 29.279, kenmerk 4099812-1077310-Z, "
      "2511 VX, Postbus 20350, 'in 2028', 'na drie jaar'.",
      "2025-07-08", "brief", "2025-07-08", None,
      [K("kst-36273-G"), K("kst-36273-H"), K("kst-36273-J", "I", "2024-2025")],
      [H("h-ek-20242025-19-7")],
      [T("T03601", TZ)],
      [M("kst-36273-G", [S("Van Hattem")], True, "settled"),
       M("kst-36273-H", [S("Prast")], False, "progress")],
      [C(["MVWS"], "2025-02-11", rel="settled", deadline="voor 1 juli 2025", refs=["T03601"],
         about="kosten onafhankelijke ondersteuning cliëntenraden; voldaan"),
       C(["MVWS"], None, rel="made", deadline="in het voorjaar van 2026",
         about="eerste ervaringen cliëntenraden")])
