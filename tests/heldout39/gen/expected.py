"""Writes heldout39's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: answers to Kamervragen as published in the Aanhangsel, with a Mededeling
write("001_antwoord_kamervragen_aenm_ter_apel_mededeling", "d1.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2026-2027, nr. 412 (zaak 2026Z17342): questions of "
      "the lid Van Oordt-Meijer (PVV) to the minister van Asiel en Migratie (ingezonden 3 oktober 2026), "
      "a 'Mededeling' that the answers are delayed (ontvangen 23 oktober 2026) and the 'Antwoord van "
      "minister Hoogendoorn (Asiel en Migratie) (ontvangen 30 oktober 2026)': kind antwoord, date the "
      "ontvangen date of the answer, self_id ah-tk-20262027-412; 'ik' is MAenM.  'Zie ook Aanhangsel "
      "Handelingen, vergaderjaar 2026-2027, nr. 371' an ah reference.  Motions: motie-Van Oordt-Meijer "
      "c.s. (19 637, nr. 3312; no brackets in the reference, party null) 'ligt op schema ... Over de "
      "verdere uitvoering informeer ik' (progress); motie-Dekkers-Stam (19 637, nr. 3301) verworpen "
      "(cited).  Commitments: the promise of the commissiedebat Vreemdelingen- en asielbeleid of 11 "
      "juni 2026 ('uw toezegging' in the question, the addressee MAenM), 'voor 1 oktober 2026', not yet "
      "kept, 'Ik zal de Kamer alsnog voor 1 december 2026 ... informeren' (progress of that promise, "
      "deadline the new time phrase as tests/gold's rule says); 'Wel zal ik de Kamer voor 1 maart 2027 "
      "informeren over de uitkomst van mijn gesprek met de VNG' (made).  No commitment: the Mededeling's "
      "'Ik streef ernaar ... zo spoedig mogelijk', 'Bent u bereid toe te zeggen', 'Dat kan ik niet "
      "toezeggen'.  Look-alikes: 1.742 personen, 2.000, week 38, 214 mensen, artikel 3, tweede lid, van "
      "de Wet COA, EUR 180, 'brief van 14 april 2026'.",
      "2026-10-30", "antwoord", "2026-10-30", "ah-tk-20262027-412",
      [K("kst-19637-3312"), K("kst-19637-3290", "II", "2025-2026"), K("kst-19637-3301")],
      [H("ah-tk-20262027-371")],
      [T("2026Z17342", "zaak")],
      [M("kst-19637-3312", [S("Van Oordt-Meijer")], True, "progress"),
       M("kst-19637-3301", [S("Dekkers-Stam")], False, "cited")],
      [C(["MAenM"], "2026-06-11", rel="progress", venue="commissiedebat Vreemdelingen- en asielbeleid",
         deadline="voor 1 december 2026",
         about="overzicht opvangcapaciteit per provincie; term was 'voor 1 oktober 2026', not kept, "
               "now 'alsnog voor 1 december 2026'"),
       C(["MAenM"], None, rel="made", deadline="voor 1 maart 2027",
         about="uitkomst gesprek met de VNG over spreiding")])

# 002: nota naar aanleiding van het verslag, signed by a minister and a staatssecretaris
write("002_nota_nav_verslag_vro_huisvestingswet_lokale_voorrang", "d2.txt",
      "Nota naar aanleiding van het verslag on the bill 36 781 (Huisvestingswet 2014, lokale voorrang, "
      "Caribisch Nederland), 'Nr. 6', 'Ontvangen 6 november 2026', signed by the minister van VRO and "
      "the staatssecretaris van BZK: kind left out (heldout13 003, heldout23 006), date the Ontvangen "
      "date, self_id kst-36781-6; 'de regering' and 'wij' are both signers (MVRO + SBZK), 'de minister' "
      "MVRO.  Kamerstukken: the verslag nr. 5, the memorie van toelichting 'nr. 3, p. 12' (p. a page).  "
      "Motions: Jansen-Bruins and Kaya 'Met dit wetsvoorstel wordt die motie uitgevoerd' (settled); "
      "Stegeman (NSC) (Kamerstukken II 2025/26, 36 800 XXII, nr. 41) 'betrekt deze motie bij de "
      "evaluatie; de voorbereiding ... is gestart' (progress); motie-Verkerk c.s. 'uitvoering gegeven "
      "... beschouwt haar als afgedaan' (settled); Bouzian (SP) verworpen (cited).  Commitments: the "
      "minister's promise in the commissiedebat Woningmarkt of 17 september 2026, 'voor de plenaire "
      "behandeling van het wetsvoorstel', 'daarmee is die toezegging afgedaan' (settled); 'zal de "
      "ervaringen van gemeenten ... bij de evaluatie betrekken' (made, no term); 'Wij zeggen toe dat "
      "wij uw Kamer voor de zomer van 2027 informeren' (made).  No commitment: the VVD's 'vragen of de "
      "regering kan toezeggen', the Raad van State's advice.  Look-alikes: artikel 14, tweede lid, "
      "1.180 woningen, 24 gemeenten, 31.000, 50 procent, W04.26.00123/I, Stcrt. 2026, 31877, EUR "
      "900,07, Stb. 2026, 244.",
      "2026-11-06", OMIT, "2026-11-06", "kst-36781-6",
      [K("kst-36781-5"), K("kst-32847-1238"), K("kst-36800-XXII-41", "II", "2025-2026"),
       K("kst-32847-1251"), K("kst-32847-1244"), K("kst-36781-3")],
      [],
      [],
      [M("kst-32847-1238", [S("Jansen-Bruins"), S("Kaya")], False, "settled"),
       M("kst-36800-XXII-41", [S("Stegeman", "NSC")], False, "progress"),
       M("kst-32847-1251", [S("Verkerk")], True, "settled"),
       M("kst-32847-1244", [S("Bouzian", "SP")], False, "cited")],
      [C(["MVRO"], "2026-09-17", rel="settled", venue="commissiedebat Woningmarkt",
         deadline="voor de plenaire behandeling van het wetsvoorstel",
         about="gevolgen voor studenten; paragraaf 2 geeft invulling, afgedaan"),
       C(["MVRO", "SBZK"], None, rel="made", deadline=None,
         about="ervaringen van gemeenten met de voorrangsregeling bij de evaluatie betrekken"),
       C(["MVRO", "SBZK"], None, rel="made", deadline="voor de zomer van 2027",
         about="stand woonruimteverdeling Caribisch Nederland ('Wij zeggen toe')")])

# 003: written answers to questions of the first term of a begrotingsbehandeling
write("003_beantwoording_eerste_termijn_begroting_szw_per_lid", "d3.txt",
      "Letter of the minister van SZW (MSZW), 'Datum 18 november 2026', the schriftelijke beantwoording "
      "of questions from the first term of the begrotingsbehandeling SZW 2027 (Handelingen II 2026/27, "
      "nr. 18, item 9), numbered per member: kind brief, self_id null.  '(Kamerstuk 36 920 XV)' a "
      "dossier without a number, no Kamerstuk.  Commitments: 'In het commissiedebat Armoede- en "
      "schuldenbeleid van 4 juni 2026 heb ik toegezegd ... voor de begrotingsbehandeling ...; hiermee "
      "kom ik die toezegging na' (settled); the staatssecretaris's promise in the wetgevingsoverleg "
      "Participatiewet in balans of 22 september 2026 'voor het einde van 2026', 'De aanbesteding is "
      "afgerond; de pilot start op 1 januari 2027' (SSZW, progress); 'Ik zeg het lid Dijkgraaf-Oomen "
      "toe dat ik voor de Voorjaarsnota 2027 met een uitwerking kom' (made); 'De staatssecretaris zal "
      "uw Kamer in het voorjaar van 2027 informeren' (SSZW, made).  Motions: Van Wijk-Lammers and Ceder "
      "'De motie is uitgevoerd ... als afgedaan' (settled; nr. 812 the letter that did it, a Kamerstuk "
      "only); the verworpen motie-Dijkgraaf-Oomen (cited).  No commitment: 'Dat kan ik niet "
      "toezeggen'.  Look-alikes: Postbus 90801, 2509 LV, 2595 BD, kenmerk 2026-0000214876, CBS-publicatie "
      "2026/38, 5,4 procent, 431.000, zes regio's, 67 jaar en 3 maanden, artikel 7a, EUR 1.512,40, 12 "
      "gemeenten.",
      "2026-11-18", "brief", "2026-11-18", None,
      [K("kst-36600-XV-48"), K("kst-24515-812"), K("kst-36600-XV-61"), K("kst-36600-XV-77")],
      [H("h-tk-20262027-18-9")],
      [],
      [M("kst-36600-XV-48", [S("Van Wijk-Lammers"), S("Ceder")], False, "settled"),
       M("kst-36600-XV-61", [S("Dijkgraaf-Oomen")], False, "cited")],
      [C(["MSZW"], "2026-06-04", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor de begrotingsbehandeling",
         about="armoedecijfers per gemeente; 'hiermee kom ik die toezegging na'"),
       C(["SSZW"], "2026-09-22", rel="progress", venue="wetgevingsoverleg Participatiewet in balans",
         deadline="voor het einde van 2026", about="pilot loonkostensubsidie jongeren; start 1 januari 2027"),
       C(["MSZW"], None, rel="made", deadline="voor de Voorjaarsnota 2027",
         about="uitwerking varianten kindgebonden budget ('Ik zeg het lid ... toe')"),
       C(["SSZW"], None, rel="made", deadline="in het voorjaar van 2027",
         about="uitkomsten praktijktoets toeslagen")])

# 004: kabinetsreactie on a report of the Algemene Rekenkamer, signed by two, with a list at the end
write("004_kabinetsreactie_defensie_rekenkamer_ict_overzicht", "d4.txt",
      "Letter 'Datum 25 november 2026', kabinetsreactie on the Algemene Rekenkamer's report 'Grip op "
      "ICT bij Defensie' (Kamerstuk 36 944, nr. 1), signed by the minister and the staatssecretaris van "
      "Defensie: kind brief, self_id null; 'wij' and 'het kabinet' both (MDef + SDef).  Motions: "
      "Van Heerden-Aalbers c.s. 'daarmee is de motie uitgevoerd' (settled); Holtrop (NSC) and "
      "Zwaneveld (JA21) 'De toets is aanbesteed en loopt' (progress); motie-Brandsma 'aangehouden' "
      "(cited).  Commitments: the staatssecretaris's promise in the commissiedebat Defensie-ICT of 24 "
      "juni 2026, 'binnen acht weken na publicatie van het rapport', 'Met deze brief is die toezegging "
      "nagekomen' (SDef, settled, refs TZ202606-088 from the list); the minister's promise in the "
      "notaoverleg Defensienota of 9 september 2026 (no term; 'Dat onderzoek loopt', MDef, progress, "
      "refs TZ202609-017); 'Wij informeren uw Kamer voor 1 mei 2027' (made); 'De staatssecretaris "
      "stuurt daarnaast voor de zomer van 2027 een geactualiseerd programmaplan' (SDef, made).  The "
      "list 'Overzicht moties en toezeggingen' restates the same five items (same relations, no extra "
      "records).  'de resultaten volgen in de Personeelsrapportage van maart 2027' a status time.  "
      "'Het kabinet neemt aanbevelingen 1 tot en met 4 over' no promise to the Kamer.  Look-alikes: MPC "
      "58 B, Postbus 20701, 2500 ES, BS2026034118, EUR 1,9 miljard, 2.400 fte, artikel 2, onderdeel b, "
      "'stemmingen van 2 juli 2026'.",
      "2026-11-25", "brief", "2026-11-25", None,
      [K("kst-36944-1"), K("kst-36600-X-34"), K("kst-31125-141", "II", "2025-2026"),
       K("kst-31125-139")],
      [],
      [T("TZ202606-088", TZ), T("TZ202609-017", TZ)],
      [M("kst-36600-X-34", [S("Van Heerden-Aalbers")], True, "settled"),
       M("kst-31125-141", [S("Holtrop", "NSC"), S("Zwaneveld", "JA21")], False, "progress"),
       M("kst-31125-139", [S("Brandsma")], False, "cited")],
      [C(["SDef"], "2026-06-24", rel="settled", venue="commissiedebat Defensie-ICT",
         deadline="binnen acht weken na publicatie van het rapport", refs=["TZ202606-088"],
         about="kabinetsreactie op het rapport; nagekomen met deze brief"),
       C(["MDef"], "2026-09-09", rel="progress", venue="notaoverleg Defensienota", deadline=None,
         refs=["TZ202609-017"], about="inzet reservisten bij cyberoperaties; onderzoek loopt"),
       C(["MDef", "SDef"], None, rel="made", deadline="voor 1 mei 2027",
         about="uitkomst onafhankelijke toets ('Wij informeren uw Kamer')"),
       C(["SDef"], None, rel="made", deadline="voor de zomer van 2027",
         about="geactualiseerd programmaplan ('De staatssecretaris stuurt')")])

# 005: letter answering a commissie's request, fulfilling a promise, motions aangehouden/ingetrokken
write("005_brief_vws_reactie_commissieverzoek_nza_aanrijtijden", "d5.txt",
      "Letter of the minister van VWS (MVWS), 'Datum 1 december 2026', answering the request of the "
      "vaste commissie of 12 november 2026 ('Uw kenmerk 2026Z19284/2026D47310': a zaak and a document "
      "number glued by a slash): kind brief, self_id null.  The commissie's request is no commitment.  "
      "Commitments: 'Met deze brief kom ik tevens de toezegging na die ik in het commissiedebat Acute "
      "zorg van 8 oktober 2026 heb gedaan, namelijk uw Kamer voor het einde van het jaar te informeren' "
      "(settled); 'nadat ik in dat debat had toegezegd het meldpunt van de NZa uit te breiden ... "
      "daarmee is ook die toezegging afgedaan' (settled, the same debate; venue key left out, the text "
      "says only 'dat debat'; no term); the toezegging 'van mijn ambtsvoorganger' in the commissiedebat "
      "Ambulancezorg of 3 juli 2025 'inmiddels afgedaan met mijn brief van 4 november 2026' (the office "
      "MVWS, settled, no term).  Motions: Westerveld-Haan (NSC) 'op verzoek van de indiener "
      "aangehouden' (cited); El Amrani and Terpstra-de Boer 'door de indieners ingetrokken' (cited); "
      "Inge de Vries (CDA) c.s. 'wordt gewerkt ... Over de verdere uitvoering van deze motie informeer "
      "ik uw Kamer voor de zomer van 2027' (progress, no new commitment).  Kamerstuk 29 247, nr. 452 "
      "the verslag.  Look-alikes: Postbus 20350, 2500 EJ, Postbus 20018, 2500 EA, kenmerk "
      "4412096-1093310-CZ, Bijlage(n) 2, 7,9 procent, 15 minuten, 6,1 procent, veiligheidsregio's 19 "
      "en 22, 12 procent, postcodegebied 4511, EUR 6,2 miljoen, artikel 2 van de begroting, 1 november "
      "2026, 070 340 79 11.",
      "2026-12-01", "brief", "2026-12-01", None,
      [K("kst-29247-468"), K("kst-29247-471"), K("kst-29247-455", "II", "2025-2026"),
       K("kst-29247-452")],
      [],
      [T("2026Z19284", "zaak"), T("2026D47310", "document")],
      [M("kst-29247-468", [S("Westerveld-Haan", "NSC")], False, "cited"),
       M("kst-29247-471", [S("El Amrani"), S("Terpstra-de Boer")], False, "cited"),
       M("kst-29247-455", [S("Inge de Vries", "CDA")], True, "progress")],
      [C(["MVWS"], "2026-10-08", rel="settled", venue="commissiedebat Acute zorg",
         deadline="voor het einde van het jaar",
         about="aanrijtijden Zeeland en Noordoost-Groningen; 'Met deze brief kom ik ... na'"),
       C(["MVWS"], "2026-10-08", rel="settled", deadline=None,
         about="uitbreiding meldpunt NZa; gerealiseerd, afgedaan"),
       C(["MVWS"], "2025-07-03", rel="settled", venue="commissiedebat Ambulancezorg", deadline=None,
         about="ambulancezorg Caribisch deel bij het Kwaliteitskader; afgedaan met brief 4 november 2026")])
