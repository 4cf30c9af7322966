"""Writes heldout23's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: voortgangsbrief SZW, each motion and toezegging a heading, status after it
write("001_voortgangsbrief_szw_kopjes_status_volgende_zin", "d1.txt",
      "Voortgangsbrief of the minister van SZW (MSZW), 'Datum 12 maart 2026': kind brief, self_id "
      "null.  Every motion and toezegging is a heading line; what was asked or promised follows, its "
      "status in a later sentence.  Motions: Kolkman and Breedveld, the Kamerstuk on the heading's "
      "second line, 'De voorbereiding hiervan is gestart' (progress); 'Motie-Van Oostrum c.s. over "
      "...' heading without number, the number in the next sentence 'De motie (Kamerstukken II "
      "2025/26, 36 800-XV, nr. 33)', 'Hiermee beschouw ik de motie als afgedaan' (settled); 'Motie "
      "van het lid Mulderij (ChristenUnie)' (party in the reference's brackets), 'Het wetsvoorstel is "
      "in voorbereiding; over de verdere uitvoering informeer ik u in de volgende voortgangsbrief' "
      "(progress).  Commitments: heading 'Toezegging commissiedebat Armoede- en schuldenbeleid van 4 "
      "februari jl.' then 'Ik heb toegezegd uw Kamer voor de begrotingsbehandeling SZW 2027 te "
      "informeren ... Het onderzoek daarnaar loopt' (progress; 'na de zomer' a status time); heading "
      "'Toezegging tweeminutendebat Schuldenproblematiek (TZ202601-031)', 'op 22 januari jl., zegde ik "
      "toe ...  Daarmee is deze toezegging afgedaan' (settled, no term); 'Ik informeer uw Kamer "
      "uiterlijk in Q3 2026 over de uitkomsten van die pilot' (made).  Not a promise: 'De volgende "
      "voortgangsbrief ontvangt u zoals gebruikelijk in het najaar.'  Look-alikes: Stcrt. 2025, 41210, "
      "EUR 1.450, artikel 3, zesde lid, 36.800 huishoudens (the dossier's digits), 31 gemeenten, "
      "0800-8115, kenmerk 2026-0000041187, 2509 LV.",
      "2026-03-12", "brief", "2026-03-12", None,
      [K("kst-36800-XV-27"), K("kst-36800-XV-33", "II", "2025-2026"), K("kst-24515-812")],
      [],
      [T("TZ202601-031", TZ)],
      [M("kst-36800-XV-27", [S("Kolkman"), S("Breedveld")], False, "progress"),
       M("kst-36800-XV-33", [S("Van Oostrum")], True, "settled"),
       M("kst-24515-812", [S("Mulderij", "ChristenUnie")], False, "progress")],
      [C(["MSZW"], "2026-02-04", rel="progress", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor de begrotingsbehandeling SZW 2027",
         about="effecten verruimde betalingsregeling Belastingdienst; onderzoek loopt"),
       C(["MSZW"], "2026-01-22", rel="settled", venue="tweeminutendebat Schuldenproblematiek",
         deadline=None, refs=["TZ202601-031"], about="kosten landelijk schuldenloket; afgedaan"),
       C(["MSZW"], None, rel="made", deadline="uiterlijk in Q3 2026",
         about="uitkomsten pilot schuldenwijzer ondernemers")])

# 002: letter co-signed by the ministers van OCW and VWS
write("002_brief_ocw_vws_medeondertekend_derde_persoon", "d2.txt",
      "Letter signed by two ministers, OCW (MOCW) and VWS (MVWS), 'Den Haag, 9 april 2026', "
      "'Onderwerp:' line; kind brief, self_id null.  'wij' is both.  Motions: Zwagerman and El "
      "Khattabi (31 288, nr. 1140), named in the intro and then under the heading "
      "'De motie-Zwagerman/El Khattabi' (short name, no number): 'is aan deze motie uitvoering "
      "gegeven' (settled); 'Zie ook de motie-Hazelhoff ...' (cited).  Commitments: 'heeft de minister "
      "van OCW toegezegd ... voor 1 april 2026' in the commissiedebat Studentenwelzijn of 5 februari "
      "jl., 'Hiermee is die toezegging voldaan' (MOCW, settled; the intro names the debate only); "
      "promises for one of the two in the third person: 'De minister van VWS informeert uw Kamer in "
      "het najaar ...' (MVWS, made), 'De minister van OCW stuurt uw Kamer voor de "
      "begrotingsbehandeling OCW 2027 een overzicht ...' (MOCW, made); 'Wij zullen uw Kamer rond de "
      "zomer informeren' (both, made).  Not promises: the LSVb's 'presenteert in mei', the "
      "hogescholen's 'uiterlijk in 2028'.  Look-alikes: ISBN 978-90-5560-211-4, 1 op de 4, EUR 12,5 "
      "miljoen, artikel 2.9 WHW, 14 weken, 113, 0800-0113, 30 maart.",
      "2026-04-09", "brief", "2026-04-09", None,
      [K("kst-31288-1140"), K("kst-31288-1098")],
      [],
      [],
      [M("kst-31288-1140", [S("Zwagerman"), S("El Khattabi")], False, "settled"),
       M("kst-31288-1098", [S("Hazelhoff")], False, "cited")],
      [C(["MOCW"], "2026-02-05", rel="settled", venue="commissiedebat Studentenwelzijn",
         deadline="voor 1 april 2026", about="uitkomsten monitor per instelling; voldaan"),
       C(["MVWS"], None, rel="made", deadline="in het najaar",
         about="uitkomsten pilots studentenloket ggz (for the co-signing minister)"),
       C(["MOCW"], None, rel="made", deadline="voor de begrotingsbehandeling OCW 2027",
         about="overzicht studentenpsychologen per instelling"),
       C(["MOCW", "MVWS"], None, rel="made", deadline="rond de zomer",
         about="regionale afspraken instellingen")])

# 003: Eerste Kamer commissie letter to the minister (a Kamerstuk, letter M)
write("003_ek_commissiebrief_aan_minister_aenm_verzoeken", "d3.txt",
      "Eerste Kamer Kamerstuk 36 512, letter M: 'BRIEF VAN DE VASTE COMMISSIE VOOR IMMIGRATIE EN "
      "ASIEL / JBZ-RAAD', 'Aan de minister van Asiel en Migratie', 'Den Haag, 17 maart 2026'.  kind "
      "brief, self_id kst-36512-M.  The commissie asks; it promises nothing: 'De leden vragen u aan te "
      "geven', 'Zij vragen u toe te zeggen dat ...' (a request to promise, no promise), 'De commissie "
      "verzoekt u haar uiterlijk 15 mei 2026 te informeren' (a request).  The minister's older "
      "promise T03711, made at the plenaire behandeling on 20 januari 2026 ('heeft u toegezegd de Kamer "
      "voor 1 maart 2026 te informeren'), recalled and asked after: MAenM (the addressee 'u'), cited, "
      "deadline its term, venue left out (a plenary treatment of a bill).  Motions: motie-Van Loenen "
      "c.s. (36 512, K) and motie van het lid Rensink (36 512, H), both cited.  Kamerstukken I 2025/26, "
      "36 512, L (chamber I); Handelingen I 2025/26, nr. 17, item 6.  Look-alikes: kenmerk 182044.01U, "
      "070 312 92 00, 14.250 aanvragen, 6 maanden, artikel 42, eerste lid, Vw 2000, the signatures "
      "Dijkhuis and Van der Meulen.",
      "2026-03-17", "brief", "2026-03-17", "kst-36512-M",
      [K("kst-36512-L", "I", "2025-2026"), K("kst-36512-K"), K("kst-36512-H")],
      [H("h-ek-20252026-17-6")],
      [T("T03711", TZ)],
      [M("kst-36512-K", [S("Van Loenen")], True, "cited"),
       M("kst-36512-H", [S("Rensink")], False, "cited")],
      [C(["MAenM"], "2026-01-20", rel="cited", deadline="voor 1 maart 2026", refs=["T03711"],
         about="gevolgen wet voor doorlooptijden IND; commissie vraagt ernaar")])

# 004: the minister's answer to the Eerste Kamer commissie
write("004_antwoord_minister_aenm_aan_ek_commissie", "d4.txt",
      "Letter of the minister van Asiel en Migratie (MAenM) to the Eerste Kamer answering 003, 'Datum "
      "21 april 2026', 'Uw kenmerk 182044.01U'; kind brief, self_id null.  'Bij brief van 17 maart "
      "jl. (Kamerstukken I 2025/26, 36 512, M)' the commissie's letter.  Headings carry the item, "
      "the status follows: 'Toezegging doorlooptijden IND (T03711)' then 'Tijdens de plenaire "
      "behandeling ... op 20 januari jl. heb ik toegezegd ... voor 1 maart 2026 ... Daarmee beschouw "
      "ik deze toezegging als voldaan' (settled; venue left out as in 003); 'Motie-Van Loenen c.s. "
      "(36 512, K)' then 'De motie verzoekt ... de voorbereiding ligt op schema' (progress); 'De motie "
      "van het lid Rensink (36 512, H) vroeg ... is de motie uitgevoerd' (settled).  New promises: "
      "'Dat zeg ik graag toe: voor het zomerreces ontvangt uw Kamer een plan' (made, answering the "
      "VVD's request), 'Over de financiering van de twee nieuwe aanmeldcentra informeer ik uw Kamer "
      "bij de Voorjaarsnota 2027' (made).  Not a promise: the staatssecretaris van JenV's letter of 3 "
      "april jl. to the Tweede Kamer.  Look-alikes: Stcrt. 2026, 8812, 14.250 and 9.812 aanvragen, "
      "6 maanden, kenmerken 182044.01U and 6651203, Postbus 20011, 2500 EH.",
      "2026-04-21", "brief", "2026-04-21", None,
      [K("kst-36512-M", "I", "2025-2026"), K("kst-36512-K"), K("kst-36512-H")],
      [],
      [T("T03711", TZ)],
      [M("kst-36512-K", [S("Van Loenen")], True, "progress"),
       M("kst-36512-H", [S("Rensink")], False, "settled")],
      [C(["MAenM"], "2026-01-20", rel="settled", deadline="voor 1 maart 2026", refs=["T03711"],
         about="overzicht doorlooptijden IND; voldaan (late)"),
       C(["MAenM"], None, rel="made", deadline="voor het zomerreces",
         about="plan maatregelen termijnen IND"),
       C(["MAenM"], None, rel="made", deadline="bij de Voorjaarsnota 2027",
         about="financiering twee nieuwe aanmeldcentra")])

# 005: geannoteerde agenda + verslag of an EU Energieraad, toezeggingen of the commissiedebat
write("005_geannoteerde_agenda_verslag_energieraad_kgg", "d5.txt",
      "Letter of the minister van KGG (MKGG), 'Datum 5 juni 2026', with the geannoteerde agenda of the "
      "Energieraad of 16 juni 2026 and the verslag of the informal Raad of 23 and 24 april jl.; kind "
      "brief, self_id null.  BNC-fiche 'Kamerstuk 22 112, nr. 4210'.  Commitments of the "
      "commissiedebat Energieraad of 11 maart jl. (2026-03-11), each under a heading: 'heb ik "
      "toegezegd bij de Commissie na te gaan ... Daarmee beschouw ik deze toezegging als afgedaan' "
      "(settled, no term); 'In hetzelfde debat zegde ik toe uw Kamer uiterlijk in Q3 2026 te "
      "informeren ... De positie wordt nog interdepartementaal afgestemd' (progress; venue the debate "
      "named before).  'Ik zeg u toe de appreciatie ... voor de Energieraad van december aan uw Kamer "
      "te sturen' (made).  Not a promise: 'De Europese Commissie heeft toegezegd in het najaar met een "
      "voorstel ... te komen'.  Motions: 'Motie van het lid Achterberg (PVV) over de gasopslag' heading "
      "with the Kamerstuk on its second line, 'Hiermee is de motie uitgevoerd' (settled, party PVV); "
      "'De motie-Stellingwerf ... werd op 24 februari verworpen (Handelingen II 2025/26, nr. 58, item "
      "11)' (cited).  Look-alikes: COM(2026) 142, 2026/0071(COD), richtlijn (EU) 2023/2413, 42,5%, "
      "83%, 'Agendapunt nr. 3', 2026-2027, Postbus 20401.",
      "2026-06-05", "brief", "2026-06-05", None,
      [K("kst-22112-4210"), K("kst-21501-33-1134"), K("kst-21501-33-1120")],
      [H("h-tk-20252026-58-11")],
      [],
      [M("kst-21501-33-1134", [S("Achterberg", "PVV")], False, "settled"),
       M("kst-21501-33-1120", [S("Stellingwerf")], False, "cited")],
      [C(["MKGG"], "2026-03-11", rel="settled", venue="commissiedebat Energieraad", deadline=None,
         about="kostenverdeling interconnectoren bij de Commissie ingebracht; afgedaan"),
       C(["MKGG"], "2026-03-11", rel="progress", venue="commissiedebat Energieraad",
         deadline="uiterlijk in Q3 2026", about="Nederlandse positie netwerkcode vraagrespons"),
       C(["MKGG"], None, rel="made", deadline="voor de Energieraad van december",
         about="appreciatie netwerkpakket")])

# 006: nota naar aanleiding van het verslag, IenW
write("006_nota_nav_verslag_ienw_statiegeld_glas", "d6.txt",
      "Nota naar aanleiding van het verslag on the bill 36 874 (statiegeld op glas), 'Nr. 7', "
      "'Ontvangen 3 februari 2026', signed by the staatssecretaris van IenW (SIenW; 'de regering' and "
      "'ik' are the signer).  Kind left out (heldout13 003), date the Ontvangen date, self_id "
      "kst-36874-7.  Kamerstukken: the verslag nr. 6, the memorie van toelichting nr. 3 (p. 14 a "
      "page).  Motions cited by the fracties: motie-Terhorst c.s. 'Met dit wetsvoorstel wordt aan die "
      "motie uitvoering gegeven' (settled); motie van het lid Bakhuis (VVD) 'wordt betrokken bij de "
      "uitvoeringsregeling; de gesprekken ... lopen nog' (progress, party VVD); 'Eerder verwierp de "
      "Kamer de motie-Oudeman' (cited).  Commitments: commissiedebat Circulaire economie of 2 oktober "
      "2025 'heb ik toegezegd ... daarmee is de toezegging afgedaan' (settled, no term); 'Ik zeg deze "
      "leden toe dat ik voor de plenaire behandeling een overzicht ... stuur' (made); 'De regering "
      "zegt toe de wet binnen vijf jaar na inwerkingtreding te evalueren' (made).  Not a promise: "
      "'vragen of de regering kan toezeggen ... Dat kan ik niet toezeggen'.  Look-alikes: EUR 0,15, "
      "1,2 miljard flessen, artikel 10.15, tweede lid, Stb. 2021, 154, 200 m2, 1 januari 2027.",
      "2026-02-03", OMIT, "2026-02-03", "kst-36874-7",
      [K("kst-36874-6"), K("kst-30872-318"), K("kst-30872-325"), K("kst-30872-290"), K("kst-36874-3")],
      [],
      [],
      [M("kst-30872-318", [S("Terhorst")], True, "settled"),
       M("kst-30872-325", [S("Bakhuis", "VVD")], False, "progress"),
       M("kst-30872-290", [S("Oudeman")], False, "cited")],
      [C(["SIenW"], "2025-10-02", rel="settled", venue="commissiedebat Circulaire economie",
         deadline=None, about="uitvoerbaarheidstoets Verpact gedeeld; afgedaan"),
       C(["SIenW"], None, rel="made", deadline="voor de plenaire behandeling",
         about="overzicht inzamelpunten per provincie"),
       C(["SIenW"], None, rel="made", deadline="binnen vijf jaar na inwerkingtreding",
         about="evaluatie van de wet")])

# 007: minister JenV answering a Tweede Kamer commissie's request
write("007_brief_jenv_reactie_commissieverzoek_schadefonds", "d7.txt",
      "Letter of the minister van JenV (MJenV), 'Datum 28 april 2026', answering a request of the vaste "
      "commissie ('Uw kenmerk 2026Z03312/2026D09876': a zaak and a document number glued by a slash); "
      "kind brief, self_id null.  'Met deze brief voldoe ik aan dat verzoek' answers a request, no "
      "promise.  Motion: motie-Hoekzema/Boukhari (33 552, nr. 121) under a heading that does not name "
      "it, 'Daarmee is invulling gegeven aan de motie' (settled).  Commitments: wetgevingsoverleg "
      "Slachtofferbeleid of 30 november 2025 'heb ik toegezegd rond de zomer van 2026 een wetsvoorstel "
      "... in consultatie te geven ... de consultatie blijft op schema' (progress); 'Ik zal uw Kamer voor "
      "de begrotingsbehandeling JenV 2027 informeren' (made).  Not promises: the ombudsman's "
      "vervolgonderzoek.  Look-alikes: rapport 2026/017, 1.552 aanvragen (the dossier's digits), 318 "
      "gevallen, 26 weken, ECLI:NL:HR:2025:1412, artikel 3, Beleidsregel nr. 7, EUR 35.000 and EUR "
      "50.000, Stcrt. 2026, 9912, 0800-0188, Postbus 71, 2501 CB, ISSN 1570-8233.",
      "2026-04-28", "brief", "2026-04-28", None,
      [K("kst-33552-121")],
      [],
      [T("2026Z03312", "zaak"), T("2026D09876", "document")],
      [M("kst-33552-121", [S("Hoekzema"), S("Boukhari")], False, "settled")],
      [C(["MJenV"], "2025-11-30", rel="progress", venue="wetgevingsoverleg Slachtofferbeleid",
         deadline="rond de zomer van 2026", about="consultatie voorschotregeling; op schema"),
       C(["MJenV"], None, rel="made", deadline="voor de begrotingsbehandeling JenV 2027",
         about="verkorting doorlooptijden Schadefonds")])

# 008: VRO letter with a list introduction ('In deze brief ga ik in op')
write("008_brief_vro_lijstintro_ga_ik_in_op", "d8.txt",
      "Letter of the minister van VRO (MVRO), 'Datum: 2 juli 2026'; kind brief, self_id null.  A list "
      "introduction 'In deze brief ga ik in op de volgende moties en toezeggingen:' (addressed for "
      "every item) with two motions and two toezeggingen; the body is more specific for two of them "
      "(the body wins): motion Van der Laar and Wijnbergen 'Hiermee is de motie uitgevoerd' (settled; "
      "'aangenomen met 76 stemmen voor en 74 tegen (Handelingen II 2025/26, nr. 61, item 14)'); the "
      "toezegging of the commissiedebat Bouwen en wonen of 28 januari jl. 'heb ik toegezegd voor 1 "
      "juli 2026 ... Het voorstel is nog niet af' (progress; 'na de zomer' a status time).  The "
      "motie-Scholtens and the toezegging of the tweeminutendebat Flexwonen of 12 maart jl. "
      "(TZ202603-112) get only 'vindt u meer in het rapport' (addressed).  New: 'Ik zal uw Kamer bij de "
      "Voorjaarsnota 2027 informeren' (made).  Look-alikes: 1.210 woningen beside nr. 1210, 76/74, "
      "artikel 4.2, 'nr. 5 in de ranglijst', Europalaan 12, 3526 KS, ISBN 978-94-6345-118-2, EUR 2,1 "
      "miljard, 14.000, kenmerk 2026-0000390114.",
      "2026-07-02", "brief", "2026-07-02", None,
      [K("kst-32847-1210"), K("kst-32847-1225")],
      [H("h-tk-20252026-61-14")],
      [T("TZ202603-112", TZ)],
      [M("kst-32847-1210", [S("Van der Laar"), S("Wijnbergen")], False, "settled"),
       M("kst-32847-1225", [S("Scholtens")], False, "addressed")],
      [C(["MVRO"], "2026-01-28", rel="progress", venue="commissiedebat Bouwen en wonen",
         deadline="voor 1 juli 2026", about="voorstel transformatiefonds; nog niet af"),
       C(["MVRO"], "2026-03-12", rel="addressed", venue="tweeminutendebat Flexwonen",
         deadline=None, refs=["TZ202603-112"], about="vergunningverlening flexwoningen"),
       C(["MVRO"], None, rel="made", deadline="bij de Voorjaarsnota 2027",
         about="structurele financiering flexwoningen")])
