"""Writes heldout25's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: besluitenlijst of a procedurevergadering (vaste commissie IenW)
write("001_besluitenlijst_procedurevergadering_ienw", "d1.txt",
      "Besluitenlijst of a procedurevergadering of the vaste commissie voor IenW, 'Datum: woensdag "
      "18 maart 2026': kind and date left out (as a convocatie, heldout10), self_id null.  Agenda "
      "items with 'Zaak: 2026Z...' (Kamer zaak numbers) and one document number.  Commitments: the "
      "minister's promise in the commissiedebat Spoor of 5 februari 2026 ('voor 1 maart 2026 een "
      "lijst te sturen'), 'De commissie beschouwt de toezegging als voldaan' (MIenW, settled); the "
      "staatssecretaris's promise in the tweeminutendebat Verkeersveiligheid of 12 februari 2026, "
      "'De toezegging TZ202602-017 wordt als afgedaan beschouwd' (SIenW, settled, no term); the "
      "open promise of the wetgevingsoverleg Water of 23 november 2025 'voor de zomer', the griffie "
      "asks after it (MIenW, cited, as a commission letter asking for news).  Motions: Hoekstra-"
      "Brink (CDA), named in a letter's title on the agenda (cited); Brouwer and Sahin, named in a "
      "request (cited).  Not a promise: 'De minister ... wordt verzocht de commissie voor 15 april "
      "2026 te informeren' (a request).  Look-alikes: 2594 AC, 070-318 2874, 43 stations, 60 "
      "km/uur, EUR 2,4 miljoen, 14 trajecten, A6, artikel 8.17 Wet luchtvaart, '9 van de 14'.",
      "2026-03-18", OMIT, OMIT, None,
      [K("kst-29984-1187"), K("kst-29398-1140"), K("kst-36800-XII-58"), K("kst-31936-1322")],
      [],
      [T("2026Z04417", "zaak"), T("2026Z04502", "zaak"), T("2026Z03981", "zaak"),
       T("2026Z04655", "zaak"), T("2026Z04710", "zaak"), T("2026D11842", "document"),
       T("TZ202602-017", TZ)],
      [M("kst-36800-XII-58", [S("Hoekstra-Brink", "CDA")], False, "cited"),
       M("kst-31936-1322", [S("Brouwer"), S("Sahin")], False, "cited")],
      [C(["MIenW"], "2026-02-05", rel="settled", venue="commissiedebat Spoor",
         deadline="voor 1 maart 2026", about="lijst stations zonder gelijkvloerse toegang; voldaan"),
       C(["SIenW"], "2026-02-12", rel="settled", venue="tweeminutendebat Verkeersveiligheid",
         deadline=None, refs=["TZ202602-017"], about="kosten proef 60 km/uur; afgedaan"),
       C(["MIenW"], "2025-11-23", rel="cited", venue="wetgevingsoverleg Water",
         deadline="voor de zomer", about="normering regionale keringen; staat open, griffie vraagt")])

# 002: verslag van een schriftelijk overleg VRO
write("002_verslag_schriftelijk_overleg_vro_jongerenhuisvesting", "d2.txt",
      "Verslag van een schriftelijk overleg (32 847, nr. 1344), 'Vastgesteld 24 april 2026': kind "
      "verslag, self_id kst-32847-1344.  Inbreng per fractie, then 'Reactie van de minister' ('ik' "
      "the minister van VRO named in the opening, MVRO).  Motions: Kerkhoven (GroenLinks-PvdA), "
      "'uitgevoerd ... Hiermee beschouw ik de motie als afgedaan' (settled); 'motie-Van Velzen c.s.', "
      "'Aan de motie-Van Velzen c.s. wordt gewerkt' (progress); Oudkerk (D66), verworpen, '(Handelingen II 2025/26, nr. 33, item 9)' (cited).  "
      "Commitments: the promise of the commissiedebat Huurbeleid of '15 januari jl.' (named in the "
      "inbreng; the answer: 'heb ik inderdaad toegezegd u voor 1 april 2026 ... De rapportage is in "
      "bewerking') one record, progress; 'Dat zeg ik deze leden graag toe: ik stuur de Kamer voor 1 "
      "oktober 2026 een uitwerking' (made).  Not promises: 'Kan de minister toezeggen' and 'Is de "
      "minister bereid toe te zeggen' (questions), 'dat kan ik niet toezeggen'.  Look-alikes: "
      "1.329 aanvragen (nr. 1329's digits), postcodes 6500-6599, 1.102, artikel 4, Stb. 2026, 88, "
      "21 jaar.",
      "2026-04-24", "verslag", "2026-04-24", "kst-32847-1344",
      [K("kst-32847-1329"), K("kst-36800-XXII-41"), K("kst-32847-1301"), K("kst-32847-1288")],
      [H("h-tk-20252026-33-9")],
      [],
      [M("kst-36800-XXII-41", [S("Kerkhoven", "GroenLinks-PvdA")], False, "settled"),
       M("kst-32847-1301", [S("Van Velzen")], True, "progress"),
       M("kst-32847-1288", [S("Oudkerk", "D66")], False, "cited")],
      [C(["MVRO"], "2026-01-15", rel="progress", venue="commissiedebat Huurbeleid",
         deadline="voor 1 april 2026", about="wachtlijsten jongeren; later, rapportage in bewerking"),
       C(["MVRO"], None, rel="made", deadline="voor 1 oktober 2026",
         about="uitwerking verkenning tijdelijke woningen op het erf")])

# 003: Handelingen, promises in the speech, the voorzitter's running-sentence list
write("003_handelingen_arbeidsmarkt_zorg_voorzitter_toezeggingen", "d3.txt",
      "Handelingen II 2025-2026 nr. 61, item 12, 'Vergadering van donderdag 26 februari 2026': kind "
      "handelingen, self_id h-tk-20252026-61-12.  The minister van VWS (MVWS) promises in varied "
      "words: 'Zij vroeg of ik ... voor 1 juli 2026 naar de Kamer wil sturen. Ja, dat ga ik doen.', "
      "'Mevrouw Yilmaz vroeg of ik voor de begrotingsbehandeling VWS 2027 een overzicht kan sturen "
      "... Dat zeg ik toe.', 'Ik kom daar voor de zomer schriftelijk op terug.'; the voorzitter "
      "reads the three out as running sentences: each promise one record, made, dated to the "
      "debate, no venue key, the question's term.  An older promise: 'Mijn ambtsvoorganger zegde in "
      "het commissiedebat Arbeidsmarktbeleid in de zorg van 14 mei 2025 toe ... die toezegging is "
      "daarmee afgedaan' (the office MVWS, settled, no term).  Motion Overdijk/Bakkali, 'De "
      "regeling daarvoor is in voorbereiding' (progress).  Not promises: 'Extra geld ... kan ik niet "
      "toezeggen'.  Look-alikes: 38 regio's, 4.800 vacatures, EUR 40 miljoen, cao-ruimte 2026-2027, "
      "artikel 2, 'dinsdag 3 maart', 16.42 uur.",
      "2026-02-26", "handelingen", "2026-02-26", "h-tk-20252026-61-12",
      [K("kst-29282-612"), K("kst-29282-598")],
      [],
      [],
      [M("kst-29282-612", [S("Overdijk"), S("Bakkali")], False, "progress")],
      [C(["MVWS"], "2026-02-26", rel="made", deadline="voor 1 juli 2026",
         about="uitkomsten Nivel-onderzoek uitstroom wijkverpleegkundigen ('Ja, dat ga ik doen.')"),
       C(["MVWS"], "2026-02-26", rel="made", deadline="voor de begrotingsbehandeling VWS 2027",
         about="overzicht inzet zzp'ers per sector ('Dat zeg ik toe.')"),
       C(["MVWS"], "2026-02-26", rel="made", deadline="voor de zomer",
         about="regeldruk ouderenzorg ('Ik kom daar voor de zomer schriftelijk op terug.')"),
       C(["MVWS"], "2025-05-14", rel="settled", venue="commissiedebat Arbeidsmarktbeleid in de zorg",
         deadline=None, about="cao-ruimte 2026-2027, ambtsvoorganger; afgedaan met nr. 598")])

# 004: memorie van toelichting section on motions and earlier promises
write("004_memorie_van_toelichting_kinderopvang_moties_toezeggingen", "d4.txt",
      "Memorie van toelichting (36 921, nr. 3), paragraph 4 'Verhouding tot moties en eerdere "
      "toezeggingen', signed by the minister van SZW: kind and date left out (heldout8), self_id "
      "kst-36921-3; reference_date a date before the 'voor 1 maart 2026' the bill keeps.  Motions: "
      "Ploeger and Van Rijswijk 'wordt uitvoering gegeven' (settled); 'geeft gedeeltelijk invulling "
      "aan de motie-Hemelaar c.s.', the rest by AMvB later (progress); Tielens-Mol (SP) 'In "
      "paragraaf 6 wordt ingegaan op' (addressed); 'Zie ook de eerdere motie-Ploeger ... destijds "
      "aangehouden' (cited).  The amendement-Kalsbeek is a Kamerstuk only.  Commitments: the "
      "minister's promise of the commissiedebat Kinderopvang of 9 oktober 2025 'voor 1 maart 2026 "
      "... in te dienen', 'is die toezegging nagekomen' (MSZW, settled); the minister's promise of "
      "the wetgevingsoverleg Kinderopvang of 27 november 2025 (TZ202511-088), 'In paragraaf 7 "
      "wordt ingegaan op' (MSZW, addressed, no term); 'De regering zegt toe ... binnen drie jaar na "
      "inwerkingtreding te evalueren' (the signer MSZW, made).  Look-alikes: artikel 1.5, tweede "
      "lid, 96 procent, EUR 3,2 miljard, Stb. 2025, 417.",
      "2026-02-27", OMIT, OMIT, "kst-36921-3",
      [K("kst-31322-512"), K("kst-31322-530"), K("kst-36800-XV-71"), K("kst-31322-488"),
       K("kst-36400-22")],
      [],
      [T("TZ202511-088", TZ)],
      [M("kst-31322-512", [S("Ploeger"), S("Van Rijswijk")], False, "settled"),
       M("kst-31322-530", [S("Hemelaar")], True, "progress"),
       M("kst-36800-XV-71", [S("Tielens-Mol", "SP")], False, "addressed"),
       M("kst-31322-488", [S("Ploeger")], False, "cited")],
      [C(["MSZW"], "2025-10-09", rel="settled", venue="commissiedebat Kinderopvang",
         deadline="voor 1 maart 2026", about="wetsvoorstel indienen; nagekomen met dit voorstel"),
       C(["MSZW"], "2025-11-27", rel="addressed", venue="wetgevingsoverleg Kinderopvang",
         deadline=None, refs=["TZ202511-088"], about="uitvoeringstoets Belastingdienst openbaar"),
       C(["MSZW"], None, rel="made", deadline="binnen drie jaar na inwerkingtreding",
         about="evaluatie directe betaling")])

# 005: letter KGG, each motion a definition-list item, Stand:/Planning: lines
write("005_brief_kgg_moties_definitielijst_stand_planning", "d5.txt",
      "Letter of the minister van KGG (MKGG), 'Datum 7 mei 2026': kind brief, self_id null.  Each "
      "motion a definition-list item: 'Motie-X (Kamerstuk N, nr. M)' on one line, 'Stand: ...' and "
      "'Planning: ...' on the next.  Van Hulzen c.s. 'Stand: uitgevoerd ... afgedaan' (settled); "
      "Terpstra/Grinwald 'Stand: in uitvoering' (progress; 'Planning: eind 2026 rapporteer ik' about "
      "the motion named is its progress, no commitment); Eijkelboom (JA21) 'Stand: afgedaan met de "
      "brief van 12 februari 2026' (settled; that brief a Kamerstuk only); Krijger 'de indiener "
      "heeft de motie ... aangehouden' (cited); Kostelijk and Timmers 'in uitvoering' (progress).  "
      "Commitments: heading 'Toezegging commissiedebat Klimaat en Energie van 18 februari 2026' with "
      "TZ202602-044 on the next line, 'Stand: in uitvoering' (progress; 'Planning: u ontvangt de "
      "doorrekening voor 1 juli 2026' a status time, deadline key left out); 'Tot slot zeg ik u toe "
      "voor het kerstreces een brief te sturen' (made).  Look-alikes: Postbus 20011, 2500 EA, "
      "KGG/26127734, Stcrt. 2026, 9914, 312 aansluitverzoeken, artikel 3.23, 81 stemmen voor en 69 "
      "tegen beside '(Handelingen II 2024/25, nr. 58, item 14)', CO2, 070-456 1000.",
      "2026-05-07", "brief", "2026-05-07", None,
      [K("kst-32813-1502"), K("kst-32813-1517"), K("kst-36800-XXIII-44"), K("kst-32813-1530"),
       K("kst-32813-1524"), K("kst-36800-XXIII-51")],
      [H("h-tk-20242025-58-14")],
      [T("TZ202602-044", TZ)],
      [M("kst-32813-1502", [S("Van Hulzen")], True, "settled"),
       M("kst-32813-1517", [S("Terpstra"), S("Grinwald")], False, "progress"),
       M("kst-36800-XXIII-44", [S("Eijkelboom", "JA21")], False, "settled"),
       M("kst-32813-1524", [S("Krijger")], False, "cited"),
       M("kst-36800-XXIII-51", [S("Kostelijk"), S("Timmers")], False, "progress")],
      [C(["MKGG"], "2026-02-18", rel="progress", venue="commissiedebat Klimaat en Energie",
         refs=["TZ202602-044"], about="doorrekening CO2-heffing glastuinbouw; in uitvoering"),
       C(["MKGG"], None, rel="made", deadline="voor het kerstreces",
         about="brief netcongestie scholen en kinderopvang")])
