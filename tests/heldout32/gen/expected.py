"""Writes heldout32's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: answers to Kamervragen in the Aanhangsel
write("001_aanhangsel_antwoord_szw_beslagvrije_voet_toezeggingen", "d1.txt",
      "Aanhangsel van de Handelingen, Tweede Kamer, vergaderjaar 2026-2027, nr. 412: answers of the "
      "minister van SZW (MSZW, 'minister Ter Brake-Visser') to questions of the lid Okkerse-Dijkman "
      "'(ingezonden 12 oktober 2026)', '(ontvangen 6 november 2026)': kind antwoord, date the "
      "ontvangen date, self_id ah-tk-20262027-412; '2026Z18734' the vragen's zaak number; 'Zie ook "
      "Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. 2291' an Aanhangsel reference (no chamber: "
      "Tweede Kamer).  Commitments: 'In het commissiedebat Armoede- en schuldenbeleid van 3 september "
      "jl. heb ik toegezegd uw Kamer voor 1 november 2026 te informeren ... daarmee is deze toezegging "
      "nagekomen' (settled; the question restating it adds no record); 'In hetzelfde debat heb ik ook "
      "toegezegd ... te verkennen ... Die gesprekken lopen' (progress, same date, venue left out as "
      "only 'hetzelfde debat', no term); 'Ik zal uw Kamer voor het zomerreces van 2027 informeren "
      "over de eerste ervaringen' (made).  Not promises: 'Kunt u toezeggen', 'kan ik niet "
      "toezeggen'.  Motions: Okkerse-Dijkman en Rahimi 'uitvoering gegeven; ik beschouw de motie "
      "daarmee als afgedaan' (settled; named in the question too, one record); Van der Heul c.s. 'is "
      "in uitvoering' (progress); Breedveld 'verworpen' (cited).  Look-alikes: 14.600, 3.920, EUR "
      "1.412,50, artikel 475d, zesde lid, Rv, Stcrt. 2026, 18422, 0800-8115, dates.",
      "2026-11-06", "antwoord", "2026-11-06", "ah-tk-20262027-412",
      [K("kst-24515-812"), K("kst-24515-809"), K("kst-24515-788"), K("kst-36600-XV-63"),
       K("kst-36800-XV-41")],
      [H("ah-tk-20252026-2291")],
      [T("2026Z18734", "zaak")],
      [M("kst-24515-788", [S("Okkerse-Dijkman"), S("Rahimi")], False, "settled"),
       M("kst-36600-XV-63", [S("Van der Heul")], True, "progress"),
       M("kst-36800-XV-41", [S("Breedveld")], False, "cited")],
      [C(["MSZW"], "2026-09-03", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor 1 november 2026", about="uitkomsten verkenning rekenregel; nagekomen"),
       C(["MSZW"], "2026-09-03", rel="progress", deadline=None,
         about="verkennen sneller delen inkomensgegevens; gesprekken lopen"),
       C(["MSZW"], None, rel="made", deadline="voor het zomerreces van 2027",
         about="eerste ervaringen nieuwe rekenregel ('Ik zal uw Kamer ... informeren')")])

# 002: lijst van vragen en antwoorden on a begroting
write("002_lijst_vragen_antwoorden_begroting_ienw_moties_toezeggingen", "d2.txt",
      "Lijst van vragen en antwoorden on the begroting IenW 2027 (36 850 XII, nr. 11, 'Vastgesteld 29 "
      "oktober 2026'): kind verslag, date the Vastgesteld date, self_id kst-36850-XII-11; 'ik' in the "
      "answers is the minister van IenW (MIenW) the opening names.  Motions: Stalenhoef c.s. "
      "'uitvoering gegeven ... als afgedaan' (settled); Akkaya en Van Rijnsburger 'De uitvoering "
      "loopt' (progress); Geertsema (BBB) 'aangehouden' (cited); De Graaf-Pronk, first part "
      "uitgevoerd, the second 'lopen de gesprekken nog' (progress).  Commitments: commissiedebat "
      "Verkeersveiligheid 21 mei 2026, 'voor 1 januari 2027', 'ligt op schema' (MIenW, progress); the "
      "staatssecretaris's promise in the wetgevingsoverleg Water of 10 november 2025, 'voor de zomer "
      "van 2026', 'voldaan' (SIenW, settled); 'Ik zeg toe uw Kamer voor de zomer van 2027 ...' (made); "
      "'Mijn toezegging (TZ202603-088)' of the commissiedebat Openbaar vervoer en taxi of 12 maart "
      "2026, 'voor 1 oktober 2026', 'nagekomen' (MIenW, settled, refs the TZ number).  'Kan de "
      "minister toezeggen' / 'Dat kan ik niet toezeggen' no promise.  Look-alikes: artikel 12, EUR "
      "312 miljoen, EUR 48,6 miljoen, 37, 410 kilometer, A28, hectometerpaal 112,4 en 131,0, N36, "
      "2,8%, 0800-8002, 26.745, 1.205, 'dienstregeling 2028', 'tot 2040'.",
      "2026-10-29", "verslag", "2026-10-29", "kst-36850-XII-11",
      [K("kst-36800-XII-28"), K("kst-29984-1240"), K("kst-36800-XII-45"), K("kst-27625-702"),
       K("kst-31305-498", "II", "2025-2026"), K("kst-36600-XII-71"), K("kst-23645-921")],
      [],
      [T("TZ202603-088", TZ)],
      [M("kst-36800-XII-28", [S("Stalenhoef")], True, "settled"),
       M("kst-36800-XII-45", [S("Akkaya"), S("Van Rijnsburger")], False, "progress"),
       M("kst-31305-498", [S("Geertsema", "BBB")], False, "cited"),
       M("kst-36600-XII-71", [S("De Graaf-Pronk")], False, "progress")],
      [C(["MIenW"], "2026-05-21", rel="progress", venue="commissiedebat Verkeersveiligheid",
         deadline="voor 1 januari 2027", about="evaluatie Veilig naar school; ligt op schema"),
       C(["SIenW"], "2025-11-10", rel="settled", venue="wetgevingsoverleg Water",
         deadline="voor de zomer van 2026", about="overzicht dijkversterkingen; voldaan"),
       C(["MIenW"], None, rel="made", deadline="voor de zomer van 2027",
         about="herijking Landelijke Markt- en Capaciteitsanalyse ('Ik zeg toe')"),
       C(["MIenW"], "2026-03-12", rel="settled", venue="commissiedebat Openbaar vervoer en taxi",
         deadline="voor 1 oktober 2026", refs=["TZ202603-088"],
         about="stations zonder lift; nagekomen")])

# 003: verslag van een commissiedebat with its Toezeggingen list
write("003_verslag_commissiedebat_ocw_primair_onderwijs_toezeggingen", "d3.txt",
      "Verslag van een commissiedebat (31 293, nr. 812, 'Vastgesteld 22 oktober 2026'), the debate of "
      "2 oktober 2026 with the minister (MOCW) and the staatssecretaris (SOCW) van OCW: kind verslag, "
      "date the Vastgesteld date, self_id kst-31293-812.  The agenda list: four letters with "
      "Kamerstuk and 2026D numbers (the fourth a 2026D number only); the motion-Van Baalen c.s. named "
      "in a letter's title (cited).  Toezeggingen, all made and dated to the debate, venue left out "
      "(the list names none): 'De minister zegt toe ... voor 1 februari 2027' (MOCW); 'De minister "
      "zegt toe in de voortgangsbrief ... die de Kamer voor het kerstreces ontvangt' (MOCW; the "
      "motion-Harmsen c.s. it names cited); 'De staatssecretaris zal ... in het voorjaar van 2027' "
      "(SOCW); 'De minister en de staatssecretaris zeggen toe ... voor de begrotingsbehandeling OCW' "
      "(both).  Tweeminutendebat: motions announced without number (no records); the motion-Wassink "
      "'met 84 stemmen voor ... aangenomen' (cited; the party in 'Het lid Wassink (GroenLinks-PvdA)' "
      "is not in the reference's brackets: null).  Look-alikes: CD 2/10, 10.00 uur, 13.31 uur, 9 "
      "leden, groep 6, 94 leerlingen, 84 stemmen, dates d.d.",
      "2026-10-22", "verslag", "2026-10-22", "kst-31293-812",
      [K("kst-31293-798"), K("kst-31293-790"), K("kst-31293-803"), K("kst-31497-512"),
       K("kst-27923-488"), K("kst-31497-498")],
      [],
      [T("2026D24417", "document"), T("2026D27760", "document"), T("2026D33108", "document"),
       T("2026D35082", "document")],
      [M("kst-31293-790", [S("Van Baalen")], True, "cited"),
       M("kst-27923-488", [S("Harmsen")], True, "cited"),
       M("kst-31497-498", [S("Wassink")], False, "cited")],
      [C(["MOCW"], "2026-10-02", rel="made", deadline="voor 1 februari 2027",
         about="uitkomsten pilot toetsen groep 6"),
       C(["MOCW"], "2026-10-02", rel="made", deadline="voor het kerstreces",
         about="voortgangsbrief lerarentekort: uitvoering motie-Harmsen"),
       C(["SOCW"], "2026-10-02", rel="made", deadline="in het voorjaar van 2027",
         about="plan van aanpak thuiszitters"),
       C(["MOCW", "SOCW"], "2026-10-02", rel="made", deadline="voor de begrotingsbehandeling OCW",
         about="gevolgen nieuwe bekostiging kleine scholen")])

# 004: Eerste Kamer memorie van antwoord
write("004_ek_memorie_van_antwoord_vro_woningtoewijzing", "d4.txt",
      "Memorie van antwoord to the Eerste Kamer (36 512, C, 'Ontvangen 9 november 2026'), signed by "
      "the minister van VRO (MVRO) 'mede namens' the staatssecretaris van BZK: kind left out "
      "(heldout12/13), date the Ontvangen date, self_id kst-36512-C; 'ik' the signer.  "
      "'Kamerstukken I 2025/26, 36 512, B' and '36 301, F' EK letters (chamber I, 2025-2026); 'nr. "
      "3, p. 18-21' one Kamerstuk (pages no number); 'nrs. 14 en 15' two (amendments, Kamerstukken "
      "only); 'wetsvoorstel 36 301' a dossier.  Motions (Tweede Kamer): Verhoeven-Lamers c.s. 'Ik geef "
      "aan deze motie uitvoering via het Besluit ...; het ontwerpbesluit wordt in het voorjaar van 2027 "
      "... voorgehangen' (progress); Kuiperhoek 'is deze motie uitgevoerd' (settled).  Commitments: "
      "'Dat zeg ik deze leden graag toe. Ik zal de Eerste Kamer voor 1 januari 2030 informeren' (one "
      "promise, made); 'mijn ambtsvoorganger' at the plenaire behandeling of 36 301 on 11 februari "
      "2025 (T03655), 'voor 1 juli 2026', 'nagekomen' (the office MVRO, settled, venue left out for a "
      "plenaire behandeling, refs T03655).  Not promises: the CDA's 'kan toezeggen' question, 'dat kan "
      "ik niet toezeggen', 'Ik zal ... bezien'.  Look-alikes: 50%, artikel 14, tweede lid, EUR 900,07, "
      "25.000 inwoners, Stb. 2025, 318, 2.400 woningen, p. 18-21.",
      "2026-11-09", OMIT, "2026-11-09", "kst-36512-C",
      [K("kst-36512-B", "I", "2025-2026"), K("kst-36512-3", "II", "2025-2026"),
       K("kst-36512-19", "II", "2025-2026"), K("kst-36512-14", "II", "2025-2026"),
       K("kst-36512-15", "II", "2025-2026"), K("kst-36301-F", "I", "2025-2026"),
       K("kst-32847-1244", "II", "2024-2025")],
      [],
      [T("T03655", TZ)],
      [M("kst-36512-19", [S("Verhoeven-Lamers")], True, "progress"),
       M("kst-32847-1244", [S("Kuiperhoek")], False, "settled")],
      [C(["MVRO"], None, rel="made", deadline="voor 1 januari 2030",
         about="effecten in gemeenten onder 25.000 inwoners ('Dat zeg ik ... toe. Ik zal ...')"),
       C(["MVRO"], "2025-02-11", rel="settled", deadline="voor 1 juli 2026", refs=["T03655"],
         about="wachttijden sociale huurwoning; nagekomen (mijn ambtsvoorganger)")])

# 005: uitstelbrief of a staatssecretaris
write("005_uitstelbrief_sfin_invorderingsrente", "d5.txt",
      "Letter of the staatssecretaris van Financiën - Fiscaliteit en Belastingdienst (SFin), 'Datum 27 "
      "november 2026', postponing a promise: kind brief, self_id null.  The promise of the "
      "commissiedebat Belastingdienst of '25 juni jl.' (2026-06-25), 'voor 1 december 2026', 'niet "
      "binnen de afgesproken termijn kan nakomen' and 'Ik verwacht u voor 1 maart 2027 te kunnen "
      "informeren': progress of that promise (heldout12 006's 'later dan toegezegd'), no new "
      "commitment; deadline key left out (old term and new term both in the text).  Motion Kooiman-"
      "Brand en Al Amrani 'hangt nauw samen' (cited).  Look-alikes: Postbus 20201, 2500 EE, 2500 EA, "
      "kenmerk 2026-0000281734, 38.000, EUR 95 miljoen, 4,5%, artikel 28, eerste lid, "
      "Invorderingswet 1990, 0800-0543, 'gegevens over 2024 en 2025'.",
      "2026-11-27", "brief", "2026-11-27", None,
      [K("kst-31066-1512"), K("kst-31066-1530")],
      [],
      [],
      [M("kst-31066-1512", [S("Kooiman-Brand"), S("Al Amrani")], False, "cited")],
      [C(["SFin"], "2026-06-25", rel="progress", venue="commissiedebat Belastingdienst",
         about="uitkomsten onderzoek invorderingsrente; uitgesteld tot voor 1 maart 2027")])
