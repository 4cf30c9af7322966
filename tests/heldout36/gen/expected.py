"""Writes heldout36's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Kamerbrief KGG with the ministry's footer (margin at the foot of the page)
write("001_brief_kgg_motie_toezeggingen_warmtetransitie", "d1.txt",
      "Letter of the minister van Klimaat en Groene Groei (MKGG), 'Datum 12 november 2026', the "
      "ministry's margin printed as a footer (DG Klimaat en Energie, 'Ons kenmerk DGKE-WO / 26318842', "
      "'Uw kenmerk 2026Z17420', a zaak number): kind brief, self_id null.  Commitments of the "
      "commissiedebat Warmtetransitie of '8 oktober jl.' (2026-10-08): 'heb ik toegezegd uw Kamer voor "
      "1 december 2026 te informeren ... Met deze brief kom ik die toezegging na' (settled); 'In "
      "hetzelfde debat heb ik toegezegd uw Kamer in het voorjaar van 2027 te informeren ... De "
      "consultatie loopt ... Ik houd die termijn aan' (progress, venue the debate named before).  'Ik "
      "zal uw Kamer voor de zomer van 2027 informeren over een eerste evaluatie' (made).  Motions: "
      "Kuipers-Velthuis (NSC) c.s. 'Hiermee beschouw ik de motie-Kuipers-Velthuis c.s. als "
      "uitgevoerd' (settled); Eerdmans 'is al afgedaan met mijn brief van 3 juli 2026 (Kamerstuk 30 "
      "196, nr. 861)' (settled: an earlier letter did it; that letter a Kamerstuk).  Look-alikes: '88 "
      "stemmen voor en 62 tegen', artikel 12, tweede lid, EUR 1.450, Stcrt. 2026, 31874, 36.576 "
      "aansluitingen (the dossier's digits), 70%, 1.000 aansluitingen, 40 partijen, postcode "
      "9700-9799, 070-379 8911, Postbus 40225 2500 EV, 2594 AC, 'Pagina 1 van 1'.",
      "2026-11-12", "brief", "2026-11-12", None,
      [K("kst-36576-214"), K("kst-36576-198"), K("kst-30196-861")],
      [],
      [T("2026Z17420", "zaak")],
      [M("kst-36576-214", [S("Kuipers-Velthuis", "NSC")], True, "settled"),
       M("kst-36576-198", [S("Eerdmans")], False, "settled")],
      [C(["MKGG"], "2026-10-08", rel="settled", venue="commissiedebat Warmtetransitie",
         deadline="voor 1 december 2026",
         about="tariefregulering kleine warmtesystemen; 'Met deze brief kom ik die toezegging na'"),
       C(["MKGG"], "2026-10-08", rel="progress", venue="commissiedebat Warmtetransitie",
         deadline="in het voorjaar van 2027",
         about="marktconsultatie warmtekavels; 'In hetzelfde debat', consultatie loopt"),
       C(["MKGG"], None, rel="made", deadline="voor de zomer van 2027",
         about="eerste evaluatie tariefplafond ('Ik zal uw Kamer ... informeren')")])

# 002: Kamerbrief of the minister van Asiel en Migratie in 19 637 (Kamerstuk header)
write("002_brief_aenm_19637_toezeggingen_tweeminutendebat_plenair_aanhangsel", "d2.txt",
      "Kamerstuk header '19 637 Vreemdelingenbeleid, Nr. 3418 BRIEF VAN DE MINISTER VAN ASIEL EN "
      "MIGRATIE', 'Den Haag, 14 oktober 2026': kind brief, self_id kst-19637-3418; 'ik' the minister "
      "(MAenM).  Commitments: 'Tijdens het tweeminutendebat Vreemdelingen- en asielbeleid van 2 juli "
      "jl. heb ik toegezegd ... na de zomer ... (TZ202607-014) ... Daarmee is deze toezegging voldaan' "
      "(settled, refs the TZ number); 'In het plenaire debat over de Asielnoodmaatregelenwet van 10 "
      "september jl. (Handelingen II 2025/26, nr. 112, item 7) heb ik toegezegd voor het einde van dit "
      "jaar ... de uitwerking is in voorbereiding' (progress; venue key left out for a plenary debate, "
      "heldout23/26); the promise in the answer of 22 juni jl. to schriftelijke vragen (Aanhangsel "
      "Handelingen II 2025/26, nr. 2874), 'hiermee beschouw ik deze toezegging als afgedaan' (settled, "
      "dated to the answer, venue key left out, no term); 'Ik zal uw Kamer in het eerste kwartaal van "
      "2027 informeren' (made).  Motions: Faber (PVV) c.s. 'wordt uitgevoerd via het wetsvoorstel dat "
      "ik ... voor advies ... heb gezonden' (progress); Ouwehand-Riet and Zwart 'is uitgevoerd ... als "
      "afgedaan' (settled, chamber II, year 2025-2026); motie-Harmsen verworpen (cited).  The earlier "
      "letter 'Kamerstuk 19 637, nr. 3389' a Kamerstuk.  Look-alikes: 'Vergaderjaar 2026–2027', page "
      "number 2, 21.480 and 6.372 zaken, artikel 42, eerste lid, Vreemdelingenwet 2000, zaaknummer "
      "W16.26.00241/II, '70 stemmen voor en 80 tegen', dates.",
      "2026-10-14", "brief", "2026-10-14", "kst-19637-3418",
      [K("kst-19637-3389"), K("kst-19637-3366"), K("kst-19637-3371", "II", "2025-2026"),
       K("kst-19637-3372")],
      [H("h-tk-20252026-112-7"), H("ah-tk-20252026-2874")],
      [T("TZ202607-014", TZ)],
      [M("kst-19637-3366", [S("Faber", "PVV")], True, "progress"),
       M("kst-19637-3371", [S("Ouwehand-Riet"), S("Zwart")], False, "settled"),
       M("kst-19637-3372", [S("Harmsen")], False, "cited")],
      [C(["MAenM"], "2026-07-02", rel="settled", venue="tweeminutendebat Vreemdelingen- en asielbeleid",
         deadline="na de zomer", refs=["TZ202607-014"],
         about="overzicht beslistermijnen per nationaliteit; voldaan"),
       C(["MAenM"], "2026-09-10", rel="progress", deadline="voor het einde van dit jaar",
         about="uitwerking afspraken herkomstlanden; in voorbereiding (plenair debat)"),
       C(["MAenM"], "2026-06-22", rel="settled", deadline=None,
         about="resultaten pilot kleinschalige opvang; promised in the Aanhangsel answer; afgedaan"),
       C(["MAenM"], None, rel="made", deadline="in het eerste kwartaal van 2027",
         about="evaluatie spreidingsafspraken")])

# 003: letter of the staatssecretaris van Financiën - Fiscaliteit en Belastingdienst
write("003_brief_sfbd_toezeggingen_ambtsvoorganger_minfin_mvro", "d3.txt",
      "Letter of the staatssecretaris van Financiën - Fiscaliteit en Belastingdienst (SFin; the "
      "letter's own abbreviation SFBD), 'Datum 29 september 2026': kind brief, self_id null.  The "
      "letter's key 'SFBD' / 'MinFin' / 'MVRO' is written as the sets write actors: SFin, MFin, MVRO.  "
      "'Mijn ambtsvoorganger' is the office (SFin).  Commitments: TZ202511-203, the ambtsvoorganger at "
      "the wetgevingsoverleg Fiscale verzamelwet of 24 november 2025, 'voor de behandeling van het "
      "Belastingplan 2027', 'voldaan' (SFin, settled); TZ202603-071, 'De minister van Financiën heeft "
      "in het commissiedebat Box 3 van 12 maart 2026 toegezegd voor 1 januari 2027 ... De toets wordt "
      "uitgevoerd' (MFin, progress; 'verwacht ik in november' a status time); TZ202604-112 'hebben de "
      "minister van VRO en ik toegezegd in het najaar een gezamenlijke brief te sturen ... als afgedaan' "
      "(SFin + MVRO, settled); item 4 the ambtsvoorganger at the tweeminutendebat Belastingdienst of 5 "
      "februari 2026, 'halfjaarlijks' (a frequency, deadline key left out), 'De eerstvolgende "
      "rapportage ontvangt u rond 15 december' (SFin, progress); 'Ik zal uw Kamer voor 1 maart 2027 "
      "informeren' (made).  Motion Van Dijkhuizen-Bos (CDA) 'is uitgevoerd' (settled).  Kamerstuk 36 "
      "810, nr. 3 (a memorie van toelichting, 'paragraaf 5.2' no number).  Look-alikes: Ons kenmerk "
      "2026-0000198417, Postbus 20201 2500 EE, 61.340 bezwaarschriften, 82%, EUR 4.400, 0800-0543.",
      "2026-09-29", "brief", "2026-09-29", None,
      [K("kst-36810-3"), K("kst-31066-1562")],
      [],
      [T("TZ202511-203", TZ), T("TZ202603-071", TZ), T("TZ202604-112", TZ)],
      [M("kst-31066-1562", [S("Van Dijkhuizen-Bos", "CDA")], False, "settled")],
      [C(["SFin"], "2025-11-24", rel="settled", venue="wetgevingsoverleg Fiscale verzamelwet",
         deadline="voor de behandeling van het Belastingplan 2027", refs=["TZ202511-203"],
         about="herziening invorderingsrente; by 'mijn ambtsvoorganger'; voldaan"),
       C(["MFin"], "2026-03-12", rel="progress", venue="commissiedebat Box 3",
         deadline="voor 1 januari 2027", refs=["TZ202603-071"],
         about="uitvoeringstoets Wet werkelijk rendement box 3; by the minister (MinFin)"),
       C(["SFin", "MVRO"], "2026-04-16", rel="settled", venue="commissiedebat Fiscaliteit en wonen",
         deadline="in het najaar", refs=["TZ202604-112"],
         about="gezamenlijke brief fiscale behandeling eigen woning (SFBD/MVRO); afgedaan"),
       C(["SFin"], "2026-02-05", rel="progress", venue="tweeminutendebat Belastingdienst",
         about="halfjaarlijkse rapportage massale bezwaren box 3; by 'mijn ambtsvoorganger'"),
       C(["SFin"], None, rel="made", deadline="voor 1 maart 2027",
         about="onderzoek bereikbaarheid BelastingTelefoon")])

# 004: geannoteerde agenda Landbouw- en Visserijraad (21 501-32 header), minister LVVN
write("004_geannoteerde_agenda_lvr_lvvn_toezeggingen_moties", "d4.txt",
      "Kamerstuk header '21 501-32 Landbouw- en Visserijraad, Nr. 1712 BRIEF VAN DE MINISTER VAN "
      "LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR', 'Den Haag, 6 november 2026': kind brief, "
      "self_id kst-21501-32-1712; 'ik' the minister (MLVVN).  BNC-fiche 'Kamerstuk 22 112, nr. 4391'.  "
      "Section 'Toezeggingen' on the commissiedebat of '14 oktober jl.' (2026-10-14, named in the "
      "opening as 'commissiedebat Landbouw- en Visserijraad'): 'heb ik toegezegd bij de Commissie aan "
      "te dringen ... Hiermee beschouw ik deze toezegging als afgedaan' (settled, no term); 'In "
      "hetzelfde debat zegde ik toe uw Kamer voor de Raad van december te informeren ... De "
      "interdepartementale afstemming loopt nog' (progress).  'Tot slot zeg ik u toe in het eerste "
      "kwartaal van 2027 een appreciatie ... te sturen' (made).  Section 'Moties': Van der Plas-Klein "
      "(BBB) 'is uitgevoerd' (settled); Bromet-Peters and Holman 'breng ik in tijdens de komende Raad; "
      "over de uitkomst informeer ik u' (progress; chamber II, year 2026-2027).  Look-alikes: COM(2026) "
      "518, Raadsdocument 13877/26, 2026/0154(COD), ST 14012/26 REV 1, GLMC 7, artikel 13, lid 2, "
      "Verordening (EU) 2021/2115, 12%, elf lidstaten, 312.400 ton, 'Vergaderjaar 2026–2027'.",
      "2026-11-06", "brief", "2026-11-06", "kst-21501-32-1712",
      [K("kst-22112-4391"), K("kst-21501-32-1695"), K("kst-21501-32-1703", "II", "2026-2027")],
      [],
      [],
      [M("kst-21501-32-1695", [S("Van der Plas-Klein", "BBB")], False, "settled"),
       M("kst-21501-32-1703", [S("Bromet-Peters"), S("Holman")], False, "progress")],
      [C(["MLVVN"], "2026-10-14", rel="settled", venue="commissiedebat Landbouw- en Visserijraad",
         deadline=None, about="aandringen op snellere toelating biologische middelen; afgedaan"),
       C(["MLVVN"], "2026-10-14", rel="progress", venue="commissiedebat Landbouw- en Visserijraad",
         deadline="voor de Raad van december",
         about="inzet herziening dierenwelzijnswetgeving transport; afstemming loopt"),
       C(["MLVVN"], None, rel="made", deadline="in het eerste kwartaal van 2027",
         about="appreciatie visserijakkoord Noorwegen ('Tot slot zeg ik u toe')")])

# 005: Kamerbrief VRO answering the commissiedebat's promises one by one, a list of moties
write("005_brief_vro_toezeggingen_een_voor_een_moties_32847", "d5.txt",
      "Letter of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO), 'Datum 26 november "
      "2026': kind brief, self_id null.  Three toezeggingen of the commissiedebat Bouwen en wonen of "
      "'24 september jl.' (2026-09-24), each under a heading 'Toezegging N:'; the introduction 'ga ik "
      "daar een voor een op in' is addressed, the more specific body wins: 1 'voor 1 november 2026 ... "
      "Hiermee is de toezegging nagekomen' (settled); 2 'voor het kerstreces ... wordt nog overlegd ... "
      "de criteria ontvangt u in december' (progress); 3 'Op verzoek van het lid Bontenbal-Hoek heb ik "
      "toegezegd in gesprek te gaan ... Daarmee is deze toezegging afgedaan' (settled, no term).  "
      "Motions as list items 'de motie van het lid X (PARTIJ) c.s. over ..., Kamerstuk 32 847, nr. N: "
      "status': Kops (PVV) c.s. 'uitgevoerd' (settled); Flach (SGP) and Grinwis (ChristenUnie) 'in "
      "uitvoering; ik informeer u begin 2027' (progress, no commitment); Beckerman (SP) 'aangehouden' "
      "(cited); De Hoop-Verdonk (GroenLinks-PvdA) c.s. 'wordt meegenomen in de Nationale Woon- en "
      "Bouwagenda' (progress).  'moties uit het tweeminutendebat' no commitment.  Look-alikes: 148 "
      "van de 342 gemeenten, 11.250 woningen, EUR 275 miljoen, Huisvestingswet 2014, Stb. 2026, 311, "
      "Postbus 20011 2500 EA, '6 november'.",
      "2026-11-26", "brief", "2026-11-26", None,
      [K("kst-32847-1288"), K("kst-32847-1291"), K("kst-32847-1295"), K("kst-32847-1297")],
      [],
      [],
      [M("kst-32847-1288", [S("Kops", "PVV")], True, "settled"),
       M("kst-32847-1291", [S("Flach", "SGP"), S("Grinwis", "ChristenUnie")], False, "progress"),
       M("kst-32847-1295", [S("Beckerman", "SP")], False, "cited"),
       M("kst-32847-1297", [S("De Hoop-Verdonk", "GroenLinks-PvdA")], True, "progress")],
      [C(["MVRO"], "2026-09-24", rel="settled", venue="commissiedebat Bouwen en wonen",
         deadline="voor 1 november 2026", about="inventarisatie flexwonen op bedrijventerreinen; nagekomen"),
       C(["MVRO"], "2026-09-24", rel="progress", venue="commissiedebat Bouwen en wonen",
         deadline="voor het kerstreces", about="criteria zevende tranche Woningbouwimpuls; overleg loopt"),
       C(["MVRO"], "2026-09-24", rel="settled", venue="commissiedebat Bouwen en wonen",
         deadline=None, about="gesprek NVB over leennormen starters; afgedaan")])
