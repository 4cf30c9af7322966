"""Writes heldout30's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: voortgangsbrief BHO, a heading per motion
write("001_voortgangsbrief_bho_kopjes_per_motie", "d1.txt",
      "Voortgangsbrief of the minister voor Buitenlandse Handel en Ontwikkelingshulp (MBHO), "
      "'Datum 16 juni 2026': kind brief, self_id null.  A heading per motion ('Motie Hoekstein c.s. "
      "over ...'), the Kamerstuk and the party in the body below (heldout23: heading and body one "
      "item).  Hoekstein (CDA) c.s. 'Hiermee beschouw ik de motie als afgedaan' (settled); Van "
      "Leeuwarden-Bos (GroenLinks-PvdA) and Ait Amrani (NSC), Kamerstuk 21 501-04, nr. 281, 'Ik "
      "informeer uw Kamer in het najaar over de verdere uitvoering' (progress; no commitment); "
      "Dijkhuis (VVD) 'Kamerstukken II 2025/26, 36 800 XVII, nr.\\n23' (broken over the line) 'Met "
      "mijn brief van 12 maart 2026 (Kamerstuk 26 485, nr. 461) heb ik aan deze motie uitvoering "
      "gegeven; zij is daarmee afgedaan' (settled; nr. 461 a letter, no motion); Brandsema (D66) "
      "'De uitvoering ligt op schema' (progress); Pijnacker (SGP) 'De motie is hiermee uitgevoerd' "
      "(settled).  Commitments: the CD Raad Buitenlandse Zaken (Handel) promise of 21 januari 2026 "
      "'voor de zomer', 'Met deze brief kom ik die toezegging na' (settled); 'Tot slot zeg ik toe uw "
      "Kamer voor het kerstreces te informeren' (made).  'de Raad van 19 mei jl.' no commitment.  "
      "Look-alikes: Postbus 20061 2500 EB, BHO-2026/418207, 1.452 bedrijven, Verordening (EU) "
      "2024/1760, EUR 45 miljoen, artikel 1.3, 21.501 ton, 070 348 6486.",
      "2026-06-16", "brief", "2026-06-16", None,
      [K("kst-26485-452"), K("kst-21501-04-281"), K("kst-36800-XVII-23", "II", "2025-2026"),
       K("kst-26485-461"), K("kst-36800-XVII-31"), K("kst-36180-97")],
      [],
      [],
      [M("kst-26485-452", [S("Hoekstein", "CDA")], True, "settled"),
       M("kst-21501-04-281", [S("Van Leeuwarden-Bos", "GroenLinks-PvdA"), S("Ait Amrani", "NSC")],
         False, "progress"),
       M("kst-36800-XVII-23", [S("Dijkhuis", "VVD")], False, "settled"),
       M("kst-36800-XVII-31", [S("Brandsema", "D66")], False, "progress"),
       M("kst-36180-97", [S("Pijnacker", "SGP")], False, "settled")],
      [C(["MBHO"], "2026-01-21", rel="settled", venue="commissiedebat Raad Buitenlandse Zaken (Handel)",
         deadline="voor de zomer", about="inzet hervorming WTO-geschillenbeslechting; nagekomen"),
       C(["MBHO"], None, rel="made", deadline="voor het kerstreces",
         about="evaluatie Dutch Good Growth Fund ('Tot slot zeg ik toe')")])

# 002: answer of the minister van AenM to a commissie's request, toezeggingen by abbreviation
write("002_brief_maenm_commissieverzoek_toezeggingen_afkortingen", "d2.txt",
      "Letter of the minister van Asiel en Migratie (MAenM), 'Datum 9 juni 2026', answering 'het "
      "verzoek van de vaste commissie voor Asiel en Migratie van 21 mei jongstleden (kenmerk "
      "2026Z09318)' (a zaak number, also 'Uw kenmerk'; the request no commitment): kind brief, "
      "self_id null.  Four toezeggingen, each with its actor and TZ number in brackets ('(toezegging "
      "MAenM, TZ202603-114)'; refs the number): the CD Vreemdelingen- en asielbeleid 'd.d. "
      "12-03-2026' promise (passive 'is toegezegd'), 'voor 1 juni 2026', 'Daarmee is deze toezegging "
      "afgedaan' (settled); the tweeminutendebat Terugkeerbeleid promise of '19 mei jongstleden', "
      "'na de zomer', 'Het onderzoek is gestart' (progress); the wetgevingsoverleg Vreemdelingenketen "
      "'d.d. 02-02-2026' promise 'rond de Voorjaarsnota', 'Ik beschouw de toezegging als voldaan' "
      "(settled); the minister van JenV's promise '(toezegging MJenV, TZ202601-208)' in the CD "
      "Vreemdelingenbewaring 'd.d. 21-01-2026', 'voor 1 juli 2026', 'Hij heeft die toezegging "
      "nagekomen' (MJenV, settled).  'Ik zal uw Kamer in het eerste kwartaal van 2027 informeren "
      "over de uitkomsten van de pilot' (made; not named before).  Motion Özdemir (DENK) (Kamerstuk "
      "19 637, nr. 3398) 'Ook die motie is met mijn brief van 24 april 2026 afgedaan' (settled).  "
      "Look-alikes: Postbus 20011 2500 EH, kenmerk 6620481, 32.470 aanvragen, EUR 1,2 miljard, "
      "postcode 9561, artikel 3.1, Stcrt. 2026, 11824, 088 045 1200.",
      "2026-06-09", "brief", "2026-06-09", None,
      [K("kst-19637-3412"), K("kst-24587-1021"), K("kst-19637-3398")],
      [],
      [T("2026Z09318", "zaak"), T("TZ202603-114", TZ), T("TZ202605-031", TZ),
       T("TZ202602-067", TZ), T("TZ202601-208", TZ)],
      [M("kst-19637-3398", [S("Özdemir", "DENK")], False, "settled")],
      [C(["MAenM"], "2026-03-12", rel="settled", venue="commissiedebat Vreemdelingen- en asielbeleid",
         deadline="voor 1 juni 2026", refs=["TZ202603-114"], about="doorlooptijden IND; afgedaan"),
       C(["MAenM"], "2026-05-19", rel="progress", venue="tweeminutendebat Terugkeerbeleid",
         deadline="na de zomer", refs=["TZ202605-031"],
         about="onderzoek samenwerking landen van herkomst; gestart"),
       C(["MAenM"], "2026-02-02", rel="settled", venue="wetgevingsoverleg Vreemdelingenketen",
         deadline="rond de Voorjaarsnota", refs=["TZ202602-067"],
         about="financiering opvangcapaciteit 2027; voldaan"),
       C(["MJenV"], "2026-01-21", rel="settled", venue="commissiedebat Vreemdelingenbewaring",
         deadline="voor 1 juli 2026", refs=["TZ202601-208"],
         about="bezetting detentiecentra; nagekomen by MJenV"),
       C(["MAenM"], None, rel="made", deadline="in het eerste kwartaal van 2027",
         about="uitkomsten pilot regionale aanmeldcentra ('Ik zal uw Kamer ... informeren')")])

# 003: Financiën, two list introductions and look-alikes
write("003_brief_fin_lijsten_afgedaan_voortgang_lookalikes", "d3.txt",
      "Letter of the minister van Financiën (MFin), 'Datum 3 november 2026': kind brief, self_id "
      "null.  List 'De volgende moties zijn hiermee afgedaan:' (settled for every item): "
      "'motie-Hagenbeek/Van Tilburg (36 760, nr. 54)'; 'motie van de leden Verduin en Ter Horst, "
      "Kamerstuk 36 800-IX, nr. 12'; 'de gewijzigde motie van het lid Oosterbeek c.s. (ter vervanging "
      "van die gedrukt onder nr. 2131) (21 501-07, nr. 2140)' (the replaced nr. 2131 a Kamerstuk in "
      "the same dossier, chamber and year null, and a motion without sponsors, cited: tests/gold 007, "
      "heldout27); 'motie van het lid Moerkerk (PVV) ... (Kamerstukken II\\n2025/26, 32 013, nr. "
      "318)'.  List 'Voortgang wordt gemeld over:' (progress): Schellekens c.s. (36 760, nr. 61), "
      "Koşar-Vlug (ChristenUnie) (24 515, nr. 812), and the staatssecretaris van Financiën's (SFin) "
      "promise in the commissiedebat Douane of 25 maart 2026 'voor 1 januari 2027' (progress).  "
      "Body: the verworpen motion of Van Tilburg (36 760, nr. 57) cited; the rijkswet 'Kamerstuk "
      "36 124 (R2189), nr. 3' (kst-36124-3, rijkswet R2189).  Look-alikes: Postbus 20201 2500 EE, "
      "kenmerk 2026-0000287731, EUR 29.279, 'artikel 3,\\nlid 5', Stb. 2025, 123, ISBN "
      "978-90-5250-318-2, Korte Voorhout 7, 2511 CW, 070 342 7540, 'Eurogroep van 15 september jl.'.",
      "2026-11-03", "brief", "2026-11-03", None,
      [K("kst-36760-54"), K("kst-36800-IX-12"), K("kst-21501-07-2131"), K("kst-21501-07-2140"),
       K("kst-32013-318", "II", "2025-2026"), K("kst-36760-61"), K("kst-24515-812"),
       K("kst-36760-57"), K("kst-36124-3", rijkswet="R2189")],
      [],
      [],
      [M("kst-36760-54", [S("Hagenbeek"), S("Van Tilburg")], False, "settled"),
       M("kst-36800-IX-12", [S("Verduin"), S("Ter Horst")], False, "settled"),
       M("kst-21501-07-2131", rel="cited"),
       M("kst-21501-07-2140", [S("Oosterbeek")], True, "settled"),
       M("kst-32013-318", [S("Moerkerk", "PVV")], False, "settled"),
       M("kst-36760-61", [S("Schellekens")], True, "progress"),
       M("kst-24515-812", [S("Koşar-Vlug", "ChristenUnie")], False, "progress"),
       M("kst-36760-57", [S("Van Tilburg")], False, "cited")],
      [C(["SFin"], "2026-03-25", rel="progress", venue="commissiedebat Douane",
         deadline="voor 1 januari 2027", about="scancontainers Rotterdamse haven; proef loopt")])

# 004: IenW, minister and staatssecretaris, old and new promises
write("004_brief_ienw_minister_staatssecretaris_oude_nieuwe_toezeggingen", "d4.txt",
      "Letter signed by the minister (MIenW) and the staatssecretaris (SIenW) van IenW, 'Datum 26 "
      "mei 2026': kind brief, self_id null; 'wij' both (heldout23/26).  Old promises: SIenW's in "
      "'het wetgevingsoverleg van 15 april jl.' 'voor het zomerreces', 'daarmee is deze toezegging "
      "nagekomen' (settled, venue 'wetgevingsoverleg'); MIenW's 'In hetzelfde overleg' 'voor het "
      "einde van dit jaar', 'loopt nog' (progress; venue and date from before); SIenW's promise 'in "
      "antwoord op vragen van het lid Zwaneveld (Aanhangsel Handelingen II 2025/26,\\nnr. 1544)' on "
      "17 februari 2026, 'zodra ... heeft afgerond' (a condition: no deadline key; no venue key), "
      "'Hiermee is ook deze toezegging afgedaan' (settled).  New: 'Wij zullen uw Kamer voor 1 juli "
      "2027 informeren' (MIenW+SIenW, made); 'De staatssecretaris stuurt uw Kamer na de zomer een "
      "voorstel' (SIenW, made).  Not commitments: 'De ACM heeft toegezegd', 'EUR 3,4 miljoen "
      "toegezegd gekregen'.  Motion Zwaneveld (GroenLinks-PvdA) and Kroon-Pereira (VVD) (36 870, "
      "nr. 21) 'Aan de uitvoering ... wordt gewerkt' (progress); the amendement-Kroon-Pereira (36 "
      "870, nr. 14) a Kamerstuk only; '(36 870)' a dossier, no Kamerstuk.  Look-alikes: Postbus 20901 "
      "2500 EX, IENW/BSK-2026/112904, 'artikel 32,\\ntweede lid', 1.544 ritten, lijn 300, lijn 47, "
      "070 456 0000, '12 mei jl.', '4 mei', '30 april'.",
      "2026-05-26", "brief", "2026-05-26", None,
      [K("kst-36870-14"), K("kst-36870-21")],
      [H("ah-tk-20252026-1544")],
      [],
      [M("kst-36870-21", [S("Zwaneveld", "GroenLinks-PvdA"), S("Kroon-Pereira", "VVD")], False,
         "progress")],
      [C(["SIenW"], "2026-04-15", rel="settled", venue="wetgevingsoverleg",
         deadline="voor het zomerreces", about="gevolgen concessieregels kleine vervoerders; nagekomen"),
       C(["MIenW"], "2026-04-15", rel="progress", venue="wetgevingsoverleg",
         deadline="voor het einde van dit jaar", about="onderzoek vaarverbinding Waddeneilanden; loopt"),
       C(["SIenW"], "2026-02-17", rel="settled",
         about="marktscan ACM regionaal busvervoer, in answers to Kamervragen; afgedaan"),
       C(["MIenW", "SIenW"], None, rel="made", deadline="voor 1 juli 2027",
         about="eerste ervaringen nieuwe concessieregels ('Wij zullen')"),
       C(["SIenW"], None, rel="made", deadline="na de zomer",
         about="voorstel landelijke standaard reisinformatie ('De staatssecretaris stuurt')")])

# 005: KGG to the Eerste Kamer, T-numbers in running text
write("005_brief_ek_mkgg_toezeggingen_tnummers", "d5.txt",
      "Letter of the minister van Klimaat en Groene Groei (MKGG) to the Voorzitter van de Eerste "
      "Kamer, 'Datum 29 september 2026': kind brief, self_id null.  Toezeggingen with T-numbers in "
      "running text (refs the number): the plenary promise of 16 december 2025 '(Handelingen I "
      "2025/26, nr. 12, item 4)' 'voor 1\\nseptember 2026' '(T03922)', 'Daarmee beschouw ik "
      "toezegging T03922 als voldaan' (settled; plenary: no venue key); 'In hetzelfde debat zegde ik "
      "toe ... binnen drie jaar na inwerkingtreding' (T03923), 'de voorbereiding ... is gestart' "
      "(progress); the ambtsvoorganger's T03701 in the 'mondeling overleg Netcongestie van 8 oktober "
      "2024' (the office MKGG), recurring, 'ontvangt u in november' (progress; no term of its own: no "
      "deadline key); 'De stand van toezegging T03945 staat in de bijlage' a number only; 'Ik zeg uw "
      "Kamer verder toe dat ik u voor 1 maart 2027 informeer' (made).  'Kamerstukken I 2025/26, 36 "
      "456, E' kst-36456-E; '(36 456)' a dossier.  Motions: 'Van Gilse c.s. (Kamerstukken I 2024/25, "
      "36 600, AB)' 'beschouw ik de motie daarmee als uitgevoerd' (settled); 'motie-Kemperman (SP) "
      "(Kamerstukken I 2025/26, 36 456, H)' 'wordt betrokken bij de evaluatie' (progress).  "
      "Look-alikes: Postbus 20401 2500 EK, Binnenhof 22, 2513 AA, KGG/26318842, 3.600 netten, "
      "artikel 2.4, derde lid, Stb. 2026, 88, 070 379 6000.",
      "2026-09-29", "brief", "2026-09-29", None,
      [K("kst-36456-E", "I", "2025-2026"), K("kst-36600-AB", "I", "2024-2025"),
       K("kst-36456-H", "I", "2025-2026")],
      [H("h-ek-20252026-12-4")],
      [T("T03922", TZ), T("T03923", TZ), T("T03701", TZ), T("T03945", TZ)],
      [M("kst-36600-AB", [S("Van Gilse")], True, "settled"),
       M("kst-36456-H", [S("Kemperman", "SP")], False, "progress")],
      [C(["MKGG"], "2025-12-16", rel="settled", deadline="voor 1 september 2026", refs=["T03922"],
         about="tariefregulering kleine warmtenetten; voldaan"),
       C(["MKGG"], "2025-12-16", rel="progress", deadline="binnen drie jaar na inwerkingtreding",
         refs=["T03923"], about="evaluatie wet naar beide Kamers; voorbereiding gestart"),
       C(["MKGG"], "2024-10-08", rel="progress", venue="mondeling overleg Netcongestie",
         refs=["T03701"], about="jaarlijkse brief wachtrijen netaansluiting (ambtsvoorganger)"),
       C(["MKGG"], None, rel="made", deadline="voor 1 maart 2027",
         about="ervaringen gemeenten warmtekavels ('Ik zeg uw Kamer verder toe')")])
