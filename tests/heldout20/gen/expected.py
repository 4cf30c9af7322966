"""Writes heldout20's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Eerste Kamer toezegging page (eerstekamer.nl, Kerngegevens)
write("001_ek_toezegging_pagina_t03512_szw_deels_voldaan", "d1.txt",
      "The Eerste Kamer's web page of one toezegging, copied as text: breadcrumb, title with the "
      "dossier '(36.067)', 'Kerngegevens' as 'Label: value' lines (Nummer: T03512, Status: deels "
      "voldaan, Deadline: 1 juli 2026, Ministerie: SZW, Kamerleden, Commissie, Datum toezegging: 14 mei "
      "2024), Omschrijving ('De minister van SZW zegt de Kamer, naar aanleiding van vragen van de leden "
      "..., toe ...'), Stand van zaken, related documents and toezeggingen, contact lines.  Kind and date "
      "left out (a web page; heldout19 004), self_id null (the T-number is no Kamerstuk).  One "
      "commitment: MSZW, 2024-05-14, deadline the Deadline field (heldout14 001's Termijn), refs the "
      "T-number, progress (deels voldaan, eindrapport volgt).  T03498/T03530 only listed (Kamer numbers, "
      "no commitment: a number with a title says neither who nor when).  'Handelingen I 2023/24, nr. 31, "
      "item 6, blz. 14' an EK Handelingen item.  '36.067, Q' repeats the full citation's Q; '36.067, P' a "
      "second EK letter.  Look-alikes: 10.000 deelnemers, telefoon 070 312 92 00, Postbus 20017, 2500 EA.",
      "2026-12-01", OMIT, OMIT, None,
      [K("kst-36067-Q", "I", "2025-2026"), K("kst-36067-P")],
      [H("h-ek-20232024-31-6")],
      [T("T03512", TZ), T("T03498", TZ), T("T03530", TZ)],
      [],
      [C(["MSZW"], "2024-05-14", rel="progress", deadline="1 juli 2026", refs=["T03512"],
         about="onderzoek uitvoeringskosten kleine pensioenfondsen; deels voldaan")])

# 002: Eerste Kamer toezegging page, two bewindspersonen of two ministries
write("002_ek_toezegging_pagina_t03547_jenv_bzk_voldaan", "d2.txt",
      "A second Eerste Kamer toezegging page: 'Ministerie: Justitie en Veiligheid (JenV), Binnenlandse "
      "Zaken en Koninkrijksrelaties (BZK)' over two lines, two Kamerleden and two commissies; the "
      "Omschrijving names 'De minister van Justitie en Veiligheid en de staatssecretaris van "
      "Binnenlandse Zaken en Koninkrijksrelaties zeggen ... toe' (actors MJenV + SBZK: the "
      "staatssecretaris, not the BZK minister the Ministerie line would suggest).  Status voldaan, "
      "the stand names the letter 36 279, H: settled.  Deadline the field.  The motie-Oudeman c.s. "
      "(36.279, F) in the related documents, 'aangenomen': cited.  T03546 only listed.  Look-alikes: "
      "Stcrt. 2025, 31877; artikel 3, tweede lid; artikel 12, lid 4; telefoon 070 312 93 44.",
      "2026-12-01", OMIT, OMIT, None,
      [K("kst-36279-H", "I", "2025-2026"), K("kst-36279-F")],
      [],
      [T("T03547", TZ), T("T03546", TZ)],
      [M("kst-36279-F", [S("Oudeman")], True, "cited")],
      [C(["MJenV", "SBZK"], "2024-12-10", rel="settled", deadline="1 oktober 2025", refs=["T03547"],
         about="handreiking gegevensdeling gemeenten-RIEC's; voldaan")])

# 003: verslag van een commissiedebat, EZK
D3 = "2024-02-08"
write("003_verslag_commissiedebat_ezk_aanwezig_beloven", "d3.txt",
      "Verslag van een commissiedebat (29 826, nr. 214, 'Vastgesteld 7 maart 2024'; the "
      "officielebekendmakingen title line 'Verslag van een commissiedebat, gehouden op 8 februari 2024, "
      "over Verduurzaming industrie' above it): kind verslag, date the Vastgesteld date, self_id the own "
      "number.  'Aanwezig zijn zes leden der Kamer, te weten: ..., en de heer Verhoeckx, minister van "
      "Economische Zaken en Klimaat.' and the label 'Minister Verhoeckx:' (MEZK).  Promises of the "
      "meeting, dated to it, venue left out (heldout18): 'Ik beloof de Kamer dat ik ... voor de zomer met u "
      "deel'; 'Dat kan ik u beloven.' answering Öztürk's 'Kan de minister toezeggen dat de Kamer voor 1 "
      "oktober een overzicht krijgt' (the question's term); 'Hoe de eerste drie maanden zijn verlopen, laat "
      "ik u per brief weten' (no term).  Older: 'In het commissiedebat Verduurzaming industrie van 12 "
      "oktober jl. heb ik toegezegd ... Daarmee is die toezegging afgedaan' (settled, 2023-10-12).  Not "
      "promises: the member's 'Ik beloof de minister dat ik hier ... op terugkom', 'Nee, dat kan ik niet "
      "beloven', the chair's list (repeats).  Motion: 'Mijn motie over het mkb-loket (Kamerstuk 29 826, "
      "nr. 190)' of Van Leeuwen, 'De motie-Van Leeuwen voer ik uit' (progress; sponsors not scored, "
      "'mijn motie', heldout18 003).  Look-alikes: 2031, € 1,2 miljard, artikel 2, lid 3, 10.00/12.58 uur.",
      "2024-03-07", "verslag", "2024-03-07", "kst-29826-214",
      [K("kst-29826-205"), K("kst-29826-211"), K("kst-29826-190")],
      [], [],
      [M("kst-29826-190", rel="progress")],
      [C(["MEZK"], D3, rel="made", deadline="voor de zomer", about="uitkomst gesprekken staalproducent"),
       C(["MEZK"], D3, rel="made", deadline="voor 1 oktober", about="overzicht wachtrij per industriecluster"),
       C(["MEZK"], D3, rel="made", deadline=None, about="brief eerste drie maanden mkb-loket"),
       C(["MEZK"], "2023-10-12", rel="settled", venue="commissiedebat Verduurzaming industrie",
         deadline=None, about="herziening subsidieregeling elektrische boilers; afgedaan")])

# 004: beslisnota IenW with a tab-separated table
write("004_beslisnota_ienw_tabel_tabs_stand_van_zaken", "d4.txt",
      "Beslisnota to the minister of IenW ('Aan: de minister van Infrastructuur en Waterstaat'; "
      "'u' the addressee, as in tests/gold): kind beslisnota, date 18 november 2026, self_id null.  "
      "Table 1 tab-separated (Nr., Datum, Omschrijving 'U zegt toe ...', Stand van zaken): "
      "TZ202607-018 'Loopt.' (progress), -019 'Deels afgedaan.' (progress), -021 'Afgedaan met "
      "bijgaande Kamerbrief.' (settled), -026 'Vervallen: ...' with a reason (addressed, heldout14/17), "
      "TZ202511-087 'Afgedaan met de brief van 20 mei 2026 (Kamerstuk 27 625, nr. 712)' (settled); "
      "dates from the Datum cell, deadlines the cell's term, venue left out (the rows do not name the "
      "debate; the Aanleiding names two).  Motion rows: '27 625, nr. 705' Boerman c.s. 'Loopt.' "
      "(progress), '27 625, nr. 709' Vermeulen en Asante 'Afgedaan met bijgaande Kamerbrief.' (settled); "
      "party null (the brackets in Krachtenveld are not the reference).  Kernpunten: 'In de brief zegt "
      "u toe de Kamer in het voorjaar van 2027 te informeren' (made, u, date null).  Not a promise: "
      "'de Unie wil daarover in het voorjaar met u verder spreken'.  Look-alikes: kenmerk, 06-41 88 27 "
      "30, € 412 mln, artikel 13.05 / 5.01, artikel 6.2, eerste lid, Waterwet, Postbus 93218, 2509 AE, "
      "kenmerk 26-081774.",
      "2026-11-18", "beslisnota", "2026-11-18", None,
      [K("kst-27625-712"), K("kst-27625-705"), K("kst-27625-709")],
      [],
      [T("TZ202607-018", TZ), T("TZ202607-019", TZ), T("TZ202607-021", TZ), T("TZ202607-026", TZ),
       T("TZ202511-087", TZ)],
      [M("kst-27625-705", [S("Boerman")], True, "progress"),
       M("kst-27625-709", [S("Vermeulen"), S("Asante")], False, "settled")],
      [C(["u"], "2026-07-02", rel="progress", deadline="voor het einde van het jaar", refs=["TZ202607-018"],
         about="voortgang Lauwersmeerdijk; loopt"),
       C(["u"], "2026-07-02", rel="progress", deadline=None, refs=["TZ202607-019"],
         about="gesprek waterschappen lasten; deels afgedaan"),
       C(["u"], "2026-07-02", rel="settled", deadline="voor 1 december 2026", refs=["TZ202607-021"],
         about="overzicht PFAS-lozingen Westerschelde; afgedaan"),
       C(["u"], "2026-07-09", rel="addressed", deadline=None, refs=["TZ202607-026"],
         about="pilot zilte teelt; vervallen"),
       C(["u"], "2025-11-14", rel="settled", deadline="bij de Voorjaarsnota 2026", refs=["TZ202511-087"],
         about="budget zoetwater; afgedaan met brief 27 625, nr. 712"),
       C(["u"], None, rel="made", deadline="in het voorjaar van 2027",
         about="evaluatie Deltaprogramma Zoetwater (new promise in the letter)")])

# 005: voortgangsbrief VWS
write("005_voortgangsbrief_vws_moties_statuswoorden", "d5.txt",
      "Derde voortgangsbrief (Kamerbrief VWS, 3 juli 2026, signed by the minister: MVWS): kind brief, "
      "self_id null.  Motions with the status words of a voortgangsbrief: Kahraman c.s. nr. 902 'De "
      "uitvoering loopt' (progress); Vermaat en Ter Horst nr. 911 'ligt op schema' (progress); "
      "motie-Doornbos nr. 915 'vraagt meer tijd; ik rapporteer in de volgende voortgangsbrief' "
      "(progress, no commitment: a report on a motion already named); Sahin nr. 899 'Hiermee beschouw "
      "ik de motie als afgedaan' (settled); the gewijzigde motie Kahraman nr. 918 'verworpen' (cited) "
      "and its 'was nr. 907' (a motion without sponsors, cited).  Commitments: CD Ouderenzorg 11 juni "
      "jl. 'Daarmee is de toezegging afgedaan' (settled, venue named); 'zal uw Kamer voor 1 oktober "
      "informeren' (made by the letter, date null); 'Ook heb ik in dat debat toegezegd ... vraagt meer "
      "tijd ...; het rapport verwacht ik in december' (progress; venue only 'dat debat', left out; "
      "a status time, deadline left out); 'Ik beloof uw Kamer dat ik de Woonzorgagenda ... in het "
      "najaar met u bespreek' (made).  Not a promise: 'De volgende verzamelbrief ontvangt u zoals "
      "gebruikelijk in het voorjaar.'  Look-alikes: € 1.250.000, artikel 10, lid 1, 4.870, telefoon "
      "070 340 79 11, 2511 VX, Postbus 20350.",
      "2026-07-03", "brief", "2026-07-03", None,
      [K("kst-31765-902"), K("kst-31765-911"), K("kst-31765-915"), K("kst-31765-899"),
       K("kst-31765-918"), K("kst-31765-907")],
      [], [],
      [M("kst-31765-902", [S("Kahraman")], True, "progress"),
       M("kst-31765-911", [S("Vermaat"), S("Ter Horst")], False, "progress"),
       M("kst-31765-915", [S("Doornbos")], False, "progress"),
       M("kst-31765-899", [S("Sahin")], False, "settled"),
       M("kst-31765-918", [S("Kahraman")], False, "cited"),
       M("kst-31765-907", rel="cited")],
      [C(["MVWS"], "2026-06-11", rel="settled", venue="commissiedebat Ouderenzorg", deadline=None,
         about="verkenning voorrang ouderen bij corporaties; afgedaan"),
       C(["MVWS"], None, rel="made", deadline="voor 1 oktober", about="uitkomst gesprek VNG toewijzing"),
       C(["MVWS"], "2026-06-11", rel="progress", about="onderzoek wachttijden verpleegzorg; vertraagd"),
       C(["MVWS"], None, rel="made", deadline="in het najaar", about="Woonzorgagenda met de Kamer bespreken")])

# 006: Handelingen II, debate, the chair gives the floor to the minister
D6 = "2024-03-13"
write("006_handelingen_tk_netcongestie_woord_aan_minister", "d6.txt",
      "Handelingen II 2023-2024 nr. 52, item 8 (h-tk-20232024-52-8; kind handelingen, date the sitting "
      "13 maart 2024).  The minister is known only through the chair's 'Het woord is aan de minister "
      "van EZK.' and the label 'Minister Verhoeckx:' (MEZK).  Promises of the sitting, dated to it, no "
      "venue: 'Ik kom in het derde kwartaal schriftelijk bij de Kamer terug op ...'; 'Dat kan ik u "
      "beloven, ook per sector.' answering Dekker's question 'of ik voor de begrotingsbehandeling kan "
      "laten weten' (that term; the minister's own restatement of the question); 'Ik laat u per brief "
      "weten hoe vaak ...' (no term).  Older: CD Elektriciteitsnet 7 december jl. (2023-12-07), 'Die "
      "vraag heb ik gesteld; het advies ... verwacht ik na de zomer' (progress; status time, deadline "
      "left out).  Not promises: 'daar ga ik niet over. Ik kan dus niets beloven', a member's 'Dan kom "
      "ik met een motie'.  Motions: motie-Kröger c.s. nr. 471 'is uitgevoerd' (settled); nr. 493 "
      "submitted (names under the text Van Waveren-Bos, Dekker; party null) and given 'oordeel Kamer' "
      "(cited).  Look-alikes: 9.000, 2,1 gigawatt, 0800-0023, 13.30 uur.",
      D6, "handelingen", D6, "h-tk-20232024-52-8",
      [K("kst-29023-486"), K("kst-29023-471"), K("kst-29023-493")],
      [], [],
      [M("kst-29023-471", [S("Kröger")], True, "settled"),
       M("kst-29023-493", [S("Van Waveren-Bos"), S("Dekker")], False, "cited")],
      [C(["MEZK"], D6, rel="made", deadline="in het derde kwartaal", about="wachtrij per provincie openbaar"),
       C(["MEZK"], D6, rel="made", deadline="voor de begrotingsbehandeling", about="aantal non-firm contracten per sector"),
       C(["MEZK"], D6, rel="made", deadline=None, about="bereikbaarheid lijn netbeheerders"),
       C(["MEZK"], "2023-12-07", rel="progress", venue="commissiedebat Elektriciteitsnet",
         about="ACM-advies tijdsafhankelijke tarieven; gevraagd, advies na de zomer")])

# 007: Eerste Kamer commissie letter about overdue toezeggingen
write("007_ek_commissiebrief_ienw_verstreken_toezeggingen", "d7.txt",
      "Letter of the Eerste Kamer's commissie IWO to the minister of IenW (24 november 2026; kind "
      "brief, self_id null) listing toezeggingen whose deadline passed.  Each block: T-number, title "
      "with dossier, who and when, 'Deadline: ...'.  T03488 made by 'uw ambtsvoorganger' (the office: "
      "MIenW) on 19 maart 2024; T03601 and T03622 by the staatssecretaris van IenW (SIenW) on 8 april "
      "2025 ('Tijdens hetzelfde debat' for T03622; the plenary debate is no named venue).  The "
      "commission only names them and asks for news: cited; deadline the Deadline line.  T03455 'is "
      "voldaan' with the brief 35 945, M: a number with a status but no who or when: only a Kamer "
      "number.  'De commissie verzoekt u de Kamer vóór 15 januari 2027 te informeren' is a request, no "
      "commitment.  Motion: motie-Kroon c.s. (36.412, G), cited.  Dossiers '(36.180)', '(36.412)', "
      "'35.945' no Kamerstukken.  Look-alikes: kenmerk 181044.01u, 22 toezeggingen, Postbus 20901.",
      "2026-11-24", "brief", "2026-11-24", None,
      [K("kst-36412-G"), K("kst-35945-M", "I", "2025-2026")],
      [],
      [T("T03488", TZ), T("T03601", TZ), T("T03622", TZ), T("T03455", TZ)],
      [M("kst-36412-G", [S("Kroon")], True, "cited")],
      [C(["MIenW"], "2024-03-19", rel="cited", deadline="1 januari 2026", refs=["T03488"],
         about="jaarlijkse rapportage geluid Lelystad Airport"),
       C(["SIenW"], "2025-04-08", rel="cited", deadline="1 juli 2026", refs=["T03601"],
         about="onderzoek aanlegkosten walstroom"),
       C(["SIenW"], "2025-04-08", rel="cited", deadline="1 september 2026", refs=["T03622"],
         about="informeren over uitvoering motie-Kroon c.s.")])

# 008: answers to Kamervragen, VRO
write("008_aanhangsel_antwoord_vro_lookalikes_beloven", "d8.txt",
      "Aanhangsel van de Handelingen, nr. 812 of 2026-2027 (ah-tk-20262027-812; kind antwoord; date "
      "'ontvangen 30 oktober 2026'), answers of the minister of VRO (MVRO).  Promises made by the "
      "answers (date null): 'laat u per brief weten wat daaruit komt' (no term); 'ik kom daar in het "
      "tweede kwartaal van 2027 schriftelijk bij de Kamer op terug'; 'Ik beloof de Kamer dat ik die "
      "afspraak bij de herijking in 2027 niet zal loslaten' (deadline left out: 'bij de herijking in "
      "2027' is an occasion, not clearly a term).  Older: CD Huurbeleid 25 september jl. 'Dat onderzoek "
      "loopt' (progress, venue named, no term given for it).  Not promises: 'Ja.' (answering for the "
      "debate), 'De volgende verzamelbrief huurbeleid ontvangt u zoals gebruikelijk in het voorjaar.'  "
      "Handelingen: 'Aanhangsel Handelingen, vergaderjaar 2026-2027, nr. 455', 'Aanhangsel Handelingen "
      "II 2025/26, nr. 1822'.  Look-alikes: € 68, artikel 7:243, eerste lid, BW, artikel 7:220, lid 3, "
      "70%, Postbus 16495, 2500 BL, 0800-488 00 00, € 2,50 per m2.",
      "2026-10-30", "antwoord", "2026-10-30", "ah-tk-20262027-812",
      [K("kst-32847-1201")],
      [H("ah-tk-20262027-455"), H("ah-tk-20252026-1822")],
      [],
      [],
      [C(["MVRO"], None, rel="made", deadline=None, about="uitzoeken gegevens verduurzaming per huurder"),
       C(["MVRO"], None, rel="made", deadline="in het tweede kwartaal van 2027", about="drempel 70% instemming"),
       C(["MVRO"], None, rel="made", about="afspraak huurverhoging max. besparing niet loslaten"),
       C(["MVRO"], "2026-09-25", rel="progress", venue="commissiedebat Huurbeleid",
         about="onderzoek woonlastenwaarborg; loopt")])

# 009: griffie list of toezeggingen, SZW
D9 = "2026-11-12"
V9 = "commissiedebat Arbeidsmarktbeleid"
write("009_griffie_lijst_toezeggingen_szw_twee_bewindspersonen", "d9.txt",
      "The commissie SZW's 'Lijst van toezeggingen' of the 'Commissiedebat Arbeidsmarktbeleid d.d. 12 "
      "november 2026' (date 19 november 2026; kind left out: a griffie list; self_id null; 'Kenmerk: "
      "2026Z20417' a zaak number).  Five TZ-numbered toezeggingen, the record a commissieverslag's list "
      "gives (made, dated to the debate, venue as named): 'De minister zegt toe' (MSZW), 'De minister "
      "zal ...' (MSZW), 'De staatssecretaris stuurt' (SSZW), 'De minister en de staatssecretaris "
      "informeren ... gezamenlijk' (MSZW + SSZW), 'De staatssecretaris komt in een brief terug' (SSZW, no "
      "term).  'Niet als toezegging opgenomen': the motie-Van Kent c.s. (29 544, nr. 1312) 'in uitvoering' "
      "(progress), the brief nr. 1340; no records for the answered question or the hoorzitting.  "
      "Look-alikes: € 15,20, artikel 7:690 BW, 36 maanden, telefoon 070 318 22 41.",
      "2026-11-19", OMIT, "2026-11-19", None,
      [K("kst-29544-1312"), K("kst-29544-1340")],
      [],
      [T("2026Z20417", "zaak"), T("TZ202611-032", TZ), T("TZ202611-033", TZ), T("TZ202611-034", TZ),
       T("TZ202611-035", TZ), T("TZ202611-036", TZ)],
      [M("kst-29544-1312", [S("Van Kent")], True, "progress")],
      [C(["MSZW"], D9, rel="made", venue=V9, deadline="voor de zomer van 2027", refs=["TZ202611-032"],
         about="brief onderzoek schijnzelfstandigheid bouw"),
       C(["MSZW"], D9, rel="made", venue=V9, deadline="in het eerste kwartaal van 2027", refs=["TZ202611-033"],
         about="gesprekken uitzendbranche minimumuurloon"),
       C(["SSZW"], D9, rel="made", venue=V9, deadline="voor de begrotingsbehandeling SZW 2028",
         refs=["TZ202611-034"], about="overzicht re-integratietrajecten UWV"),
       C(["MSZW", "SSZW"], D9, rel="made", venue=V9, deadline="uiterlijk 1 april 2027", refs=["TZ202611-035"],
         about="uitvoering Wab kleine werkgevers (joint)"),
       C(["SSZW"], D9, rel="made", venue=V9, deadline=None, refs=["TZ202611-036"],
         about="brief loonkostensubsidie sociale ontwikkelbedrijven")])

# 010: verzamelbrief JenV (politie), blocks with 'Stand van zaken:'
write("010_verzamelbrief_jenv_politie_blokken_stand", "d10.txt",
      "Verzamelbrief moties en toezeggingen politie (26 november 2026, signed by the minister of JenV: "
      "MJenV; kind brief, self_id null).  Blocks: a motion's title line with its Kamerstuk wrapped over "
      "two lines, then 'Stand van zaken: ...': Mutluer c.s. nr. 1210 'de uitvoering loopt' (progress), "
      "Ellian en Van der Werf nr. 1224 'ligt op schema' (progress), Boswijk nr. 1231 'vraagt meer tijd; "
      "ik rapporteer in de volgende voortgangsbrief' (progress, no commitment), Sneller nr. 1236 "
      "'Hiermee beschouw ik de motie als afgedaan' (settled).  Toezegging blocks 'Toezegging "
      "commissiedebat Politie van 4 juli 2026 (TZ...)' with 'De minister zegt toe ...': 042 'afgedaan' "
      "(settled, deadline 'na de zomer'), 044 'het gesprek vindt op 9 december plaats' (progress, no "
      "term in the promise).  'In het tweeminutendebat Politie van 1 oktober jl. (Handelingen II "
      "2026/27, nr. 5, item 12) heb ik toegezegd ... Daarmee kom ik die toezegging na' (settled).  New: "
      "'informeer ik uw Kamer voor 1 maart 2027', 'ik kom daar in het derde kwartaal van 2027 op terug' "
      "(made, date null).  Not a promise: 'De volgende verzamelbrief ontvangt u zoals gebruikelijk in "
      "het voorjaar.'  Look-alikes: 84/36 wijkagenten, 1.500 camera's, 212.000, 41%, artikel 6, lid 2, "
      "ons kenmerk 6120488, Postbus 20301.",
      "2026-11-26", "brief", "2026-11-26", None,
      [K("kst-29628-1210"), K("kst-29628-1224"), K("kst-29628-1231"), K("kst-29628-1236")],
      [H("h-tk-20262027-5-12")],
      [T("TZ202607-042", TZ), T("TZ202607-044", TZ)],
      [M("kst-29628-1210", [S("Mutluer")], True, "progress"),
       M("kst-29628-1224", [S("Ellian"), S("Van der Werf")], False, "progress"),
       M("kst-29628-1231", [S("Boswijk")], False, "progress"),
       M("kst-29628-1236", [S("Sneller")], False, "settled")],
      [C(["MJenV"], "2026-07-04", rel="settled", venue="commissiedebat Politie", deadline="na de zomer",
         refs=["TZ202607-042"], about="bezetting meldkamers; afgedaan"),
       C(["MJenV"], "2026-07-04", rel="progress", venue="commissiedebat Politie", deadline=None,
         refs=["TZ202607-044"], about="gesprek vakbonden reistijd; gepland"),
       C(["MJenV"], "2026-10-01", rel="settled", venue="tweeminutendebat Politie", deadline=None,
         about="aantal online aangiften; nagekomen"),
       C(["MJenV"], None, rel="made", deadline="voor 1 maart 2027", about="uitkomst consultatie Besluit beheer politie"),
       C(["MJenV"], None, rel="made", deadline="in het derde kwartaal van 2027", about="digitaal rechercheren")])
