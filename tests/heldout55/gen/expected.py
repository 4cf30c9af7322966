"""Writes heldout55's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: the median Kamerbrief of 2026 -- an ordinary ministerial letter to the
Tweede Kamer (address block, Datum, Betreft, Ons kenmerk, sections with
headings), one per policy area (AenM, VRO, VWS, OCW, LVVN), answering motions
and toezeggingen among policy prose.  Every decision is in README.md,
"Annotation conventions"."""
from lib import C, K, H, M, S, write

Y = "2025-2026"

# 001: AenM, opvang en amv's
write("001_brief_aenm_asielopvang_amv", "d1.txt",
      "Kamerbrief of the minister van Asiel en Migratie ('Datum 14 april 2026', signed 'De minister "
      "van Asiel en Migratie'): kind brief, date 2026-04-14, self_id null; 'ik' = MAenM.  "
      "Kamerstukken: 'Kamerstukken II 2025/26, 19 637, nr. 3391' (II, 2025-2026); 'Kamerstuk 36 333, "
      "nr. 87' (chamber/year null: 'Kamerstuk' without II); footnote 1 'Kamerstuk 27 062, nr. 141' "
      "(the motie-Podt, mark glued to \"amv's1\"); 'mijn brief van 27 januari jl. (Kamerstuk 19 637, "
      "nr. 3370)'; footnote 2 'Kamerstukken II 2025/26, 19 637, nr. 3380' (the verslag, a Kamerstuk "
      "only).  'de Spreidingswet (36 333)' is a dossier without a number: nothing.  Motions: Vondeling "
      "(PVV) 3391 'Hiermee beschouw ik de motie als afgedaan' (settled); Boswijk (CDA) en Brekelmans "
      "(VVD) 36333-87 'Zoals uw Kamer in de aangenomen motie ... heeft uitgesproken' (cited: only "
      "background); motie-Podt c.s. (cs true, party null) 27062-141 'De uitvoering van de motie loopt; "
      "ik informeer uw Kamer voor 1 oktober 2026' (progress; the report is on the motion already "
      "named, not a new commitment).  Handelingen: 'Aanhangsel Handelingen II 2025/26, nr. 1487' = "
      "ah-tk-20252026-1487.  Commitments: commissiedebat Vreemdelingen- en asielbeleid 12 maart jl. "
      "(2026-03-12), deadline 'voor het meireces', 'Met deze paragraaf kom ik die toezegging na' "
      "(settled); tweeminutendebat Vreemdelingen- en asielbeleid 19 maart jl. (2026-03-19), 'Het "
      "onderzoek is vorige week gestart; de resultaten verwacht ik in het najaar' (progress; no "
      "deadline key: 'verwacht ... in het najaar' is an expectation, not a term given to the Kamer); "
      "antwoorden van 3 februari 2026 op schriftelijke vragen van het lid Ceder (2026-02-03, no venue "
      "key: written questions are no meeting), 'Hiermee is deze toezegging afgedaan' (settled); 'Ik "
      "informeer uw Kamer voor de zomer van 2026 over de uitkomst van dat overleg' (made, date null: "
      "the VNG/IPO overleg is no motion or commitment named before).  Look-alikes: Postbus 20011, 2500 "
      "EH, 2500 EA, kenmerk 7012345, 71.340, 2.315, 4,2%, 9.612, EUR 4,1 miljard, 38 weken, 'artikel "
      "42, eerste lid, van de Vreemdelingenwet 2000', ECLI:NL:RVS:2026:1123, 'Stb. 2026, 87', 14 "
      "gemeenten, 60 plekken, 25 maart, '21 april om 14.00 uur', 088 715 80 00, '28e week'.",
      "2026-04-14", "brief", "2026-04-14", None,
      [K("kst-19637-3391", "II", Y), K("kst-36333-87"), K("kst-27062-141"), K("kst-19637-3370"),
       K("kst-19637-3380", "II", Y)],
      [H("ah-tk-20252026-1487")],
      [],
      [M("kst-19637-3391", [S("Vondeling", "PVV")], False, "settled"),
       M("kst-36333-87", [S("Boswijk", "CDA"), S("Brekelmans", "VVD")], False, "cited"),
       M("kst-27062-141", [S("Podt")], True, "progress")],
      [C(["MAenM"], "2026-03-12", "settled", venue="commissiedebat Vreemdelingen- en asielbeleid",
         deadline="voor het meireces", about="doorlooptijden IND; 'kom ik die toezegging na'"),
       C(["MAenM"], "2026-03-19", "progress", venue="tweeminutendebat Vreemdelingen- en asielbeleid",
         about="onderzoek begeleiding amv's na 18; onderzoek gestart"),
       C(["MAenM"], "2026-02-03", "settled",
         about="schriftelijke vragen Ceder, zwangere vrouwen in de opvang; 'Hiermee ... afgedaan'"),
       C(["MAenM"], None, "made", deadline="voor de zomer van 2026",
         about="uitkomst bestuurlijk overleg VNG/IPO")])

# 002: VRO, woningbouw en betaalbaarheid
write("002_brief_vro_woningbouw_betaalbaarheid", "d2.txt",
      "Kamerbrief of the minister van Volkshuisvesting en Ruimtelijke Ordening ('Datum 9 juni 2026'): "
      "kind brief, date 2026-06-09, self_id null; 'ik' = MVRO.  Kamerstukken: 'Kamerstuk 32 847, "
      "nr. 1265' (null/null); 'Kamerstuk 36 800 XXII, nr. 18' (roman sub-dossier); 'Kamerstukken II "
      "2025/26, 27 926, nr. 402' (the earlier letter, a Kamerstuk only); 'Kamerstukken II 2025/26, "
      "32 847, nr. 1281'.  Handelingen 'Handelingen II 2025/26, nr. 71, item 9' = h-tk-20252026-71-9.  "
      "Motions: De Hoop (GroenLinks-PvdA) 1265 'is hiermee uitgevoerd' (settled: the besluit of 12 mei "
      "did it); 'Zie voor de achtergrond ook de motie-Welzijn' XXII-18 (cited, party null); Grinwis "
      "(ChristenUnie) en Vijlbrief (D66) 1281 'Over de verdere uitvoering van deze motie informeer ik "
      "uw Kamer in het najaar van 2026' after a stand van zaken (progress).  Commitments: plenaire "
      "debat over de Wet versterking regie volkshuisvesting 22 april jl. (2026-04-22), 'Met bijlage 2 "
      "bij deze brief kom ik deze toezegging na' (settled); 'Zoals ik vorige week in het "
      "commissiedebat Bouwen en wonen heb toegezegd, ga ik hieronder in op ...' (date null: 'vorige "
      "week' is not resolved, gold date-; addressed: 'ga ik ... in op'); 'Ik zal uw Kamer voor 1 "
      "november 2026 een evaluatie van de Wet betaalbare huur sturen' (made, date null).  Look-alikes: "
      "kenmerk 2026-0000318842, 82.400, 31%, 100.000, 11,4%, postcodes 3511 AB / 3585 ZZ, 4.217, "
      "66%, 143 punten, EUR 1.185, 'Stb. 2026, 201', 4,1%, 3.200 locaties, 27 gemeenten, 6.840, 23.100, "
      "0900-8020, 'Artikel 10, eerste lid, van de Huisvestingswet 2014', 'artikel 54', '3 juli om "
      "10.30 uur', 'bijlage 2'.",
      "2026-06-09", "brief", "2026-06-09", None,
      [K("kst-32847-1265"), K("kst-36800-XXII-18"), K("kst-27926-402", "II", Y),
       K("kst-32847-1281", "II", Y)],
      [H("h-tk-20252026-71-9")],
      [],
      [M("kst-32847-1265", [S("De Hoop", "GroenLinks-PvdA")], False, "settled"),
       M("kst-36800-XXII-18", [S("Welzijn")], False, "cited"),
       M("kst-32847-1281", [S("Grinwis", "ChristenUnie"), S("Vijlbrief", "D66")], False, "progress")],
      [C(["MVRO"], "2026-04-22", "settled",
         venue="plenaire debat over de Wet versterking regie volkshuisvesting",
         about="aandeel betaalbare woningen in de provinciale programma's; bijlage 2"),
       C(["MVRO"], None, "addressed", venue="commissiedebat Bouwen en wonen",
         about="studentenwoningen; 'vorige week' unresolved"),
       C(["MVRO"], None, "made", deadline="voor 1 november 2026",
         about="evaluatie Wet betaalbare huur")])

# 003: VWS, wachttijden ggz (co-signed)
write("003_brief_vws_wachttijden_ggz", "d3.txt",
      "Kamerbrief signed by the minister van VWS and the staatssecretaris Jeugd, Preventie en Sport "
      "('Datum 24 april 2026'): kind brief, date 2026-04-24, self_id null; 'wij' = MVWS + SJSP ('mede "
      "namens de minister van SZW' does not sign).  Kamerstukken: footnote 1 'Kamerstukken II "
      "2025/26, 25 424, nr. 741' (mark glued to 'raken1'); 'Kamerstuk 25 424, nr. 733'; 'Kamerstuk "
      "25 424, nr. 745' (broken over a line after 'Kamerstuk'); footnote 2 'Kamerstuk 25 424, nr. "
      "728' (mark glued to the year: '14 november 20252.').  Handelingen 'Handelingen II 2025/26, nr. "
      "58, item 4' = h-tk-20252026-58-4.  Motions: Dijk (SP) c.s. 741 'Wij beschouwen de motie "
      "hiermee als afgedaan' (settled); Tielen (VVD) en Paulusma (D66) 733 'voeren wij uit ... De "
      "uitvoering ligt op schema' (progress); Krul (CDA) 745 'is ... aangehouden' (cited, gold).  "
      "Commitments: commissiedebat GGZ/Suïcidepreventie 5 februari jl. (2026-02-05), 'heeft de "
      "staatssecretaris toegezegd' = SJSP, 'Met deze brief komen wij die toezegging na' (settled); "
      "vragenuur 10 maart 2026, 'heeft de minister aangegeven uw Kamer te informeren' = MVWS "
      "(2026-03-10, venue 'vragenuur'), 'Het onderzoek ... is gestart en wordt in september "
      "afgerond' (progress); 'Wij informeren uw Kamer voor 1 december 2026' (made, MVWS+SJSP, date "
      "null).  Look-alikes: Postbus 20350, 2500 EJ, kenmerk 4187220-1092311-CZ, 81.500, 14 weken, "
      "86.200, 5,5%, 31 regio's, 0800-1351, 12 schrappunten, 2027-2030, EUR 18 miljoen, 113, "
      "0800-0113, 'artikel 8:18, derde lid', ECLI:NL:CRVB:2025:1742, 'Stcrt. 2026, 21455'.",
      "2026-04-24", "brief", "2026-04-24", None,
      [K("kst-25424-741", "II", Y), K("kst-25424-733"), K("kst-25424-745"), K("kst-25424-728")],
      [H("h-tk-20252026-58-4")],
      [],
      [M("kst-25424-741", [S("Dijk", "SP")], True, "settled"),
       M("kst-25424-733", [S("Tielen", "VVD"), S("Paulusma", "D66")], False, "progress"),
       M("kst-25424-745", [S("Krul", "CDA")], False, "cited")],
      [C(["SJSP"], "2026-02-05", "settled", venue="commissiedebat GGZ/Suïcidepreventie",
         about="financiering Landelijke Agenda Suïcidepreventie na 2026"),
       C(["MVWS"], "2026-03-10", "progress", venue="vragenuur",
         about="uitvoering art. 8:18 Wvggz; onderzoek Trimbos gestart"),
       C(["MVWS", "SJSP"], None, "made", deadline="voor 1 december 2026",
         about="resultaten wachtlijsttafels")])

# 004: OCW, basisvaardigheden
write("004_brief_ocw_basisvaardigheden", "d4.txt",
      "Kamerbrief of the minister van OCW ('Datum 26 mei 2026'): kind brief, date 2026-05-26, "
      "self_id null; 'ik' = MOCW.  Kamerstukken: 'Kamerstukken II 2025/26, 31 293, nr. 812'; "
      "footnote 1 'Kamerstuk 36 800 VIII, nr. 33' (mark glued to 'c.s.1'); 'Kamerstuk 31 293, nr. "
      "820'; 'Kamerstuk 31 293, nr. 808' (the schriftelijk overleg, a Kamerstuk only).  Motions: "
      "Van Baarle (DENK) 812 'is aan deze motie voldaan' (settled); motie-Soepboer c.s. VIII-33 (cs "
      "true, party null) a stand van zaken and a next step (progress); Stoffer (SGP) 820 'In deze "
      "brief ga ik ook in op de motie' (addressed, gold).  Commitments: tweeminutendebat Funderend "
      "onderwijs 16 april jl. (2026-04-16), 'Die toezegging doe ik hierbij gestand' (settled); "
      "schriftelijk overleg over de Staat van het Onderwijs, no date in the text (null), 'De pilot "
      "loopt nog ... De eerste resultaten zijn bemoedigend' (progress); 'Voor het einde van dit jaar "
      "stuur ik uw Kamer de tussenevaluatie' (made, date null).  Look-alikes: Postbus 16375, 2500 BJ, "
      "kenmerk 51203884, 1.812 scholen, 'Stcrt. 2025, 33120', 2024-2029, EUR 312 miljoen, 67,3%, 64,9%, "
      "groep 8, 1F, 14 mei jl., 'artikel 9, tweede lid, van de Wet op het primair onderwijs', "
      "schooljaar 2025-2026 (not a vergaderjaar), 38%, 1,4 fte, 070 340 78 74, 09.30 uur, 16.00 uur.",
      "2026-05-26", "brief", "2026-05-26", None,
      [K("kst-31293-812", "II", Y), K("kst-36800-VIII-33"), K("kst-31293-820"), K("kst-31293-808")],
      [],
      [],
      [M("kst-31293-812", [S("Van Baarle", "DENK")], False, "settled"),
       M("kst-36800-VIII-33", [S("Soepboer")], True, "progress"),
       M("kst-31293-820", [S("Stoffer", "SGP")], False, "addressed")],
      [C(["MOCW"], "2026-04-16", "settled", venue="tweeminutendebat Funderend onderwijs",
         about="onderwijsassistenten bij leesonderwijs; 'doe ik hierbij gestand'"),
       C(["MOCW"], None, "progress", venue="schriftelijk overleg over de Staat van het Onderwijs",
         about="pilot leesconsulenten Zuid-Limburg"),
       C(["MOCW"], None, "made", deadline="Voor het einde van dit jaar",
         about="tussenevaluatie verbeteraanpak")])

# 005: LVVN, mestbeleid
write("005_brief_lvvn_mestbeleid", "d5.txt",
      "Kamerbrief of the minister van LVVN ('Datum 3 november 2026'): kind brief, date 2026-11-03, "
      "self_id null; 'ik' = MLVVN.  Kamerstukken: 'Kamerstuk 33 037, nr. 612'; 'Kamerstukken II "
      "2025/26, 33 037, nr. 618' (broken over a line before the dossier); 'Kamerstuk 21 501-32, nr. "
      "1702' (EU sub-dossier); footnote 1 'Kamerstukken II 2025/26, 21 501-32, nr. 1698' (mark glued to "
      "'geïnformeerd1', a Kamerstuk only).  Motions: Vermeer (BBB) 612 'Hiermee is de motie afgedaan' "
      "(settled); Holman (NSC) en Grinwis (ChristenUnie) 618 'wordt uitgevoerd via ... Ik verwacht de "
      "regeling ... opnieuw open te stellen' (progress); Van Campen (VVD) c.s. 21501-32-1702 'Zoals "
      "ook blijkt uit de motie ...' (cited: background).  Commitments: commissiedebat Mestbeleid 8 "
      "oktober jl. (2026-10-08), deadline 'voor de begrotingsbehandeling', 'Hierbij kom ik deze "
      "toezegging na' (settled); 'Eerder dit jaar ... in het commissiedebat Landbouw- en "
      "Visserijraad toegezegd' (date null: 'eerder dit jaar' gives no day), 'Ik heb dat ... gedaan en "
      "blijf dat doen' an ongoing promise reported on (progress); 'Ik informeer uw Kamer in het eerste "
      "kwartaal van 2027' (made, date null).  Look-alikes: Postbus 20401, 2500 EK, kenmerk 'DGA / "
      "96204518', 2,9 miljoen ton, 200 kg N/ha, 170 kg N/ha, 15.600 bedrijven, '33.037 hectare' (the "
      "dossier's shape), EUR 28, 'Stcrt. 2026, 30412', 412 aanvragen, 19/7/4 installaties, "
      "ECLI:NL:RVS:2026:2214, 23 september, maart 2027, 6700 HB, 'artikel 5, vierde lid, van de "
      "Meststoffenwet', 1 januari 2027, 'Natura 2000-gebieden'.",
      "2026-11-03", "brief", "2026-11-03", None,
      [K("kst-33037-612"), K("kst-33037-618", "II", Y), K("kst-21501-32-1702"),
       K("kst-21501-32-1698", "II", Y)],
      [],
      [],
      [M("kst-33037-612", [S("Vermeer", "BBB")], False, "settled"),
       M("kst-33037-618", [S("Holman", "NSC"), S("Grinwis", "ChristenUnie")], False, "progress"),
       M("kst-21501-32-1702", [S("Van Campen", "VVD")], True, "cited")],
      [C(["MLVVN"], "2026-10-08", "settled", venue="commissiedebat Mestbeleid",
         deadline="voor de begrotingsbehandeling",
         about="mestverwerkingsinstallaties Noord-Brabant"),
       C(["MLVVN"], None, "progress", venue="commissiedebat Landbouw- en Visserijraad",
         about="pleidooi overgangsperiode derogatie; 'eerder dit jaar' unresolved"),
       C(["MLVVN"], None, "made", deadline="in het eerste kwartaal van 2027",
         about="uitkomsten mestmarktanalyse WUR")])
