"""Writes heldout27's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: beslisnota of a directie to the minister van OCW
write("001_beslisnota_ocw_burgerschap_afdoening_moties_toezeggingen", "d1.txt",
      "Beslisnota of the directie Voortgezet Onderwijs to the minister van OCW, 'Datum 6 november "
      "2026': kind beslisnota, self_id null (kenmerk 52718304 is no Kamer number).  The addressee "
      "'u' stays 'u' (tests/gold, the seed); ministry abbreviations SOCW and MSZW are actors.  "
      "'Met de bijgevoegde brief doet u de volgende toezeggingen af:' sets settled for its three "
      "items: u's promise of the commissiedebat Curriculum of '14 oktober jl.' (also in the "
      "Aanleiding: one record, deadline 'voor het kerstreces'); SOCW's of the wetgevingsoverleg "
      "Funderend onderwijs of '18 juni jl.' ('na de zomer'); 'MSZW en u' in the commissiedebat "
      "Laaggeletterdheid of '2 juli jl.' (no term).  'Daarnaast worden in de brief de volgende "
      "moties afgedaan:' Kuipers (NSC) and Van Baarle/El Khatib settled; motie-Bruinsma c.s. 'meldt "
      "de brief de stand van zaken ... loopt nog' (progress; its vote in Handelingen II 2025/26, nr. "
      "97, item 21); Stoffer aangehouden (cited).  'In de brief zegt u toe de Kamer in het voorjaar "
      "van 2027 te informeren' (u, made).  Look-alikes: kenmerk 52718304, 38 scholen, EUR 3,4 "
      "miljoen, artikel 3, EUR 12,5 miljoen, artikel 1.2, Stcrt. 2026, 31745, '12 november a.s.', "
      "06 4187 2290.",
      "2026-11-06", "beslisnota", "2026-11-06", None,
      [K("kst-31293-742"), K("kst-37000-VIII-34"), K("kst-31293-755"), K("kst-31293-701")],
      [H("h-tk-20252026-97-21")],
      [],
      [M("kst-31293-742", [S("Kuipers", "NSC")], False, "settled"),
       M("kst-37000-VIII-34", [S("Van Baarle"), S("El Khatib")], False, "settled"),
       M("kst-31293-755", [S("Bruinsma")], True, "progress"),
       M("kst-31293-701", [S("Stoffer")], False, "cited")],
      [C(["u"], "2026-10-14", rel="settled", venue="commissiedebat Curriculum",
         deadline="voor het kerstreces", about="uitkomsten pilot kerndoelen digitale geletterdheid"),
       C(["SOCW"], "2026-06-18", rel="settled", venue="wetgevingsoverleg Funderend onderwijs",
         deadline="na de zomer", about="tijdpad examinering burgerschap"),
       C(["MSZW", "u"], "2026-07-02", rel="settled", venue="commissiedebat Laaggeletterdheid",
         deadline=None, about="aansluiting Tel mee met Taal verkennen"),
       C(["u"], None, rel="made", deadline="in het voorjaar van 2027",
         about="landelijke uitrol kerndoelen ('In de brief zegt u toe')")])

# 002: geannoteerde agenda Landbouw- en Visserijraad, Kamerstuk form
write("002_geannoteerde_agenda_lvr_lvvn_moties_toezeggingen", "d2.txt",
      "Letter of the minister van LVVN (MLVVN) in Kamerstuk form, '21 501-32 ... Nr. 1702 BRIEF VAN "
      "DE MINISTER', 'Den Haag, 6 november 2026': kind brief, self_id kst-21501-32-1702.  Geannoteerde "
      "agenda of the LVR of 17 and 18 november 2026; BNC-fiche 'Kamerstuk 22 112, nr. 4388'.  "
      "Section 'Moties en toezeggingen': Vermeer (BBB) 'daarmee is de motie uitgevoerd' (settled); "
      "'De moties van het lid Kostić (PvdD) ... (Kamerstukken II 2025/26, 21 501-32, nrs. 1680 en "
      "1681) blijf ik uitvoeren' (two motions, each Kostić (PvdD), progress; both Kamerstukken "
      "chamber II, year 2025-2026); motie-Holman aangehouden (cited).  Commitments: the promise of the "
      "commissiedebat Landbouw- en Visserijraad of '22 oktober jl.' to inform 'voor de Raad', 'Met "
      "deze geannoteerde agenda kom ik die toezegging na' (settled); 'In hetzelfde debat zegde ik "
      "toe bij de Commissie na te gaan ...' without a term, 'Het antwoord ... verwacht ik rond de "
      "Raad; ik betrek het bij het verslag' (progress; 'rond de Raad' a status time, deadline null); "
      "'Ik zal uw Kamer na afloop via het verslag informeren over die presentatie' (new subject: "
      "made, deadline 'na afloop').  Look-alikes: COM(2026) 611, 14.612 ton, 9%, 2026/0188(COD), "
      "artikel 70 van Verordening (EU) 2021/2115, '22 september jl.' (a Raad, no promise), zeven "
      "lidstaten.",
      "2026-11-06", "brief", "2026-11-06", "kst-21501-32-1702",
      [K("kst-22112-4388"), K("kst-21501-32-1655"), K("kst-21501-32-1680", "II", "2025-2026"),
       K("kst-21501-32-1681", "II", "2025-2026"), K("kst-33037-612")],
      [],
      [],
      [M("kst-21501-32-1655", [S("Vermeer", "BBB")], False, "settled"),
       M("kst-21501-32-1680", [S("Kostić", "PvdD")], False, "progress"),
       M("kst-21501-32-1681", [S("Kostić", "PvdD")], False, "progress"),
       M("kst-33037-612", [S("Holman")], False, "cited")],
      [C(["MLVVN"], None, rel="made", deadline="na afloop",
         about="presentatie eiwitstrategie en reacties lidstaten, via het verslag"),
       C(["MLVVN"], "2026-10-22", rel="settled", venue="commissiedebat Landbouw- en Visserijraad",
         deadline="voor de Raad", about="inzet vangstmogelijkheden tong; nagekomen met deze agenda"),
       C(["MLVVN"], "2026-10-22", rel="progress", venue="commissiedebat Landbouw- en Visserijraad",
         deadline=None, about="navraag verlenging noodsteun vissers; antwoord rond de Raad")])

# 003: verslag van een schriftelijk overleg, vraag en antwoord per fractie
write("003_verslag_schriftelijk_overleg_vws_zorgpremie", "d3.txt",
      "Verslag van een schriftelijk overleg (29 689, nr. 1391), 'Vastgesteld 20 november 2026', "
      "question and answer per fractie: kind verslag, self_id kst-29689-1391; 'ik' in the answers "
      "the minister van VWS (MVWS) named in the opening.  Motions: Tielen (VVD) 'heeft vertraging "
      "opgelopen' (progress); motie-Dijk c.s. verworpen, '(Handelingen II 2026/27, nr. 4, item 9)' "
      "(cited); Paulusma (D66) and Daniëlle Jansen (NSC) (first name kept, tests/gold) 'is deze "
      "motie uitgevoerd' (settled).  Commitments: 'Ik zeg de leden toe dat ik de Kamer voor 1 maart "
      "2027 een uitgewerkt voorstel stuur' (made); the promise of the commissiedebat "
      "Zorgverzekeringsstelsel of '10 september jl.' (named in the SP inbreng) 'heb ik gestand "
      "gedaan met de brief ... (Kamerstuk 29 689, nr. 1384)' (settled, no term: deadline null); 'zal "
      "ik uw Kamer in het voorjaar informeren over de effecten' (new subject: made).  Not a promise: "
      "'Kan de minister toezeggen ...?'.  Look-alikes: 212.000 verzekerden, Stcrt. 2026, 40122, 70%, "
      "artikel 13 Zorgverzekeringswet, EUR 11 per maand, '15 oktober 2026', '18 november 2026'.",
      "2026-11-20", "verslag", "2026-11-20", "kst-29689-1391",
      [K("kst-29689-1378"), K("kst-29689-1342"), K("kst-29689-1355"), K("kst-29689-1384"),
       K("kst-29689-1360")],
      [H("h-tk-20262027-4-9")],
      [],
      [M("kst-29689-1342", [S("Tielen", "VVD")], False, "progress"),
       M("kst-29689-1355", [S("Dijk")], True, "cited"),
       M("kst-29689-1360", [S("Paulusma", "D66"), S("Daniëlle Jansen", "NSC")], False, "settled")],
      [C(["MVWS"], None, rel="made", deadline="voor 1 maart 2027",
         about="uitgewerkt voorstel eigen risico per behandeling ('Ik zeg de leden toe')"),
       C(["MVWS"], "2026-09-10", rel="settled", venue="commissiedebat Zorgverzekeringsstelsel",
         deadline=None, about="betalingsachterstanden in kaart; gestand gedaan met nr. 1384"),
       C(["MVWS"], None, rel="made", deadline="in het voorjaar",
         about="effecten premiestijging op overstappen")])

# 004: antwoord op Kamervragen, Aanhangsel Handelingen form, with a mededeling of uitstel
write("004_aanhangsel_antwoord_szw_wia_keuringen", "d4.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2026-2027, nr. 612, zaak 2026Z17342: answers of "
      "the minister van SZW (MSZW, 'minister Van Rijsewijk (Sociale Zaken en Werkgelegenheid)'), "
      "'(ontvangen 11 november 2026)': kind antwoord, date 2026-11-11, self_id ah-tk-20262027-612.  "
      "The Mededeling of uitstel '(ontvangen 14 oktober 2026)' repeats the zaak number (one entry); "
      "'Zie ook Aanhangsel Handelingen, vergaderjaar 2026-2027, nr. 418' and 'Aanhangsel Handelingen "
      "II 2025/26, nr. 2874' are Aanhangsel references.  Motions: 'motie-Dobbe' in Vraag 2 and 'De "
      "motie van het lid Dobbe c.s. (Kamerstuk 26 448, nr. 812) wordt uitgevoerd ... Over de verdere "
      "uitvoering informeer ik uw Kamer in het voorjaar van 2027' (one motion, progress, no party in "
      "its reference); 'Zie ook de aangenomen motie-Van Kent' (cited).  Commitments: the promise of "
      "the commissiedebat Arbeidsongeschiktheid of '1 oktober jl.' (named in Vraag 3) 'ontvangt u, "
      "zoals ik toezegde, voor het einde van het jaar. Het UWV werkt het ... uit' (progress); 'Ik zal "
      "uw Kamer daarnaast voor 1 maart 2027 informeren over de uitkomst van het onderzoek' (made).  "
      "Look-alikes: 23.000, 23.418, acht weken, artikel 64, eerste lid, Wet WIA, 96 artsen, "
      "Gezondheidsraad nr. 2026/14, 60-plussers, '24 september 2026'.",
      "2026-11-11", "antwoord", "2026-11-11", "ah-tk-20262027-612",
      [K("kst-26448-812"), K("kst-26448-798")],
      [H("ah-tk-20262027-418"), H("ah-tk-20252026-2874")],
      [T("2026Z17342", "zaak")],
      [M("kst-26448-812", [S("Dobbe")], True, "progress"),
       M("kst-26448-798", [S("Van Kent")], False, "cited")],
      [C(["MSZW"], "2026-10-01", rel="progress", venue="commissiedebat Arbeidsongeschiktheid",
         deadline="voor het einde van het jaar", about="plan van aanpak achterstanden WIA-keuringen"),
       C(["MSZW"], None, rel="made", deadline="voor 1 maart 2027",
         about="uitkomst onderzoek kwaliteit keuringen")])

# 005: verzamelbrief Defensie, numbered paragraphs per motion and toezegging
write("005_verzamelbrief_defensie_stand_moties_toezeggingen", "d5.txt",
      "Letter of the minister van Defensie (MDef), 'Datum 27 november 2026', 'Stand van zaken moties "
      "en toezeggingen defensiepersoneel', numbered paragraphs: kind brief, self_id null (kenmerk "
      "BS2026031877 no Kamer number).  The opening 'informeer ik u over de stand van zaken van de "
      "openstaande moties en toezeggingen' is outdone by each paragraph's own status.  1. Boswijk "
      "c.s. 'Hiermee beschouw ik de motie als afgedaan' (settled).  2. 'De moties van het lid Dassen "
      "(Volt) ... (Kamerstukken II 2025/26, 36 592, nrs. 12 en 14) worden betrokken bij het "
      "wetsvoorstel' (two motions, progress; both chamber II, year 2025-2026).  3. Tuinman (BBB) and "
      "Nordkamp (GroenLinks-PvdA), 'ingediend tijdens het debat over de begroting van Defensie voor "
      "2027 (Kamerstuk 37 000-X, nr. 27)', 'een convenant is in voorbereiding' (progress).  4. 'De "
      "gewijzigde motie van het lid Erkens c.s. (Kamerstuk 36 592, nr. 58, ter vervanging van nr. "
      "52)', 'is aan deze motie invulling gegeven' (settled; nr. 52 the replaced motion, no sponsors, "
      "cited; it inherits the dossier).  5. 'De staatssecretaris heeft in het commissiedebat "
      "Personeel van 3 juni 2026 toegezegd ... voor 1 oktober 2026 ... Daarmee is deze toezegging "
      "voldaan' (SDef, settled).  6. 'In het tweeminutendebat Defensiepersoneel van 24 september jl. "
      "heb ik toegezegd voor het einde van 2026 te starten ... (TZ202609-141). De pilot start in "
      "februari 2027 ... de voorbereiding loopt' (MDef, progress, refs the TZ number).  7. Van "
      "Houwelingen (FvD) aangehouden (cited).  'Tot slot zeg ik u toe voor 1 april 2027 een overzicht "
      "te sturen' (made).  Not a promise: 'Voorafgaand aan het commissiedebat Personeel van 9 "
      "december a.s.'.  Look-alikes: Postbus 20701, 2500 ES, 2513 AA, BS2026031877, EUR 218 per "
      "maand, artikel 12a van het AMAR, Stb. 2026, 402, 9.400 reservisten, '30 juni jl.'.",
      "2026-11-27", "brief", "2026-11-27", None,
      [K("kst-36592-41"), K("kst-36592-12", "II", "2025-2026"), K("kst-36592-14", "II", "2025-2026"),
       K("kst-37000-X-27"), K("kst-36592-58"), K("kst-36592-52"), K("kst-36592-63"),
       K("kst-36592-60"), K("kst-36592-49")],
      [],
      [T("TZ202609-141", TZ)],
      [M("kst-36592-41", [S("Boswijk")], True, "settled"),
       M("kst-36592-12", [S("Dassen", "Volt")], False, "progress"),
       M("kst-36592-14", [S("Dassen", "Volt")], False, "progress"),
       M("kst-37000-X-27", [S("Tuinman", "BBB"), S("Nordkamp", "GroenLinks-PvdA")], False,
         "progress"),
       M("kst-36592-58", [S("Erkens")], True, "settled"),
       M("kst-36592-52", rel="cited"),
       M("kst-36592-49", [S("Van Houwelingen", "FvD")], False, "cited")],
      [C(["SDef"], "2026-06-03", rel="settled", venue="commissiedebat Personeel",
         deadline="voor 1 oktober 2026", about="uitstroom jonge militairen; voldaan met nr. 60"),
       C(["MDef"], "2026-09-24", rel="progress", venue="tweeminutendebat Defensiepersoneel",
         deadline="voor het einde van 2026", refs=["TZ202609-141"],
         about="pilot flexibel werken marinebases; start februari 2027"),
       C(["MDef"], None, rel="made", deadline="voor 1 april 2027",
         about="overzicht inzet reservisten Noordzee-infrastructuur")])
