"""Writes heldout31's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Kamerbrief SZW with a bijlage "Overzicht moties", columns aligned with runs of spaces
write("001_brief_szw_bijlage_overzicht_moties_kolommen_spaties", "d1.txt",
      "Kamerbrief 29 544, nr. 1319 of the minister van SZW (MSZW), 'Den Haag, 13 oktober 2026': kind "
      "brief, self_id kst-29544-1319.  The bijlage 'Overzicht moties' is a table as pdftotext -layout "
      "gives it (Nr | Motie (indieners) | Kamerstuk | Stand van zaken), long cells wrapped onto further "
      "lines within their column; row 3's Kamerstuk cell wraps over three lines ('Kamerstukken II' / "
      "'2025/26, 36 800 XV,' / 'nr. 38').  Each row one motion, sponsors and party from the Motie "
      "cell, relation from Stand van zaken: Kaya (SP) 'Afgedaan' (settled); Van Wijk (PVV) and "
      "Oudeman (NSC) 'Loopt' (progress); Boukhari c.s. 'In uitvoering' (progress); Ter Horst (BBB) "
      "'Uitgevoerd; zie de brief van 8 juli 2026 (Kamerstuk 34 352, nr. 349)' (settled by an earlier "
      "letter; nr. 349 a Kamerstuk only); Mahlouji and Brouwer-Kersten 'Wordt meegenomen in de "
      "arbeidsmarktvisie' (progress; 'die uw Kamer voor de zomer van 2027 ontvangt' a status time, no "
      "commitment); Zwaneveld (VVD) 'Aangehouden' (cited); De Roover (CDA) c.s. 'Afgedaan met deze "
      "brief' (settled).  The body's 'motie-Kaya' and 'op verzoek van het lid De Roover' are the same "
      "rows' motions (no further records).  Commitment: 'Tijdens het commissiedebat "
      "Arbeidsmarktbeleid van 17 september jl. heb ik toegezegd ... voor het herfstreces ... Met deze "
      "brief kom ik die toezegging na' (MSZW, 2026-09-17, settled).  'Kamerstuk 29 544, nr. 1297' the "
      "previous overview, cited Kamerstuk.  Look-alikes: page number 2, 1.304 and 212 meldingen, "
      "31 maart 2027, EUR 14,71, Stcrt. 2026, 28114, artikel 7:629 BW, 0900-8020, EUR 38 miljoen, "
      "kenmerk 2026-0000184315, the Nr column's 1-7.",
      "2026-10-13", "brief", "2026-10-13", "kst-29544-1319",
      [K("kst-29544-1297"), K("kst-29544-1288"), K("kst-29544-1291"),
       K("kst-36800-XV-38", "II", "2025-2026"), K("kst-34352-341"), K("kst-34352-349"),
       K("kst-29544-1295"), K("kst-29544-1302"), K("kst-36800-XV-44")],
      [],
      [],
      [M("kst-29544-1288", [S("Kaya", "SP")], False, "settled"),
       M("kst-29544-1291", [S("Van Wijk", "PVV"), S("Oudeman", "NSC")], False, "progress"),
       M("kst-36800-XV-38", [S("Boukhari")], True, "progress"),
       M("kst-34352-341", [S("Ter Horst", "BBB")], False, "settled"),
       M("kst-29544-1295", [S("Mahlouji"), S("Brouwer-Kersten")], False, "progress"),
       M("kst-29544-1302", [S("Zwaneveld", "VVD")], False, "cited"),
       M("kst-36800-XV-44", [S("De Roover", "CDA")], True, "settled")],
      [C(["MSZW"], "2026-09-17", rel="settled", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor het herfstreces", about="overzicht aangenomen moties; nagekomen met deze brief")])

# 002: letter OCW with a TAB-separated toezeggingen overview (a Word export)
write("002_brief_ocw_toezeggingen_onderwijs_zorg_tabs", "d2.txt",
      "Letter of the minister van OCW (MOCW), 'mede namens' the staatssecretaris van VWS (LMZ), "
      "'Datum 2 november 2026': kind brief, self_id null.  'Uw kenmerk 2026Z17734' a zaak number, "
      "'(2026D19877)' a document number.  The overview is a Word table exported with TABs, one row a "
      "line (Toezegging | Datum en vindplaats | Bewindspersoon | Status | Termijn): each row one "
      "commitment, actors from the Bewindspersoon cell ('MOCW/SLMZ' both), date and venue from "
      "'Datum en vindplaats' (a promise made in a letter: venue left out), deadline the Termijn cell "
      "as written, refs the TZ number in the Toezegging cell, relation from Status: 'Voldaan met de "
      "brief' and 'Afgedaan' settled; 'In behandeling', 'Deels voldaan' and 'Wordt meegenomen in' "
      "progress; 'Vervallen: ...' and 'Niet uitgevoerd: ...' with a reason addressed (as heldout26 "
      "004's 'als vervallen' with a reason).  'Ik zeg u toe dit overzicht voortaan elk halfjaar te "
      "sturen; het volgende ontvangt u voor 1 mei 2027' (MOCW, made; 'ik' the signer).  The "
      "commissie's request no commitment.  Look-alikes: Postbus 16375, 2500 BJ, 2500 EA, Ons kenmerk "
      "51238904, 14 zorgkantoren, artikel 2.3, tweede lid, 2.350 leerlingen, artikel 5, onder a, "
      "Leerplichtwet 1969, 050 599 77 55, '9 juni'.",
      "2026-11-02", "brief", "2026-11-02", None,
      [K("kst-31497-512"), K("kst-31497-505")],
      [],
      [T("2026Z17734", "zaak"), T("2026D19877", "document"), T("TZ202602-088", TZ),
       T("TZ202606-131", TZ), T("TZ202606-214", TZ)],
      [],
      [C(["MOCW"], "2026-02-11", rel="settled", venue="Commissiedebat Passend onderwijs",
         deadline="Voor de zomer van 2026", refs=["TZ202602-088"], about="brief zorgcoördinatoren mbo; voldaan"),
       C(["SLMZ"], "2026-03-18", rel="progress", venue="Commissiedebat Langdurige zorg",
         deadline="Q4 2026", about="zorg in onderwijstijd Wlz; in behandeling"),
       C(["MOCW", "SLMZ"], "2026-04-16", rel="progress", venue="Tweeminutendebat Passend onderwijs",
         deadline="1 december 2026", about="handreiking onderwijszorgarrangementen; deels voldaan"),
       C(["SOCW"], "2026-05-22", rel="addressed", deadline="September 2026", refs=["kst-31497-505"],
         about="verlenging subsidieregeling schoolmaatschappelijk werk, made in a letter; vervallen"),
       C(["MOCW"], "2026-06-09", rel="settled", venue="Vragenuur", deadline="Na de zomer",
         refs=["TZ202606-131"], about="thuiszitters met een zorgvraag; afgedaan"),
       C(["SLMZ"], "2026-06-25", rel="progress", venue="Commissiedebat Gehandicaptenbeleid",
         deadline="Begin 2027", refs=["TZ202606-214"], about="toegankelijkheid schoolgebouwen; wordt meegenomen"),
       C(["MOCW"], "2026-01-15", rel="addressed", venue="Commissiedebat Leraren",
         deadline="Voor 1 oktober 2026", about="aparte monitor passend onderwijs mbo; niet uitgevoerd"),
       C(["MOCW"], None, rel="made", deadline="voor 1 mei 2027",
         about="overzicht voortaan elk halfjaar")])

# 003: jaarverslag Defensie, bijlage with the table flattened to one cell a line
write("003_jaarverslag_defensie_bijlage_moties_cel_per_regel", "d3.txt",
      "Jaarverslag Defensie 2025 (36 960 X, nr. 1), Bijlage 5: kind and date left out, self_id "
      "kst-36960-X-1 (heldout13/26); reference_date Verantwoordingsdag 20 mei 2026.  The table is "
      "flattened by text extraction: a header of four lines (Motie, Indiener(s), Kamerstuk, Stand van "
      "zaken), then each cell on a line of its own and the rows separated by blank lines.  Each row "
      "one motion, sponsors from the Indiener(s) line, party from its brackets, 'c.s.' cs: Van der "
      "Meulen-Brink (PVV) c.s. 'Uitgevoerd ... De motie is afgedaan' (settled); Bosch-Kleinjan and "
      "Heeringa 'In uitvoering' (progress); Terpstra (D66) 'Afgedaan met Kamerstuk 21 501-28, nr. 284' "
      "(settled; nr. 284 a Kamerstuk only); El Khatib c.s. 'Loopt' (progress); Roelofsen (SP) 'Niet "
      "uitgevoerd' with the reason (addressed, as a commitment 'vervallen' with a reason); Vermaat and "
      "Schuitemaker-Dol 'Wordt betrokken bij de Defensienota 2026' (progress).  'Kamerstukken II "
      "2024/25, 36 600 X, nr. 63' chamber and year; 'Handelingen II 2024/25, nr. 52, item 9'.  "
      "Commitment: 'Tijdens het commissiedebat Personeel Defensie van 13 november 2025 heeft de "
      "staatssecretaris toegezegd in dit jaarverslag te rapporteren ... voldaan' (SDef, settled; no "
      "time phrase, deadline left out).  Look-alikes: artikel 2, artikel 6, Stcrt. 2025, 9917, "
      "'voorjaar van 2026', 1.126 werkgevers, 23.00 uur, EUR 27,4/19,8 miljoen, 4.112 veteranen, "
      "paragraaf 3.4.",
      "2026-05-20", OMIT, OMIT, "kst-36960-X-1",
      [K("kst-36600-X-41"), K("kst-36600-X-58"), K("kst-21501-28-271"), K("kst-21501-28-284"),
       K("kst-36410-X-77"), K("kst-36600-X-63", "II", "2024-2025"), K("kst-27830-452")],
      [H("h-tk-20242025-52-9")],
      [],
      [M("kst-36600-X-41", [S("Van der Meulen-Brink", "PVV")], True, "settled"),
       M("kst-36600-X-58", [S("Bosch-Kleinjan"), S("Heeringa")], False, "progress"),
       M("kst-21501-28-271", [S("Terpstra", "D66")], False, "settled"),
       M("kst-36410-X-77", [S("El Khatib")], True, "progress"),
       M("kst-36600-X-63", [S("Roelofsen", "SP")], False, "addressed"),
       M("kst-27830-452", [S("Vermaat"), S("Schuitemaker-Dol")], False, "progress")],
      [C(["SDef"], "2025-11-13", rel="settled", venue="commissiedebat Personeel Defensie",
         about="rapportage uitstroom jonge militairen in het jaarverslag; voldaan")])

# 004: begroting VRO 2027, bijlage with a Markdown table of toezeggingen and one of moties
write("004_begroting_vro_bijlage_toezeggingen_moties_markdown", "d4.txt",
      "Memorie van toelichting bij de begroting VRO 2027 (36 990 XXII, nr. 2), Bijlage 3: kind and "
      "date left out (as a memorie van toelichting, heldout8/25), self_id kst-36990-XXII-2; "
      "reference_date Prinsjesdag 15 september 2026.  Tabel 3.1 (Markdown: Toezegging | Vindplaats | "
      "Termijn | Status): each row a commitment of the minister van VRO (MVRO, 'De minister ...' in "
      "every cell), dated and placed by Vindplaats (a promise made in a letter: venue left out), "
      "deadline the Termijn cell: 'Afgedaan (Kamerstuk ...)' settled; 'Loopt', 'Deels uitgevoerd: "
      "...', 'Wordt meegenomen in ...' progress; 'Niet uitgevoerd: ...' and 'Vervalt; ...' with a "
      "reason addressed.  Tabel 3.2 (Motie | Kamerstuk | Status): Hoekstra-Verwey (NSC) 'Afgedaan' "
      "settled; Van Rijswijk and Öztürk 'Loopt' progress; Dijkgraaf-Meester c.s. 'Deels uitgevoerd' "
      "progress; Janssen-Akkerman (SP) and Breedveld (CDA) 'Niet uitgevoerd: ...' addressed; Kools "
      "(PVV) 'Vervalt; ...' addressed; Van Breukelen c.s. 'Wordt meegenomen in de Woontop' progress.  "
      "'Over de toezeggingen met de status Loopt rapporteert de minister in de eerstvolgende "
      "voortgangsbrief' is progress of the row already named, no new commitment.  'documentnummer "
      "2026D14412' a document number.  Look-alikes: 28 woningbouwlocaties, EUR 1,2 miljard, EUR 0,1 "
      "miljoen, artikel 1, artikel 3, artikel 1.5, EUR 250 miljoen, 82.400, Statline 82235NED, 1.371 "
      "(the digits of 32 847, nr. 1371), 2019, 'peildatum 1 september 2026'.",
      "2026-09-15", OMIT, OMIT, "kst-36990-XXII-2",
      [K("kst-32847-1390"), K("kst-32847-1377"), K("kst-32847-1362"), K("kst-36600-XXII-35"),
       K("kst-36600-XXII-41"), K("kst-32847-1371"), K("kst-32813-1488"), K("kst-29861-132")],
      [],
      [T("2026D14412", "document")],
      [M("kst-32847-1362", [S("Hoekstra-Verwey", "NSC")], False, "settled"),
       M("kst-36600-XXII-35", [S("Van Rijswijk"), S("Öztürk")], False, "progress"),
       M("kst-36600-XXII-41", [S("Dijkgraaf-Meester")], True, "progress"),
       M("kst-32847-1371", [S("Janssen-Akkerman", "SP"), S("Breedveld", "CDA")], False, "addressed"),
       M("kst-32813-1488", [S("Kools", "PVV")], False, "addressed"),
       M("kst-29861-132", [S("Van Breukelen")], True, "progress")],
      [C(["MVRO"], "2026-02-05", rel="settled", venue="Commissiedebat Woningbouw",
         deadline="Voor de zomer van 2026", refs=["kst-32847-1390"], about="brief woningbouwlocaties; afgedaan"),
       C(["MVRO"], "2026-03-12", rel="progress", venue="Commissiedebat Huurbeleid",
         deadline="Eind 2026", about="gesprek Aedes huurverhoging; loopt"),
       C(["MVRO"], "2026-04-09", rel="progress", venue="Tweeminutendebat Ruimtelijke ordening",
         deadline="Q2 2026", about="sneller besluiten tijdelijke woningen; deels uitgevoerd"),
       C(["MVRO"], "2026-05-20", rel="addressed",
         venue="Wetgevingsoverleg Wet versterking regie volkshuisvesting",
         deadline="Voor 1 september 2026", about="uitwerking regionale woondeals; niet uitgevoerd"),
       C(["MVRO"], "2026-06-18", rel="progress", venue="Commissiedebat Bouwregelgeving",
         deadline="Najaar 2026", about="bouwkosten gestapelde bouw; wordt meegenomen"),
       C(["MVRO"], "2026-04-03", rel="addressed", deadline="Zomer 2026", refs=["kst-32847-1377"],
         about="pilot splitsingsvergunningen, made in a letter; vervalt")])

# 005: voortgangsbrief IenW: two motions in running text with footnotes, a space-aligned table of three TZ
write("005_voortgangsbrief_ienw_verkeersveiligheid_tabel_voetnoten", "d5.txt",
      "Letter of the staatssecretaris van IenW (SIenW), 'Datum 19 november 2026': kind brief, self_id "
      "null.  Two motions in running text whose Kamerstukken stand only in the footnotes at the end "
      "(glued markers 'basisscholen1', 'fietsongevallen2'): Stegeman-Pool (ChristenUnie) 'Daarmee is "
      "de motie uitgevoerd' (settled, footnote 1 Kamerstuk 29 398, nr. 1187); Dekkers-Loor (D66) and "
      "Van Ommeren (VVD) 'Het project ... is gestart' (progress, footnote 2 'Kamerstukken II 2025/26, "
      "29 398, nr. 1203'; 'Ik informeer u daarover in de volgende voortgangsbrief' is that motion's "
      "progress, no commitment).  Footnote 3 'Kamerstuk 29 398, nr. 1199' (the snorfiets evaluation "
      "letter, cited Kamerstuk).  A space-aligned table of three toezeggingen (Nummer | Toezegging | "
      "Gedaan in | Stand), cells wrapped to a second line: SIenW's promises (the signer's), dated and "
      "placed by 'Gedaan in', refs the TZ number, no term given (deadline left out): TZ202603-117 "
      "'Afgedaan' settled; TZ202604-052 'Loopt' progress ('verwacht in maart 2027' a status time); "
      "TZ202606-009 'Deels afgedaan' progress.  Look-alikes: Postbus 20901, 2500 EX, 2500 EA, "
      "IENW/BSK-2026/301877, 30 km/uur, 38 gemeenten, 60 km/uur, 14%, '2 oktober', EUR 45 miljoen, "
      "2027-2030, Stb. 2025, 412, '88 stemmen voor', the footnote numbers.",
      "2026-11-19", "brief", "2026-11-19", None,
      [K("kst-29398-1187"), K("kst-29398-1203", "II", "2025-2026"), K("kst-29398-1199")],
      [],
      [T("TZ202603-117", TZ), T("TZ202604-052", TZ), T("TZ202606-009", TZ)],
      [M("kst-29398-1187", [S("Stegeman-Pool", "ChristenUnie")], False, "settled"),
       M("kst-29398-1203", [S("Dekkers-Loor", "D66"), S("Van Ommeren", "VVD")], False, "progress")],
      [C(["SIenW"], "2026-03-25", rel="settled", venue="commissiedebat Verkeersveiligheid",
         refs=["TZ202603-117"], about="evaluatie snorfiets op de rijbaan; afgedaan"),
       C(["SIenW"], "2026-04-16", rel="progress", venue="tweeminutendebat Wegen",
         refs=["TZ202604-052"], about="onderzoek trajectcontroles N-wegen; loopt"),
       C(["SIenW"], "2026-06-11", rel="progress", venue="schriftelijk overleg",
         refs=["TZ202606-009"], about="gesprek provincies kosten 60 km/uur-zones; deels afgedaan")])
