"""Writes heldout41's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: OCW letter (margin form), five motions and two promises in running text
write("001_brief_ocw_lezen_rekenen_moties_toezeggingen", "d1.txt",
      "Letter of the minister van OCW (MOCW), 'Datum 14 september 2026': kind brief, self_id null.  "
      "Motions: Kwakman (D66) 'Met deze brief kom ik tegemoet aan de motie ... De lijst is ... als "
      "bijlage bij deze brief gevoegd' (settled); Öztürk/Van Halder 'De uitvoering loopt ... Over de "
      "voortgang informeer ik u in het voorjaar van 2027' (progress; the report later is the motion's "
      "progress, no commitment); Hertogs c.s. 'vroeg in 2023 al aandacht ...; die vraag ligt ook aan "
      "de basis van het programma' (background, cited); 'De motie op stuk nr. 52 (36 800 VIII)' "
      "'Daarmee beschouw ik de motie als uitgevoerd' (settled; number only, sponsors and cs left out); "
      "Brouwer-Lans (BBB) 'Ik zie geen mogelijkheid de motie uit te voeren' with a reason (addressed: "
      "handled and closed without being done, as heldout26's 'als vervallen').  Commitments: the "
      "promise of the commissiedebat Funderend onderwijs of '2 juli jl.', 'na de zomer', 'hiermee is "
      "deze toezegging voldaan' (settled); 'Wel zeg ik toe dat ik uw Kamer voor 1 maart 2027 een "
      "voorstel stuur' (made).  Not promises: the member's question 'of ik ... wilde toezeggen', 'Dat "
      "kan ik niet toezeggen'.  Look-alikes: Postbus 16375, 2500 BJ, 2500 EA, Ons kenmerk 51847203, "
      "214 scholen, EUR 18,5 miljoen, schooljaar 2026-2027, artikel 9b, tweede lid, Stb. 2026, 188, "
      "groep 8 / groep 4, 1.293 scholen (the digits of dossier 31 293), 070 412 3456.",
      "2026-09-14", "brief", "2026-09-14", None,
      [K("kst-36800-VIII-41"), K("kst-31293-788"), K("kst-31293-702"), K("kst-36800-VIII-52"),
       K("kst-36800-VIII-60")],
      [],
      [],
      [M("kst-36800-VIII-41", [S("Kwakman", "D66")], False, "settled"),
       M("kst-31293-788", [S("Öztürk"), S("Van Halder")], False, "progress"),
       M("kst-31293-702", [S("Hertogs")], True, "cited"),
       M("kst-36800-VIII-52", rel="settled"),
       M("kst-36800-VIII-60", [S("Brouwer-Lans", "BBB")], False, "addressed")],
      [C(["MOCW"], "2026-07-02", rel="settled", venue="commissiedebat Funderend onderwijs",
         deadline="na de zomer", about="uitkomsten peiling rekenen groep 8; voldaan"),
       C(["MOCW"], None, rel="made", deadline="voor 1 maart 2027",
         about="voorstel rekencoördinator op iedere school ('Wel zeg ik toe')")])

# 002: SZW letter as a Kamerstuk (header with its own number)
write("002_brief_szw_oproepkrachten_kamerstuk_moties_appreciatie", "d2.txt",
      "Kamerstuk letter '29 544 Arbeidsmarktbeleid, Nr. 1402 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN "
      "EN WERKGELEGENHEID', 'Den Haag, 6 oktober 2026': kind brief, self_id kst-29544-1402; ik = MSZW.  "
      "Motions: Vermeulen/Ait Tahar 'geef ik uitvoering aan' (settled); 'Zie voor de achtergrond ook "
      "de motie-Zwartkruis' (cited); 'De motie Van Dijk c.s.' 'De motie is hiermee nog niet volledig "
      "uitgevoerd; het onderzoek is gegund' (progress); Dekker-Ameziane (GroenLinks-PvdA) 'is ingehaald "
      "door het akkoord ... Ik onderneem op de motie daarom geen verdere stappen' (addressed: closed "
      "without being done); 'de motie op stuk nr. 1398 (29 544)', appreciatie asked by the commissie, "
      "'Ik ontraad de motie' with a reason (addressed; number only, sponsors and cs left out).  "
      "Commitments: TZ202606-088, tweeminutendebat Arbeidsmarktbeleid of '11 juni jl.', 'voor "
      "Prinsjesdag', 'deels nagekomen; de mogelijke maatregelen werk ik nog uit' (progress); 'Ik zal "
      "uw Kamer de evaluatie ... voor 1 juli 2027 sturen' (made).  Not promises: the member's 'of ik "
      "kon toezeggen', 'Dat kan ik niet toezeggen', the commissie's request.  The Handelingen of the "
      "debate (nr. 88, item 14) and the commissie's letter 2026D41207 (a document number).  "
      "Look-alikes: artikel 7:628a BW, 'vier dagen' / 'vier uur', 4.100 bureaus, 61.000 mensen, "
      "'13 oktober', '1 januari 2027'.",
      "2026-10-06", "brief", "2026-10-06", "kst-29544-1402",
      [K("kst-29544-1371"), K("kst-29544-1290"), K("kst-36800-XV-48"), K("kst-29544-1355"),
       K("kst-29544-1398")],
      [H("h-tk-20252026-88-14")],
      [T("2026D41207", "document"), T("TZ202606-088", TZ)],
      [M("kst-29544-1371", [S("Vermeulen"), S("Ait Tahar")], False, "settled"),
       M("kst-29544-1290", [S("Zwartkruis")], False, "cited"),
       M("kst-36800-XV-48", [S("Van Dijk")], True, "progress"),
       M("kst-29544-1355", [S("Dekker-Ameziane", "GroenLinks-PvdA")], False, "addressed"),
       M("kst-29544-1398", rel="addressed")],
      [C(["MSZW"], "2026-06-11", rel="progress", venue="tweeminutendebat Arbeidsmarktbeleid",
         deadline="voor Prinsjesdag", refs=["TZ202606-088"],
         about="uitzendkrachten langer dan drie jaar bij dezelfde inlener; deels nagekomen"),
       C(["MSZW"], None, rel="made", deadline="voor 1 juli 2027",
         about="evaluatie Wet arbeidsmarkt in balans ('Ik zal ... sturen')")])

# 003: IenW letter of the staatssecretaris (margin form)
write("003_brief_ienw_fietsveiligheid_moties_toezeggingen", "d3.txt",
      "Letter of the staatssecretaris van IenW (SIenW), 'Datum 5 november 2026': kind brief, self_id "
      "null.  Kamerstuk 29 398, nr. 1151 (the actieplan) is no motion.  Motions: De Hoop en Ten Holt "
      "'Met het Actieplan ..., dat ik u op 1 oktober stuurde ..., is invulling gegeven aan de motie' "
      "(settled, an earlier letter did it); the motie-Mellema only as the origin of the platform "
      "(background, cited); Bosveld c.s. 'Geheel in lijn met de motie ... werk ik aan ... De uitvoering "
      "daarvan loopt' (progress); 'De motie op stuk nr. 1129 (29 398)' 'hiermee is de motie "
      "uitgevoerd' (settled; number only, sponsors and cs left out); Van Ginkel 'is aangehouden' "
      "(cited).  Commitments: the promise of the commissiedebat Verkeersveiligheid of '25 juni jl.', "
      "'voor 1 oktober 2026', 'met de bijgevoegde analyse kom ik de toezegging alsnog na' (settled); "
      "'Ik zeg u toe dat ik in het voorjaar van 2027 een wetsvoorstel ... in consultatie breng' (made); "
      "'Daarnaast stuur ik uw Kamer voor de zomer van 2027 de eerste Monitor' (made).  Not a promise: "
      "'Een toezegging daarover kan ik pas doen als ...'.  Look-alikes: Postbus 20901, 2500 EX, "
      "IENW/BSK-2026/301722, 291 verkeersdoden, 25 km/u, artikel 5 RVV 1990, Stcrt. 2026, 31577, "
      "3.800 fietsenstallingen, EUR 4,2 miljoen, 0800-8051, '1 december'.",
      "2026-11-05", "brief", "2026-11-05", None,
      [K("kst-29398-1151"), K("kst-29398-1120"), K("kst-29398-980"), K("kst-36800-XII-27"),
       K("kst-29398-1129"), K("kst-29398-1134")],
      [],
      [],
      [M("kst-29398-1120", [S("De Hoop"), S("Ten Holt")], False, "settled"),
       M("kst-29398-980", [S("Mellema")], False, "cited"),
       M("kst-36800-XII-27", [S("Bosveld")], True, "progress"),
       M("kst-29398-1129", rel="settled"),
       M("kst-29398-1134", [S("Van Ginkel")], False, "cited")],
      [C(["SIenW"], "2026-06-25", rel="settled", venue="commissiedebat Verkeersveiligheid",
         deadline="voor 1 oktober 2026", about="ongevallen met fatbikes; alsnog nagekomen"),
       C(["SIenW"], None, rel="made", deadline="in het voorjaar van 2027",
         about="wetsvoorstel kentekenplicht fatbikes in consultatie ('Ik zeg u toe')"),
       C(["SIenW"], None, rel="made", deadline="voor de zomer van 2027",
         about="eerste Monitor Veilig Fietsen ('stuur ik uw Kamer')")])

# 004: BZK letter as a Kamerstuk, a list introduction then the body per item
write("004_brief_bzk_digitale_overheid_lijst_moties_toezeggingen", "d4.txt",
      "Kamerstuk letter '26 643 ..., Nr. 1288 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN "
      "KONINKRIJKSRELATIES', 'Den Haag, 18 juni 2026': kind brief, self_id kst-26643-1288; ik = MBZK, "
      "'mijn ambtsvoorganger' the office.  The list introduction 'In deze brief ga ik in op de volgende "
      "moties en toezeggingen:' makes every item addressed; the more specific body sentence wins.  "
      "Motions: Sneijders c.s. 'Daarmee is de motie ... afgedaan' (settled); Kaaij/Bouchtaoui 'de "
      "eerste stap gezet ... De volgende stap ... is in voorbereiding' (progress); 'de motie op stuk nr. "
      "1230 (26 643)': the body only 'ga ik in paragraaf 3 van de bijlage in' (addressed; number only, "
      "sponsors and cs left out).  Commitments: TZ202602-041, commissiedebat Digitale overheid of '12 "
      "februari jl.', 'voor de zomer', 'Hiermee doe ik de toezegging gestand' (settled); the "
      "ambtsvoorganger's promise of the wetgevingsoverleg Digitale overheid of 20 november 2025, 'voor "
      "1 mei 2026', 'nog niet nagekomen ... Ik verwacht het rapport in september' (progress; the "
      "expected time a status time); 'Ik zeg toe dat ik uw Kamer voor het kerstreces informeer' "
      "(made).  The VNG's 'heeft toegezegd' is no promise of the minister.  '(2026Z08812)' a zaak "
      "number.  Look-alikes: 1400, 2.643 ouderen (the digits of dossier 26 643), EUR 7,2 miljoen, "
      "artikel 6.4 van de begroting, '1 januari 2027', 'vier grote leveranciers'.",
      "2026-06-18", "brief", "2026-06-18", "kst-26643-1288",
      [K("kst-26643-1201"), K("kst-26643-1215"), K("kst-26643-1230")],
      [],
      [T("TZ202602-041", TZ), T("2026Z08812", "zaak")],
      [M("kst-26643-1201", [S("Sneijders")], True, "settled"),
       M("kst-26643-1215", [S("Kaaij"), S("Bouchtaoui")], False, "progress"),
       M("kst-26643-1230", rel="addressed")],
      [C(["MBZK"], "2026-02-12", rel="settled", venue="commissiedebat Digitale overheid",
         deadline="voor de zomer", refs=["TZ202602-041"],
         about="Berichtenbox voor gemeentelijke post; gestand gedaan"),
       C(["MBZK"], "2025-11-20", rel="progress", venue="wetgevingsoverleg Digitale overheid",
         deadline="voor 1 mei 2026", about="onderzoek digitale inclusie ouderen; nog niet nagekomen"),
       C(["MBZK"], None, rel="made", deadline="voor het kerstreces",
         about="uitkomsten pilot digitale kluis ('Ik zeg toe')")])

# 005: JenV letter answering a commissie's request (margin form)
write("005_brief_jenv_gevangeniswezen_verzoek_commissie_moties", "d5.txt",
      "Letter of the minister van JenV (MJenV), 'Datum 22 oktober 2026', answering the commissie's "
      "request ('Uw kenmerk 2026Z15432', a zaak number): kind brief, self_id null; 'mijn "
      "ambtsvoorganger' the office.  Motions: Hoekstra-Mulder (VVD) (Kamerstukken II 2025/26, 24 587, "
      "nr. 1011; Handelingen II 2025/26, nr. 92, item 9) 'De uitvoering ligt op schema' (progress); "
      "Smeenk c.s. 'volledig invulling gegeven ...; ik beschouw die motie als afgedaan' (settled); 'de "
      "motie op stuk nr. 1020 (24 587)' 'Deze brief geeft gedeeltelijk uitvoering ... De gevraagde "
      "vergelijking ... volgt nog' (progress; number only, sponsors and cs left out); Tjon-A-Fat 'is "
      "door het capaciteitstekort achterhaald; ik voer haar daarom niet uit' (addressed); Van Rossem "
      "'is ... verworpen' (cited).  Commitments: the commissiedebat Gevangeniswezen en tbs of '9 april "
      "jl.', 'voor de zomer', 'Die toezegging staat nog open' (progress); the ambtsvoorganger's "
      "promise of the notaoverleg Gevangeniswezen of 23 juni 2025, 'voor de begrotingsbehandeling JenV "
      "2027', 'daarmee heb ik deze toezegging uitgevoerd' (settled); 'Ik zeg toe dat u voor 1 april "
      "2027 de eerste halfjaarrapportage ... ontvangt' (made).  Not promises: the commissie's "
      "'verzocht mij ... te informeren', 'kan ik niet toezeggen'.  Look-alikes: Postbus 20301, 2500 "
      "EH, Ons kenmerk 6381290, 300 / 180 plaatsen, '41 stemmen voor en 109 tegen', 95 scenario's, "
      "EUR 95 miljoen, artikel 34, 'notaoverleg van 9 november'.",
      "2026-10-22", "brief", "2026-10-22", None,
      [K("kst-24587-1011", "II", "2025-2026"), K("kst-24587-1015"), K("kst-24587-1020"),
       K("kst-24587-998"), K("kst-24587-1003")],
      [H("h-tk-20252026-92-9")],
      [T("2026Z15432", "zaak")],
      [M("kst-24587-1011", [S("Hoekstra-Mulder", "VVD")], False, "progress"),
       M("kst-24587-1015", [S("Smeenk")], True, "settled"),
       M("kst-24587-1020", rel="progress"),
       M("kst-24587-998", [S("Tjon-A-Fat")], False, "addressed"),
       M("kst-24587-1003", [S("Van Rossem")], False, "cited")],
      [C(["MJenV"], "2026-04-09", rel="progress", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor de zomer", about="kosten elektronische detentie; staat nog open"),
       C(["MJenV"], "2025-06-23", rel="settled", venue="notaoverleg Gevangeniswezen",
         deadline="voor de begrotingsbehandeling JenV 2027",
         about="capaciteitsraming tot 2031; uitgevoerd"),
       C(["MJenV"], None, rel="made", deadline="voor 1 april 2027",
         about="eerste halfjaarrapportage capaciteit ('Ik zeg toe')")])
