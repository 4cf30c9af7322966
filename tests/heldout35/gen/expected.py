"""Writes heldout35's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: jaarverslag bijlage, pdftotext -layout table with wrapped rows
write("001_jaarverslag_szw_bijlage_moties_toezeggingen_layouttabel", "d1.txt",
      "Jaarverslag en slotwet SZW 2025 (36 965 XV, nr. 1), Bijlage 6 'Overzicht van moties en "
      "toezeggingen' as pdftotext -layout text: two tables 'Omschrijving  Vindplaats  Stand van "
      "zaken', each row wrapping over two to four lines per column.  kind and date left out, self_id "
      "kst-36965-XV-1 (heldout26 005; the running footer 'Tweede Kamer, vergaderjaar 2025-2026, 36 965 "
      "XV, nr. 1' is the own number, no reference); reference_date Verantwoordingsdag 20 mei 2026.  "
      "Motions, sponsors from the Omschrijving cell, party from its brackets, relation from the Stand "
      "van zaken cell: Van Kent (SP) 'Afgedaan. Uitgevoerd met de brief ... (Kamerstuk 29 544, nr. "
      "1311)' settled (nr. 1311 a Kamerstuk only; the row's 'Kamerstuk 29 544, nr.' / '1290' wraps); "
      "Palland and Ceder 'Loopt.' progress; Flach c.s. 'Wordt in 2027 afgerond.' progress; Kisteman "
      "(VVD) 'Afgedaan.' settled (Vindplaats Handelingen II 2024/25, nr. 63, item 14 and Kamerstuk "
      "34 352, nr. 322 wrapped); Saris and Podt 'Loopt.' progress.  Toezeggingen (actor from 'De "
      "minister'/'De staatssecretaris' of SZW; date and venue from Vindplaats, 'd.d. 13-03-2025'): "
      "MSZW commissiedebat Arbeidsmarktbeleid 2025-03-13, 'voor de zomer van 2025', TZ202503-088, "
      "'Afgedaan met de Kamerbrief' settled; SSZW tweeminutendebat Armoedebeleid "
      "2025-10-02, 'voor het einde van 2025', 'Loopt.' progress ('in het eerste kwartaal van 2026' a "
      "status time); MSZW wetgevingsoverleg Pensioenen 17 november 2025, no term, 'Wordt in 2027 "
      "afgerond.' progress.  Kamerstuk 36 740 XV, nr. 1 (jaarverslag 2024) cited as a Kamerstuk.  "
      "Look-alikes: the '2' beside 'Tweede Kamer der Staten-Generaal', Tabel 41/42, artikel 2, artikel "
      "11, 1.290 jongeren, EUR 4,8 miljoen, artikel 12, tweede lid, Stb. 2025, 187, page number 143.",
      "2026-05-20", OMIT, OMIT, "kst-36965-XV-1",
      [K("kst-36740-XV-1"), K("kst-29544-1290"), K("kst-29544-1311"), K("kst-36600-XV-48"),
       K("kst-26448-781"), K("kst-34352-322"), K("kst-30982-89")],
      [H("h-tk-20242025-63-14")],
      [T("TZ202503-088", TZ)],
      [M("kst-29544-1290", [S("Van Kent", "SP")], False, "settled"),
       M("kst-36600-XV-48", [S("Palland"), S("Ceder")], False, "progress"),
       M("kst-26448-781", [S("Flach")], True, "progress"),
       M("kst-34352-322", [S("Kisteman", "VVD")], False, "settled"),
       M("kst-30982-89", [S("Saris"), S("Podt")], False, "progress")],
      [C(["MSZW"], "2025-03-13", rel="settled", venue="Commissiedebat Arbeidsmarktbeleid",
         deadline="voor de zomer van 2025", refs=["TZ202503-088"],
         about="evaluatie Wet arbeidsmarkt in balans; afgedaan met de Kamerbrief van 27 juni 2025"),
       C(["SSZW"], "2025-10-02", rel="progress", venue="Tweeminutendebat Armoedebeleid",
         deadline="voor het einde van 2025", about="verkenning kwijtscheldingsregeling; loopt"),
       C(["MSZW"], "2025-11-17", rel="progress", venue="Wetgevingsoverleg Pensioenen",
         deadline=None, about="onderzoek arbeidsongeschiktheid zelfstandigen; wordt in 2027 afgerond")])

# 002: begroting bijlage, numbered paragraphs
write("002_begroting_ocw_bijlage_uitvoering_moties_openstaande_toezeggingen", "d2.txt",
      "Begroting OCW 2027, memorie van toelichting (37 000 VIII, nr. 2), Bijlage 4 'Uitvoering moties "
      "en overzicht openstaande toezeggingen' as numbered paragraphs: kind and date left out, self_id "
      "kst-37000-VIII-2 (heldout8/25); reference_date Prinsjesdag 15 september 2026.  Motions: Van der "
      "Molen and Bisschop 'De motie is uitgevoerd met de brief van 14 april 2026' (settled; Kamerstuk "
      "31 293, nr. 812 only a Kamerstuk); Beertema (PVV) 'Hieraan is voldaan met de wijziging van het "
      "Toetsbesluit' (settled); Paternotte c.s. 'De uitvoering loopt' (progress; 'in het voorjaar van "
      "2027 ontvangt uw Kamer' about the motion, no commitment); the gewijzigde motie Rooderkerk (D66) "
      "aangenomen (Handelingen II 2025/26, nr. 58, item 9) 'Over de uitvoering bericht de minister uw "
      "Kamer in de voortgangsbrief' (progress).  Toezeggingen ('de minister' MOCW, 'de "
      "staatssecretaris' SOCW): commissiedebat Curriculum 5 februari 2026, 'voor 1 juli 2026', "
      "'Hieraan wordt voldaan met de brief van 26 juni 2026 ...; de toezegging is afgedaan' (settled); "
      "SOCW wetgevingsoverleg Onderwijs en zorg 26 maart 2026 (TZ202603-117), 'voor het einde van "
      "2026', 'wordt uitgewerkt' (progress); tweeminutendebat Hoger onderwijs 11 juni 2026 'jaarlijks' "
      "(no deadline key), 'daarmee is de toezegging voor 2026 nagekomen' (settled).  Look-alikes: "
      "1.800 scholen, groep 8, Stb. 2026, 144, artikel 9, EUR 38 miljoen, bijlage 7, Rijnstraat 50, "
      "2515 XP, 070 412 3456, paragraph numbers 4.1/4.2.",
      "2026-09-15", OMIT, OMIT, "kst-37000-VIII-2",
      [K("kst-36800-VIII-41"), K("kst-31293-812"), K("kst-36800-VIII-57"), K("kst-27923-498"),
       K("kst-36800-VIII-66"), K("kst-31293-824")],
      [H("h-tk-20252026-58-9")],
      [T("TZ202603-117", TZ)],
      [M("kst-36800-VIII-41", [S("Van der Molen"), S("Bisschop")], False, "settled"),
       M("kst-36800-VIII-57", [S("Beertema", "PVV")], False, "settled"),
       M("kst-27923-498", [S("Paternotte")], True, "progress"),
       M("kst-36800-VIII-66", [S("Rooderkerk", "D66")], False, "progress")],
      [C(["MOCW"], "2026-02-05", rel="settled", venue="commissiedebat Curriculum",
         deadline="voor 1 juli 2026", refs=["kst-31293-824"],
         about="herziening kerndoelen burgerschap; voldaan met de brief van 26 juni 2026"),
       C(["SOCW"], "2026-03-26", rel="progress", venue="wetgevingsoverleg Onderwijs en zorg",
         deadline="voor het einde van 2026", refs=["TZ202603-117"],
         about="voorstel bekostiging onderwijszorgarrangementen; wordt uitgewerkt"),
       C(["MOCW"], "2026-06-11", rel="settled", venue="tweeminutendebat Hoger onderwijs",
         about="jaarlijkse rapportage internationale instroom; voor 2026 nagekomen")])

# 003: beslisnota to the minister van LVVN
write("003_beslisnota_lvvn_kamerbrief_natuurherstel_afdoening", "d3.txt",
      "Beslisnota ('nota', Aan Minister van LVVN, Van DG Natuur, Visserij en Gebied, Datum 10 "
      "november 2026, Kenmerk DGNVG-NB / 26284113) for a Kamerbrief: kind beslisnota, date "
      "2026-11-10, self_id null; the reader 'u' is the minister (actors ['u'], as the seed).  Section "
      "3 'Moties en toezeggingen die met de brief worden afgedaan' is a list introduction making its "
      "items settled: Grinwis c.s. (35 334, nr. 287); Van Campen and Vermeer (36 600 XIV, nr. 73); the "
      "toezegging 'die u in het commissiedebat Natuur van 18 juni 2026 deed' ('voor het kerstreces', "
      "'Met de brief komt u deze toezegging na'); the toezegging of the tweeminutendebat Stikstof en "
      "natuur (TZ202607-023, no date given: date null, 'na de zomer').  'Daarnaast gaat de brief in op "
      "de volgende motie, die nog niet kan worden afgedaan': Kostic (PvdD) (35 334, nr. 301), 'Een "
      "wetsvoorstel wordt voorbereid' (progress).  Bromet (35 334, nr. 276) verworpen (cited).  'In "
      "de brief zegt u de Kamer toe voor 1 april 2027 ...' a new promise (made, date null).  No "
      "commitments: the commissie's request (2026Z17342, a zaak number), the beslispunten, 'De "
      "volgende voortgangsbrief is voorzien voor juni 2027', the coming commissiedebat.  "
      "Look-alikes: kenmerk, 'Bijlagen 2', 131 gebiedsprogramma's, EUR 3,1 miljard, artikel 2.7, "
      "tel. 06 4821 7730, '76 voor, 74 tegen'.",
      "2026-11-10", "beslisnota", "2026-11-10", None,
      [K("kst-35334-287"), K("kst-36600-XIV-73"), K("kst-35334-301"), K("kst-35334-276")],
      [],
      [T("2026Z17342", "zaak"), T("TZ202607-023", TZ)],
      [M("kst-35334-287", [S("Grinwis")], True, "settled"),
       M("kst-36600-XIV-73", [S("Van Campen"), S("Vermeer")], False, "settled"),
       M("kst-35334-301", [S("Kostić", "PvdD")], False, "progress"),
       M("kst-35334-276", [S("Bromet")], False, "cited")],
      [C(["u"], "2026-06-18", rel="settled", venue="commissiedebat Natuur",
         deadline="voor het kerstreces", about="voortgang gebiedsprogramma's; met de brief nagekomen"),
       C(["u"], None, rel="settled", venue="tweeminutendebat Stikstof en natuur",
         deadline="na de zomer", refs=["TZ202607-023"],
         about="kaart overbelaste gebieden; bijlage 2 bij de brief (list introduction)"),
       C(["u"], None, rel="made", deadline="voor 1 april 2027",
         about="herziene habitatkaarten ('In de brief zegt u de Kamer toe')")])

# 004: Kamerbrief stand van zaken, running text
write("004_kamerbrief_vws_stand_van_zaken_moties_toezeggingen_langdurige_zorg", "d4.txt",
      "Kamerbrief 'Stand van zaken moties en toezeggingen langdurige zorg', Datum 6 oktober 2026, "
      "signed by 'de staatssecretaris Langdurige en Maatschappelijke Zorg' (SLMZ): kind brief, self_id "
      "null.  Motions: Dobbe (SP) 'Hiermee beschouw ik de motie als afgedaan' (settled); Tielen and "
      "Krul 'Ik kom hiermee tegemoet aan de motie' (settled: what it asks is done); the motie-Dijk "
      "c.s. 'wordt betrokken bij de Woontop' (progress); Slagt-Tichelman 'die is aangehouden' "
      "(cited).  Commitments: 'Tijdens het commissiedebat Langdurige zorg van 12 maart jl. heb ik "
      "toegezegd' (SLMZ 2026-03-12), 'Over de uitvoering van deze toezegging informeer ik uw Kamer "
      "voor de zomer' (progress, deadline the new term); 'Mijn ambtsvoorganger zegde in het "
      "tweeminutendebat Wonen en zorg voor ouderen van 11 december 2025 toe ... voor 1 juli 2026', "
      "'Hiermee is voldaan aan de toezegging' (the office SLMZ, settled); 'Ik zeg u toe dat ik uw "
      "Kamer voor 1 maart 2027 informeer' (made).  No commitments: 'Voor het commissiedebat ... van 29 "
      "oktober 2026 informeer ik', the commissie's request (2026Z15690, zaak).  Look-alikes: Postbus "
      "20350, 2500 EJ, Postbus 20018, 2500 EA, Ons kenmerk 4417203-1093518-DLZ, 8 procent, 14 "
      "instellingen, 342 gemeenten, Artikel 3.2.1, 43 dagen.",
      "2026-10-06", "brief", "2026-10-06", None,
      [K("kst-34104-412"), K("kst-36800-XVI-88"), K("kst-31765-903"), K("kst-31765-897"),
       K("kst-36800-XVI-91")],
      [],
      [T("2026Z15690", "zaak")],
      [M("kst-34104-412", [S("Dobbe", "SP")], False, "settled"),
       M("kst-36800-XVI-88", [S("Tielen"), S("Krul")], False, "settled"),
       M("kst-31765-897", [S("Dijk")], True, "progress"),
       M("kst-36800-XVI-91", [S("Slagt-Tichelman")], False, "cited")],
      [C(["SLMZ"], "2026-03-12", rel="progress", venue="commissiedebat Langdurige zorg",
         deadline="voor de zomer", about="onderzoek inzet leerlingen in de avonduren"),
       C(["SLMZ"], "2025-12-11", rel="settled", venue="tweeminutendebat Wonen en zorg voor ouderen",
         deadline="voor 1 juli 2026", refs=["kst-31765-903"],
         about="stimuleringsregeling; ambtsvoorganger (the office); voldaan"),
       C(["SLMZ"], None, rel="made", deadline="voor 1 maart 2027",
         about="eerste resultaten versnelde indicatiestelling CIZ")])

# 005: Kamerbrief as pdftotext output with footnotes and margin blocks
write("005_kamerbrief_kgg_voetnoten_pagina_marge_warmtetransitie", "d5.txt",
      "Kamerbrief KGG 'Voortgang moties en toezeggingen warmtetransitie', Datum 24 november 2026, as "
      "pdftotext -layout output of three pages (form feeds, 'Pagina N van 3', the margin "
      "'Datum'/'Kenmerk' block beside the first body lines of pages 2 and 3), footnote markers glued "
      "to words ('motie2', 'jl.3', 'ontvangen4', '(BBB)5', 'warmtebedrijven6', 'jl.7') and the "
      "footnotes at each page's foot; signed by the minister van KGG (MKGG): kind brief, self_id "
      "null.  Footnote 1 'Kamerstuk 36 576' is a dossier without a number: no Kamerstuk.  Motions, "
      "Kamerstuk from the footnote: Erkens and Kroger (fn 2, 32 813, nr. 1412) 'Hiermee beschouw ik de "
      "motie als afgedaan' (settled); Vermeer (BBB) (fn 5, nr. 1419) 'over de uitvoering informeer ik "
      "uw Kamer in het voorjaar van 2027' (progress, no commitment); the motie-Bontenbal c.s. ('motie-' "
      "at a line end, a real hyphen; fn 6, nr. 1421 and Handelingen II 2025/26, nr. 62, item 11) 'wordt "
      "meegenomen in dezelfde regeling' (progress).  Commitments: commissiedebat Warmtetransitie of "
      "'9 april jl.3' (2026-04-09), 'voor de zomer', 'Hiermee is deze toezegging nagekomen' (settled, "
      "refs fn 3's verslag kst-32813-1430; the margin's '24 november 2026' beside it is no date of "
      "it); tweeminutendebat Klimaat en energie of '18 februari jl.7' (2026-02-18, fn 7 Handelingen "
      "and TZ202602-064), 'toe te bezien', 'daarmee is aan de toezegging voldaan' (settled, no term); "
      "'Ik zeg uw Kamer daarnaast toe dat ik voor 1 juli 2027' (made).  Look-alikes: Postbus 40225, "
      "2500 EV, 2595 BD, kenmerk DGKE-WO / 96314620, EUR 47,20, 1.412 kleine netten, Stcrt. 2026, "
      "28711, 'Pagina 2 van 3'.",
      "2026-11-24", "brief", "2026-11-24", None,
      [K("kst-32813-1412"), K("kst-32813-1430"), K("kst-36576-41", "II", "2025-2026"),
       K("kst-32813-1419"), K("kst-32813-1421")],
      [H("h-tk-20252026-62-11"), H("h-tk-20252026-51-4")],
      [T("TZ202602-064", TZ)],
      [M("kst-32813-1412", [S("Erkens"), S("Kröger")], False, "settled"),
       M("kst-32813-1419", [S("Vermeer", "BBB")], False, "progress"),
       M("kst-32813-1421", [S("Bontenbal")], True, "progress")],
      [C(["MKGG"], "2026-04-09", rel="settled", venue="commissiedebat Warmtetransitie",
         deadline="voor de zomer", refs=["kst-32813-1430"],
         about="positie huurders bij aansluiting op een warmtenet; nagekomen"),
       C(["MKGG"], "2026-02-18", rel="settled", venue="tweeminutendebat Klimaat en energie",
         deadline=None, refs=["TZ202602-064"],
         about="bezien verlenging subsidie collectieve warmtepompen; voldaan"),
       C(["MKGG"], None, rel="made", deadline="voor 1 juli 2027",
         about="evaluatie Wet collectieve warmte")])
