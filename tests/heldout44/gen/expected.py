"""Writes heldout44's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Three long documents (138-168 lines): a verzamelbrief with numbered sections
and page footnotes, a letter co-signed by a minister and a staatssecretaris
with a bijlage list, a halfjaarlijkse voortgangsrapportage.  Each section
changes who speaks, the debate and its date, so that nothing carries over
from one paragraph to the next."""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: verzamelbrief of the minister van SZW, three pages with footnotes
write("001_verzamelbrief_szw_arbeidsmarkt_inkomen_pensioenen_voetnoten", "d1.txt",
      "Verzamelbrief of the minister van SZW (MSZW), 'Datum 27 november 2026', margin form as "
      "pdftotext output of three pages (form feeds, 'Pagina N van 3'), numbered sections 1. .. 4. "
      "with subsections 1.1 .. 4.2, footnote markers glued to words ('jl.1', 'motie2', 'motie3', "
      "'(NSC)4', 'schuldhulp5', 'jl.6', 'ontvangen7', 'jl.8') and the footnotes at each page's "
      "foot: kind brief, self_id null.  'Uw kenmerk 2026Z19384' a zaak number.  Kamerstukken: the "
      "previous verzamelbrief 'Kamerstuk 36 800 XV, nr. 71', the wetsvoorstel '36 912, nr. 2', "
      "fn 1's verslag '29 544, nr. 1402', the nota van wijziging '36 600 XV, nr. 12', fn 7's "
      "'24 515, nr. 809', the brief '34 352, nr. 288'; 'Kamerstukken II 2025/26' / '2024/25' "
      "give chamber II and the year, 'Kamerstuk' alone chamber and year null.  Motions (Kamerstuk "
      "from the reference or the glued footnote): Oudshoorn (GroenLinks-PvdA) 29 544, nr. 1391 "
      "'Hiermee beschouw ik de motie als uitgevoerd' settled; Bakir (DENK) c.s. fn 2 29 861, nr. "
      "142 'Voor de verdere uitvoering van de motie werk ik een aanvullende AMvB uit' progress; "
      "Lindeboom (CDA) en Kaya (GroenLinks-PvdA) 29 861, nr. 131 'Zie in dit verband ook' cited; "
      "Zwinkels-Oostra (BBB) fn 3 31 839, nr. 1012, aimed at the staatssecretaris JPS, 'ik noem "
      "haar hier alleen' cited; Verhoeckx (NSC) fn 4 36 600 XV, nr. 48 'Daarmee is aan de motie "
      "voldaan' settled (the Voorjaarsnota sentence is about the cabinet's further choice, not the "
      "motion); motie-Haverkamp-Dijk/Tjon-A-Fat fn 5 24 515, nr. 812 'is in uitvoering ... Over "
      "de landelijke uitrol informeer ik uw Kamer in het najaar van 2027' progress (no new "
      "commitment); Smeulders-Amrani (SP) 24 515, nr. 815 verworpen cited; Brandsma (NSC) en Van "
      "Oijen (VVD) 32 043, nr. 702 (with Handelingen II 2025/26, nr. 19, item 8) aangehouden "
      "cited; motie-Dekker-Sterk c.s. 32 043, nr. 695 'Daarmee is de motie uitgevoerd' settled; "
      "Lindeboom (CDA) 34 352, nr. 301 'betrek ik bij de lopende evaluatie' progress.  "
      "Commitments: (1) commissiedebat Arbeidsmarktbeleid of '24 september jl.1' (2026-09-24), "
      "'voor het einde van het jaar', 'Daarmee kom ik deze toezegging na' settled (refs fn 1); "
      "(2) the staatssecretaris van SZW's promise in the tweeminutendebat Arbeidsmigratie of '2 "
      "oktober jl.' (SSZW, 2026-10-02), 'Ik laat die toezegging hier buiten beschouwing' cited, "
      "no term; (3) 'Mijn ambtsvoorganger' (the office, MSZW) in the wetgevingsoverleg Armoede en "
      "schulden of 14 november 2024, 'jaarlijks' (a frequency: deadline key left out), 'Ook dit "
      "jaar doe ik dat ...; de toezegging loopt door' progress; (4) commissiedebat Armoede- en "
      "schuldenbeleid of '11 juni jl.6' (2026-06-11), 'voor 1 oktober 2026', 'hiermee is de "
      "toezegging afgedaan' settled (refs fn 6 TZ202606-117, fn 7 24 515, nr. 809); (5) "
      "commissiedebat Pensioenen of '9 oktober jl.' (2026-10-09), no term ('de uitkomsten verwacht "
      "ik in februari 2027' a status time), 'loopt nog' progress; (6) 'Ik zeg u toe dat ik uw "
      "Kamer voor 1 april 2027 informeer' made; (7) tweeminutendebat Re-integratie of '25 juni "
      "jl.8' (2026-06-25, fn 8 Handelingen II 2025/26, nr. 98, item 5), no term, 'De toezegging "
      "is hiermee nagekomen' settled; (8) 'de toenmalige staatssecretaris van SZW in het "
      "commissiedebat Participatiewet van 16 maart 2023 (TZ202303-054)' (SSZW, 2023-03-16), 'al "
      "afgedaan met de brief van 7 juli 2023' settled (an earlier letter did it).  No "
      "commitments: Van Oijen's 'of ik kon toezeggen' / 'Dat kan ik niet toezeggen'; 'De volgende "
      "verzamelbrief is voorzien voor juni 2027'; the commissie's request for this letter.  "
      "Look-alikes: Postbus 90801 2509 LV, 2595 BD, kenmerk 2026-0000318842, '1.391 controles' "
      "beside nr. 1391, 214 van de 630, artikel 7:628a BW, Stb. 2026, 412, EUR 612 miljoen, "
      "artikel 8, eerste lid, Stcrt. 2026, 35117, '24.515 kinderen' (a dossier's digits), "
      "0800-8115, '67 stemmen voor en 83 tegen', 31 fondsen, 4,3 miljoen, 2.901, 125.000, 070 333 "
      "44 44, 'Pagina 1 van 3', the section numbers 1.1 .. 4.2, 14 januari 2027.",
      "2026-11-27", "brief", "2026-11-27", None,
      [K("kst-36800-XV-71"), K("kst-29544-1391"), K("kst-36912-2"), K("kst-29544-1402"),
       K("kst-29861-142", "II", "2025-2026"), K("kst-29861-131", "II", "2024-2025"),
       K("kst-31839-1012"), K("kst-36600-XV-48"), K("kst-36600-XV-12"),
       K("kst-24515-812", "II", "2025-2026"), K("kst-24515-815"), K("kst-24515-809"),
       K("kst-32043-702"), K("kst-32043-695", "II", "2025-2026"), K("kst-34352-288"),
       K("kst-34352-301")],
      [H("h-tk-20252026-19-8"), H("h-tk-20252026-98-5")],
      [T("2026Z19384", "zaak"), T("TZ202606-117", TZ), T("TZ202303-054", TZ)],
      [M("kst-29544-1391", [S("Oudshoorn", "GroenLinks-PvdA")], False, "settled"),
       M("kst-29861-142", [S("Bakir", "DENK")], True, "progress"),
       M("kst-29861-131", [S("Lindeboom", "CDA"), S("Kaya", "GroenLinks-PvdA")], False, "cited"),
       M("kst-31839-1012", [S("Zwinkels-Oostra", "BBB")], False, "cited"),
       M("kst-36600-XV-48", [S("Verhoeckx", "NSC")], False, "settled"),
       M("kst-24515-812", [S("Haverkamp-Dijk"), S("Tjon-A-Fat")], False, "progress"),
       M("kst-24515-815", [S("Smeulders-Amrani", "SP")], False, "cited"),
       M("kst-32043-702", [S("Brandsma", "NSC"), S("Van Oijen", "VVD")], False, "cited"),
       M("kst-32043-695", [S("Dekker-Sterk")], True, "settled"),
       M("kst-34352-301", [S("Lindeboom", "CDA")], False, "progress")],
      [C(["MSZW"], "2026-09-24", rel="settled", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor het einde van het jaar", refs=["kst-29544-1402"],
         about="uitkomsten handhavingsacties Arbeidsinspectie bij uitzendbureaus; 'kom ik deze toezegging na'"),
       C(["SSZW"], "2026-10-02", rel="cited", venue="tweeminutendebat Arbeidsmigratie", deadline=None,
         about="taallessen arbeidsmigranten, the staatssecretaris's own; 'hier buiten beschouwing'"),
       C(["MSZW"], "2024-11-14", rel="progress", venue="wetgevingsoverleg Armoede en schulden",
         about="jaarlijks informeren over kinderarmoede (ambtsvoorganger); loopt door tot en met 2028"),
       C(["MSZW"], "2026-06-11", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor 1 oktober 2026", refs=["TZ202606-117", "kst-24515-809"],
         about="reactie op rapport Nationale ombudsman beslagvrije voet; afgedaan"),
       C(["MSZW"], "2026-10-09", rel="progress", venue="commissiedebat Pensioenen", deadline=None,
         about="onderzoek bezwaar tegen invaren (toegezegd aan Brandsma); loopt nog"),
       C(["MSZW"], None, rel="made", deadline="voor 1 april 2027",
         about="eerste ervaringen overgestapte fondsen ('Ik zeg u toe')"),
       C(["MSZW"], "2026-06-25", rel="settled", venue="tweeminutendebat Re-integratie", deadline=None,
         about="verlenging no-riskpolis (fn 8 Handelingen II 2025/26, nr. 98, item 5); nagekomen"),
       C(["SSZW"], "2023-03-16", rel="settled", venue="commissiedebat Participatiewet", deadline=None,
         refs=["TZ202303-054", "kst-34352-288"],
         about="kostendelersnorm, toenmalige staatssecretaris; al afgedaan met de brief van 7 juli 2023")])

# 002: letter of the minister and the staatssecretaris van JenV with a bijlage list
write("002_brief_jenv_minister_staatssecretaris_justitiele_inrichtingen_bijlage", "d2.txt",
      "Brief van de minister en de staatssecretaris van Justitie en Veiligheid as a Kamerstuk "
      "('24 587 Justitiële Inrichtingen', 'Nr. 1046', 'Den Haag, 3 december 2026'): kind brief, "
      "self_id kst-24587-1046.  'wij' is both signers (MJenV and SJenV); each paragraph names who "
      "promised what ('De staatssecretaris heeft ...', 'De minister heeft ...').  The bijlage "
      "'Overzicht moties en toezeggingen' repeats the body's items as dashed items with status "
      "words and adds one motion and one toezegging; an item in body and bijlage is one record "
      "(the two agree).  Motions: Van der Heul (VVD) 24 587, nr. 1019 'wordt uitgevoerd ... volgen "
      "er nog zes', 'in uitvoering' progress; motie-Van Nispen-Hoekstra c.s. 'Kamerstukken II "
      "2025/26, 29 452, nr. 301' (both places) 'Hiermee beschouwen wij de motie als afgedaan' "
      "settled; Ter Laak (VVD) en Boukema (PVV) 24 587, nr. 1041 aangenomen, 'betrekt de motie bij "
      "het plan', 'in uitvoering' progress; Boswijk-Tan (CDA) 29 279, nr. 933 'De uitvoering van de "
      "motie loopt', progress; Koekkoek-Dijkstra (Volt) 33 552, nr. 147 'is uitgevoerd' settled; "
      "Flikweert (SGP) 33 552, nr. 151 aangehouden cited; bijlage only: Wuite-Amrani (D66) 24 587, "
      "nr. 1027 'afgedaan met de brief van 14 oktober 2026 (Kamerstuk 24 587, nr. 1038)' settled "
      "(nr. 1038 a Kamerstuk only).  Commitments: (1) SJenV commissiedebat Gevangeniswezen en tbs "
      "of '8 oktober jl.' (2026-10-08), 'voor het kerstreces', 'Met deze paragraaf is de toezegging "
      "nagekomen' settled; (2) SJenV 'In hetzelfde debat' (the bijlage names it: commissiedebat "
      "Gevangeniswezen en tbs, 8 oktober 2026), onderzoek LVB, no term, 'het rapport wordt in het "
      "voorjaar van 2027 verwacht' a status time, 'loopt' progress; (3) SJenV tweeminutendebat "
      "Gevangeniswezen of '12 november jl.' (Handelingen II 2026/27, nr. 24, item 11, broken over "
      "a line), 'voor 1 maart 2027', 'in voorbereiding' / 'loopt' progress; (4) 'De "
      "staatssecretaris stuurt uw Kamer voor 1 juli 2027 de evaluatie' made (SJenV); (5) MJenV "
      "commissiedebat Strafrechtketen of '2 juli jl.', 'na de zomer', 'daarmee is de toezegging "
      "afgedaan' settled (refs 29 279, nr. 941); (6) 'Daarnaast stuurt de minister uw Kamer in "
      "het eerste kwartaal van 2027 een beleidsreactie' made (MJenV); (7) MJenV commissiedebat "
      "Slachtofferbeleid of '17 september jl.', 'toegezegd te bezien', wetsvoorstel in "
      "consultatie, 'loopt' progress; deadline key left out (the promise had no term; whether "
      "'over de uitkomsten informeert de minister uw Kamer in het voorjaar van 2027' is the "
      "promise's new term or a report on the consultation a reader cannot tell); (8) bijlage "
      "only: MJenV commissiedebat Georganiseerde criminaliteit, 11 juni 2026 (TZ202606-044), 'voor "
      "1 november 2026', 'afgedaan met de brief van 28 oktober 2026 (Kamerstuk 24 587, nr. 1040)' "
      "settled; (9) 'Wij zeggen u toe dat wij uw Kamer voor 1 juni 2027 informeren' made (both).  "
      "No commitment: Sneller-de Boer's 'of de staatssecretaris kon toezeggen' / 'Die toezegging "
      "heeft de staatssecretaris niet gedaan'.  Look-alikes: 'Vergaderjaar 2026-2027', 12.480, "
      "11.873, 431, artikel 21 Penitentiaire beginselenwet, 120 dagen, 84 bedden, 97 dagen, EUR "
      "801,50, 40 werkgevers, 20 november 2026, 070 370 79 11, 15 januari 2027, 'stand 1 december "
      "2026', paragraph numbers 1-5.",
      "2026-12-03", "brief", "2026-12-03", "kst-24587-1046",
      [K("kst-24587-1019"), K("kst-29452-301", "II", "2025-2026"), K("kst-29452-296"),
       K("kst-24587-1041"), K("kst-29279-941"), K("kst-29279-933"), K("kst-33552-147"),
       K("kst-33552-151"), K("kst-24587-1027"), K("kst-24587-1038"), K("kst-24587-1040")],
      [H("h-tk-20262027-24-11")],
      [T("TZ202606-044", TZ)],
      [M("kst-24587-1019", [S("Van der Heul", "VVD")], False, "progress"),
       M("kst-29452-301", [S("Van Nispen-Hoekstra")], True, "settled"),
       M("kst-24587-1041", [S("Ter Laak", "VVD"), S("Boukema", "PVV")], False, "progress"),
       M("kst-29279-933", [S("Boswijk-Tan", "CDA")], False, "progress"),
       M("kst-33552-147", [S("Koekkoek-Dijkstra", "Volt")], False, "settled"),
       M("kst-33552-151", [S("Flikweert", "SGP")], False, "cited"),
       M("kst-24587-1027", [S("Wuite-Amrani", "D66")], False, "settled")],
      [C(["SJenV"], "2026-10-08", rel="settled", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor het kerstreces", about="stand van de capaciteit; nagekomen"),
       C(["SJenV"], "2026-10-08", rel="progress", venue="commissiedebat Gevangeniswezen en tbs",
         deadline=None, about="onderzoek herkennen licht verstandelijke beperking (Mutluer-Koç); loopt"),
       C(["SJenV"], "2026-11-12", rel="progress", venue="tweeminutendebat Gevangeniswezen",
         deadline="voor 1 maart 2027",
         about="plan betaald werk in detentie (Handelingen II 2026/27, nr. 24, item 11); in voorbereiding"),
       C(["SJenV"], None, rel="made", deadline="voor 1 juli 2027",
         about="evaluatie pilot kleinschalige detentiehuizen ('De staatssecretaris stuurt uw Kamer')"),
       C(["MJenV"], "2026-07-02", rel="settled", venue="commissiedebat Strafrechtketen",
         deadline="na de zomer", refs=["kst-29279-941"], about="wachtlijsten reclassering; afgedaan"),
       C(["MJenV"], None, rel="made", deadline="in het eerste kwartaal van 2027",
         about="beleidsreactie inspectierapport toezicht enkelbanden ('stuurt de minister uw Kamer')"),
       C(["MJenV"], "2026-09-17", rel="progress", venue="commissiedebat Slachtofferbeleid",
         about="bezien uitbreiding spreekrecht; wetsvoorstel in consultatie, loopt"),
       C(["MJenV"], "2026-06-11", rel="settled", venue="commissiedebat Georganiseerde criminaliteit",
         deadline="voor 1 november 2026", refs=["TZ202606-044", "kst-24587-1040"],
         about="uitbreiding EBI, bijlage only; afgedaan met de brief van 28 oktober 2026"),
       C(["MJenV", "SJenV"], None, rel="made", deadline="voor 1 juni 2027",
         about="ketenbrede evaluatie slachtofferzorg ('Wij zeggen u toe')")])

# 003: halfjaarlijkse voortgangsrapportage of the minister van KGG
write("003_voortgangsrapportage_kgg_netcongestie_halfjaarlijks", "d3.txt",
      "Zevende halfjaarlijkse voortgangsrapportage netcongestie of the minister van KGG (MKGG), "
      "margin form, 'Datum 15 december 2026': kind brief, self_id null.  'Uw kenmerk 2026Z20871' "
      "(also in the intro) a zaak number; 'TZ202503-141' a toezegging number.  A long intro "
      "(numbers only), then sections 1-5 per theme.  Kamerstukken: the sixth rapportage 29 023, "
      "nr. 548; the brief 29 023, nr. 579; the brief of 2 juli 2026 29 023, nr. 570.  Motions: "
      "Erkelens (D66) 29 023, nr. 561 'is in uitvoering' progress; Meulenbelt (ChristenUnie) en "
      "Oosterkamp (PVV) 'Kamerstukken II 2025/26, 29 023, nr. 566' 'Daarmee is de motie "
      "uitgevoerd' settled; Van Leeuwen-Raat en Huisman 'Kamerstukken II 2023/24, 29 023, nr. 472' "
      "the origin of the kader, cited (an older year); Tielens-Oudejans (BBB) 36 800 VIII, nr. 77, "
      "OCW's, 'waarover de minister van OCW uw Kamer rapporteert' cited; Kroeze-Dam (JA21) c.s. "
      "'Kamerstukken I 2025/26, 36 378, J' (an Eerste Kamer motion: chamber I) 'wordt meegenomen "
      "in het wetsvoorstel' progress.  Commitments: (1) commissiedebat Elektriciteitsnet of '17 "
      "september jl.' (2026-09-17), 'voor 1 december 2026', 'daarmee is de toezegging nagekomen' "
      "settled (refs 29 023, nr. 579); (2) the minister van VRO's promise in the commissiedebat "
      "Ruimtelijke ordening of '21 mei jl.' (MVRO, 2026-05-21), 'ligt bij haar en komt in deze "
      "rapportage niet aan de orde' cited, no term; (3) 'Ik zal uw Kamer voor de zomer van 2027 "
      "informeren over de eerste uitkomsten van die proef' made; (4) 'Mijn ambtsvoorganger' (the "
      "office, MKGG) in the tweeminutendebat Netcongestie of 6 maart 2025 (TZ202503-141), "
      "evaluatie prioriteringskader, no term, 'loopt nog' progress; (5) the same commissiedebat "
      "Elektriciteitsnet of 17 september, 'toegezegd met de ACM te bespreken', no term, 'Hiermee "
      "heb ik de toezegging afgedaan' settled; (6) 'In mijn brief van 2 juli 2026 (Kamerstuk 29 "
      "023, nr. 570) heb ik toegezegd' (made in a letter: dated to it, venue key left out), no "
      "term, 'hiermee is de toezegging afgedaan' settled; (7) the staatssecretaris van IenW's "
      "promise in the commissiedebat Luchtvaart of 29 november 2022 (SIenW, 2022-11-29), 'valt "
      "buiten deze rapportage' cited; (8) 'Ik zeg uw Kamer toe dat ik voor 1 maart 2027 een "
      "voorstel stuur' made.  No commitments: Meulenbelt's 'of ik kon toezeggen' / 'Dat kan ik "
      "niet toezeggen'; 'De volgende voortgangsrapportage is voorzien voor juni 2027'; the "
      "standaardprocedure 'in de zomer van 2027 gereed' and the wetsvoorstel that 'in het voorjaar "
      "van 2027 in consultatie gaat' (status times); the commissie's request; the ACM's and the "
      "netbeheerders' plans.  Look-alikes: Postbus 40225 2500 EV, 2595 BD, kenmerk DGKE-E / "
      "26553107, 11.843, 9.120, 9,4 gigawatt, EUR 195 miljard, 026 356 94 00, 38 stations, 1.250 "
      "kilometer, A12 en A15, 2.314, 1.490, Stcrt. 2026, 40218, 6.000 huishoudens, 60, 18 "
      "procent, 2.412, 1.978, postcode 3542 AD, 1 juli 2024, 4 november.",
      "2026-12-15", "brief", "2026-12-15", None,
      [K("kst-29023-548"), K("kst-29023-579"), K("kst-29023-561"),
       K("kst-29023-566", "II", "2025-2026"), K("kst-29023-472", "II", "2023-2024"),
       K("kst-36800-VIII-77"), K("kst-29023-570"), K("kst-36378-J", "I", "2025-2026")],
      [],
      [T("2026Z20871", "zaak"), T("TZ202503-141", TZ)],
      [M("kst-29023-561", [S("Erkelens", "D66")], False, "progress"),
       M("kst-29023-566", [S("Meulenbelt", "ChristenUnie"), S("Oosterkamp", "PVV")], False, "settled"),
       M("kst-29023-472", [S("Van Leeuwen-Raat"), S("Huisman")], False, "cited"),
       M("kst-36800-VIII-77", [S("Tielens-Oudejans", "BBB")], False, "cited"),
       M("kst-36378-J", [S("Kroeze-Dam", "JA21")], True, "progress")],
      [C(["MKGG"], "2026-09-17", rel="settled", venue="commissiedebat Elektriciteitsnet",
         deadline="voor 1 december 2026", refs=["kst-29023-579"],
         about="doorlooptijden vergunningen transformatorstations; nagekomen"),
       C(["MVRO"], "2026-05-21", rel="cited", venue="commissiedebat Ruimtelijke ordening", deadline=None,
         about="netbeheerders vroeg betrekken bij woningbouwlocaties; VRO's, niet aan de orde"),
       C(["MKGG"], None, rel="made", deadline="voor de zomer van 2027",
         about="eerste uitkomsten proef tijdsafhankelijke tarieven ('Ik zal uw Kamer ... informeren')"),
       C(["MKGG"], "2025-03-06", rel="progress", venue="tweeminutendebat Netcongestie", deadline=None,
         refs=["TZ202503-141"], about="evaluatie prioriteringskader (ambtsvoorganger); loopt nog"),
       C(["MKGG"], "2026-09-17", rel="settled", venue="commissiedebat Elektriciteitsnet", deadline=None,
         about="met de ACM bespreken voorrang woningbouw; afgedaan"),
       C(["MKGG"], "2026-07-02", rel="settled", deadline=None, refs=["kst-29023-570"],
         about="overzicht regionale congestieprojecten per provincie, toegezegd in een brief; afgedaan"),
       C(["SIenW"], "2022-11-29", rel="cited", venue="commissiedebat Luchtvaart", deadline=None,
         about="elektrificatie grondoperaties Schiphol; buiten deze rapportage"),
       C(["MKGG"], None, rel="made", deadline="voor 1 maart 2027",
         about="voorstel wettelijke grondslag energiehubs ('Ik zeg uw Kamer toe')")])
