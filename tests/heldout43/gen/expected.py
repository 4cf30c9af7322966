"""Writes heldout43's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: EU affairs as the ministries write to the Tweede Kamer about the Council
of the EU (geannoteerde agenda, verslag van de Raad, kabinetsappreciatie in the
22 112 dossier, verslag van een schriftelijk overleg, a status list of the
minister voor BHO).  Every name, number and date is fictional."""
from lib import C, K, H, M, OMIT, S, T, write

II, Y = "II", "2025-2026"

# 001: geannoteerde agenda Landbouw- en Visserijraad, margin-form letter of the minister van LVVN
write("001_geannoteerde_agenda_lvr_lvvn_moties_toezeggingen", "d1.txt",
      "Margin-form letter of the minister van Landbouw, Visserij, Voedselzekerheid en Natuur (MLVVN), "
      "'Datum 9 januari 2026', geannoteerde agenda LVR of 26 and 27 January 2026: kind brief, "
      "self_id null.  'Uw kenmerk 2025Z24417' a zaak number.  Kamerstukken: 'Kamerstuk 21 501-32, "
      "nr. 1742' (wrapped before 'nr.'), 'Kamerstuk 22 112, nr. 4079', compact '(21501-02, nr. "
      "3188)', 'Kamerstukken II 2025/26, 21 501-02, nr. 3270' (II, 2025-2026), nrs. 1751 and 1753 "
      "(chamber, year null), '(21 501-32 nr. 1755)' (no comma), 'Kamerstukken II 2025/26, 21 501-32, "
      "nrs. 1757 en 1758' (two, both II 2025-2026).  Handelingen II 2025/26, nr. 33, item 21.  "
      "Motions: Schaap (VVD) c.s. 'Zie ook' (cited); Van Dorp (GroenLinks-PvdA) 'de uitvoering van de "
      "motie loopt' (progress); Ter Horst-Ammerlaan (CDA) and Meijerink (SGP) 'is uitgevoerd' "
      "(settled); motie-Lemmens (PvdD) verworpen (cited); the two moties of Brouwers (PVV) "
      "aangehouden (cited, two records with the same sponsor).  Commitments: the promise of the "
      "commissiedebat Landbouw- en Visserijraad of '3 december jl.' (2025-12-03 against a letter of "
      "January 2026), 'voorafgaand aan deze Raad', 'Hiermee is deze toezegging afgedaan' (settled); "
      "'In datzelfde debat heb ik het lid Veltman (BBB) toegezegd voor 1 februari 2026 ... na te "
      "gaan', question put to the Commissie, no answer yet (progress, 2025-12-03; venue left out, "
      "'datzelfde debat' as heldout39 does); 'Tot slot zeg ik u toe ... uiterlijk 13 februari 2026' "
      "(made, date null).  The commissie's request of '18 december jl.' and 'Hiermee reageer ik op "
      "het verzoek' are no commitment.  Look-alikes: Postbus 20401 2500 EK, 2595 BD, DGA-EIZ / "
      "96412387, COM(2025) 236, artikel 43, lid 2, VWEU, Verordening (EU) 2021/2115, EUR 748 "
      "miljoen, ST 16021/25, '32 317 ton' (a dossier's shape: the JBZ dossier), '9 870 ton', EUR 1,2 "
      "miljard, '99 000 ton', 070 378 68 68, 08.00 tot 17.00 uur, '15 december jl.' (a letter sent, no "
      "promise).",
      "2026-01-09", "brief", "2026-01-09", None,
      [K("kst-21501-32-1742"), K("kst-22112-4079"), K("kst-21501-02-3188"),
       K("kst-21501-02-3270", II, Y), K("kst-21501-32-1751"), K("kst-21501-32-1753"),
       K("kst-21501-32-1755"), K("kst-21501-32-1757", II, Y), K("kst-21501-32-1758", II, Y)],
      [H("h-tk-20252026-33-21")],
      [T("2025Z24417", "zaak")],
      [M("kst-21501-02-3188", [S("Schaap", "VVD")], True, "cited"),
       M("kst-21501-32-1751", [S("Van Dorp", "GroenLinks-PvdA")], False, "progress"),
       M("kst-21501-32-1753", [S("Ter Horst-Ammerlaan", "CDA"), S("Meijerink", "SGP")], False,
         "settled"),
       M("kst-21501-32-1755", [S("Lemmens", "PvdD")], False, "cited"),
       M("kst-21501-32-1757", [S("Brouwers", "PVV")], False, "cited"),
       M("kst-21501-32-1758", [S("Brouwers", "PVV")], False, "cited")],
      [C(["MLVVN"], "2025-12-03", rel="settled", venue="commissiedebat Landbouw- en Visserijraad",
         deadline="voorafgaand aan deze Raad",
         about="stand onderhandelingen NGT; 'Hiermee is deze toezegging afgedaan'"),
       C(["MLVVN"], "2025-12-03", rel="progress", deadline="voor 1 februari 2026",
         about="verlenging steunregeling kottervisserij nagaan bij de Commissie (toegezegd aan "
               "Veltman); vraag voorgelegd, nog geen antwoord"),
       C(["MLVVN"], None, rel="made", deadline="uiterlijk 13 februari 2026",
         about="appreciatie Commissiemededeling toekomst veehouderij ('Tot slot zeg ik u toe')")])

# 002: verslag EPSCO, Kamerstuk form, minister van SZW
write("002_verslag_epsco_szw_toezegging_nagekomen", "d2.txt",
      "Verslag of the EPSCO of 11 december 2025 as a Kamerstuk ('21 501-31 ... Nr. 812 BRIEF VAN DE "
      "MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID', 'Den Haag, 19 december 2025'): kind brief, "
      "self_id kst-21501-31-812; 'ik' the minister van SZW (MSZW).  Kamerstukken: 'Kamerstuk 21 "
      "501-31, nr. 806' (the geannoteerde agenda; the later '(nr. 806)' is the same one, listed "
      "once), nr. 798 and nr. 803 (chamber, year null), 'Kamerstukken II 2025/26, 21 501-31, nr. "
      "801' (II 2025-2026).  Handelingen II 2025/26, nr. 33, item 19.  Motions: De Graaf-Wouters "
      "(ChristenUnie) c.s. 'Ik heb dat gedaan ... geef ik verder uitvoering aan deze motie' (progress: "
      "a next step); Strijbos (JA21) 'heb ik afgedaan met de geannoteerde agenda' (settled: an earlier "
      "letter did it); Koçak (SP) and Van Dorp (GroenLinks-PvdA) verworpen (cited).  Commitments: "
      "the minister's promise to El Idrissi in the commissiedebat EU-Sociale Raad of '4 december jl.' "
      "'voor het kerstreces', 'Daarmee is deze toezegging nagekomen' (settled); 'In dat debat heeft "
      "de staatssecretaris van Sociale Zaken en Werkgelegenheid toegezegd' (SSZW, 2025-12-04, venue "
      "left out for 'dat debat'); the information 'volgt in de Kamerbrief ... die de staatssecretaris "
      "in het eerste kwartaal van 2026 stuurt': a statement that a promise already named will be kept "
      "later, so progress with that time phrase as its deadline (tests/gold); 'Ik zal uw Kamer voor de "
      "EPSCO van maart 2026 informeren over de prioriteiten van Cyprus' (a new subject: made).  Not "
      "promises: 'De triloog ... begint in februari 2026', 'Een akkoord wordt niet voor de zomer "
      "verwacht', the informele EPSCO of 23 and 24 February.  Look-alikes: COM(2025) 418, "
      "2025/0177(COD), Verordening (EG) nr. 883/2004, artikel 48 VWEU, 1.400.000 grensarbeiders, ST "
      "15877/25, EUR 2.248,80, '26 november jl.', '16 december jl.'.",
      "2025-12-19", "brief", "2025-12-19", "kst-21501-31-812",
      [K("kst-21501-31-806"), K("kst-21501-31-798"), K("kst-21501-31-801", II, Y),
       K("kst-21501-31-803")],
      [H("h-tk-20252026-33-19")],
      [],
      [M("kst-21501-31-798", [S("De Graaf-Wouters", "ChristenUnie")], True, "progress"),
       M("kst-21501-31-801", [S("Strijbos", "JA21")], False, "settled"),
       M("kst-21501-31-803", [S("Koçak", "SP"), S("Van Dorp", "GroenLinks-PvdA")], False, "cited")],
      [C(["MSZW"], "2025-12-04", rel="settled", venue="commissiedebat EU-Sociale Raad",
         deadline="voor het kerstreces",
         about="standpunten lidstaten digitale detacheringsverklaring (toegezegd aan El Idrissi); "
               "'Daarmee is deze toezegging nagekomen'"),
       C(["SSZW"], "2025-12-04", rel="progress", deadline="in het eerste kwartaal van 2026",
         about="Europese aanpak kinderarmoede; volgt in de brief over de Kindergarantie"),
       C(["MSZW"], None, rel="made", deadline="voor de EPSCO van maart 2026",
         about="prioriteiten Cypriotisch voorzitterschap arbeidsmigratie ('Ik zal uw Kamer')")])

# 003: kabinetsappreciatie of a Commission proposal, 22 112 Kamerstuk, minister van Financiën
write("003_kabinetsappreciatie_22112_fin_spaarrekening", "d3.txt",
      "Kabinetsappreciatie as a Kamerstuk in the 22 112 dossier ('Nr. 4187 BRIEF VAN DE MINISTER VAN "
      "FINANCIËN', 'Den Haag, 21 november 2025'): kind brief, self_id kst-22112-4187; 'ik' the "
      "minister van Financiën (MFin).  Kamerstukken: 'Kamerstuk 22 112, nr. 4163; 2025D44871' (the "
      "BNC-fiche, with its Kamer document number), 'Kamerstuk 21 501-07, nr. 2098', 'Kamerstuk 22 "
      "112, nr. 4102', 'Kamerstukken II 2025/26, 21 501-07, nr. 2103' (II 2025-2026), compact "
      "'21501-07-2081' (chamber, year null).  Motions: Schaap (VVD) and Van Oosten-Bakker (NSC) "
      "'De Kamer heeft met de aangenomen motie ... verzocht' (cited; the subject wraps with a hyphen "
      "'kapitaalmarkten-/unie'); Visser (Volt) 'vraagt om' (cited); Koçak (SP) c.s. 'daarmee beschouw "
      "ik de motie als afgedaan' (settled).  Commitments: the promise of the commissiedebat "
      "Eurogroep/Ecofinraad of '5 november jl.' 'voor 1 december 2025', 'Met deze brief doe ik die "
      "toezegging gestand' (settled); 'Ik zeg u toe dat ik uw Kamer voor de Ecofinraad van maart 2026 "
      "een nadere analyse stuur' (made).  Not promises: 'De Raadswerkgroep start in januari 2026', "
      "'uiterlijk in 2028' (the Commissie's aim).  Look-alikes: COM(2025) 612, 2025/0312(COD), CELEX "
      "52025PC0612, artikel 114 VWEU, artikel 5, lid 3, VEU, Verordening (EU) 2024/1689, Richtlijn "
      "2014/65/EU, EUR 11.500 miljard, 32 procent, EUR 140 tot 210 miljoen, EUR 1.700 miljard, "
      "'paragraaf 3', the fiche's list letters a)-e).",
      "2025-11-21", "brief", "2025-11-21", "kst-22112-4187",
      [K("kst-22112-4163"), K("kst-21501-07-2098"), K("kst-22112-4102"),
       K("kst-21501-07-2103", II, Y), K("kst-21501-07-2081")],
      [],
      [T("2025D44871", "document")],
      [M("kst-21501-07-2098", [S("Schaap", "VVD"), S("Van Oosten-Bakker", "NSC")], False, "cited"),
       M("kst-22112-4102", [S("Visser", "Volt")], False, "cited"),
       M("kst-21501-07-2103", [S("Koçak", "SP")], True, "settled")],
      [C(["MFin"], "2025-11-05", rel="settled", venue="commissiedebat Eurogroep/Ecofinraad",
         deadline="voor 1 december 2025",
         about="kabinetsappreciatie spaar- en beleggingsrekening; 'Met deze brief doe ik die "
               "toezegging gestand'"),
       C(["MFin"], None, rel="made", deadline="voor de Ecofinraad van maart 2026",
         about="nadere analyse gevolgen pensioensector ('Ik zeg u toe')")])

# 004: verslag van een schriftelijk overleg, RAZ, minister van Buitenlandse Zaken
write("004_verslag_schriftelijk_overleg_raz_buza", "d4.txt",
      "Verslag van een schriftelijk overleg ('21 501-02 ... Nr. 3307 VERSLAG VAN EEN SCHRIFTELIJK "
      "OVERLEG', 'Vastgesteld 12 december 2025'), question and answer per fractie: kind verslag, "
      "date 2025-12-12, self_id kst-21501-02-3307; 'ik' in the answers the minister van "
      "Buitenlandse Zaken (MBuZa) named in the opening.  Kamerstukken: 21 501-02, nr. 3296 (the "
      "geannoteerde agenda), 21 501-20, nrs. 2231 and 2240, 23 987, nr. 418, compact '(21501-02, nr. "
      "3254)', 21 501-02, nr. 3261 (all chamber, year null).  Zaak number 2025Z21904.  Motions: "
      "Schaap c.s. (no party in the reference) 'Over de uitvoering van deze motie bericht ik u in het "
      "verslag van de Raad' (progress); Van Dorp (GroenLinks-PvdA) and El Idrissi (D66) 'blijft zich "
      "... inzetten voor de uitvoering ...; in januari stel ik dit ... opnieuw aan de orde' "
      "(progress); motie-Brouwers verworpen (cited); Ter Horst-Ammerlaan (CDA) 'is uitgevoerd ... "
      "afgedaan' (settled).  Commitments: the NSC inbreng names the promise of the commissiedebat "
      "Raad Algemene Zaken of '19 november jl.' 'voor het kerstreces'; the answer 'heb ik gestand "
      "gedaan met mijn brief van 5 december jl.' (settled, one record); 'Ik zeg toe dat ik uw Kamer "
      "binnen twee weken na de hoorzitting informeer' (made, date null: made by the answers the "
      "verslag holds, as heldout27 003).  Not promises: 'Kan de minister toezeggen', 'vragen of de "
      "minister kan toezeggen', 'Dat kan ik niet toezeggen'.  Look-alikes: EUR 1.980 miljard, "
      "COM(2025) 570, 2028-2034, artikel 7, lid 1, VEU, EUR 50 miljard, '25 november jl.' (a vote), "
      "the dates of the procedure (28 november, 3 and 10 december 2025).",
      "2025-12-12", "verslag", "2025-12-12", "kst-21501-02-3307",
      [K("kst-21501-02-3296"), K("kst-21501-20-2231"), K("kst-23987-418"),
       K("kst-21501-02-3254"), K("kst-21501-20-2240"), K("kst-21501-02-3261")],
      [],
      [T("2025Z21904", "zaak")],
      [M("kst-21501-20-2231", [S("Schaap")], True, "progress"),
       M("kst-21501-02-3254", [S("Van Dorp", "GroenLinks-PvdA"), S("El Idrissi", "D66")], False,
         "progress"),
       M("kst-21501-20-2240", [S("Brouwers")], False, "cited"),
       M("kst-21501-02-3261", [S("Ter Horst-Ammerlaan", "CDA")], False, "settled")],
      [C(["MBuZa"], "2025-11-19", rel="settled", venue="commissiedebat Raad Algemene Zaken",
         deadline="voor het kerstreces",
         about="brief hervorming uitbreidingsmethodiek; gestand gedaan met Kamerstuk 23 987, nr. 418"),
       C(["MBuZa"], None, rel="made", deadline="binnen twee weken na de hoorzitting",
         about="uitkomst hoorzitting artikel 7-procedure Hongarije ('Ik zeg toe')")])

# 005: letter of the minister voor BHO with a status list (bijlage)
write("005_brief_bho_overzicht_moties_toezeggingen_handel", "d5.txt",
      "Margin-form letter of the minister voor Buitenlandse Handel en Ontwikkelingshulp (MBHO), "
      "'Datum 4 februari 2026', with a bijlage 'Overzicht moties en toezeggingen EU-handelspolitiek' "
      "as a numbered list with a 'Status:' line per item: kind brief, self_id null.  'Uw kenmerk "
      "2026Z01266' a zaak number, 'TZ202511-118' a toezegging number (and the refs of row 4).  "
      "The opening 'wat daar als afgedaan staat, beschouw ik met deze brief als afgedaan' covers "
      "only the rows marked afgedaan; each row's status gives its relation.  Kamerstukken: 21 501-02, "
      "nr. 3190, 36 800 XVII, nr. 41, 26 485, nr. 512 (chamber, year null), 'Kamerstukken II "
      "2025/26, 36 800 XVII, nr. 47' (II 2025-2026).  Handelingen II 2025/26, nr. 24, item 7.  "
      "Motions: row 1 Veltman (BBB) c.s. afgedaan (settled); row 2 Van Dorp (GroenLinks-PvdA) and "
      "Lemmens (PvdD) 'loopt' (progress); row 3 Brouwers (PVV) aangehouden (cited).  Commitments: row "
      "4 commissiedebat Raad Buitenlandse Zaken (Handel) of 13 november 2025, 'voor 1 maart 2026', "
      "'afgedaan met de brief van 20 januari 2026' (settled); row 5 begrotingsbehandeling of 20 "
      "november 2025, 'in uitvoering' (progress; 'het onderzoek verschijnt medio 2026' a status "
      "time, deadline null); row 6 'Toezegging van mijn ambtsvoorganger in het commissiedebat "
      "Handelspolitiek van 12 maart 2025' (the office, MBHO; afgedaan: settled; no term); in the "
      "letter 'Over de evaluatie ... zal ik uw Kamer voor de zomer van 2026 informeren' (made).  "
      "Not promises: the commissiedebat of '25 februari a.s.', the commissie's request of '22 januari "
      "jl.'.  Look-alikes: Postbus 20061 2500 EB, Rijnstraat 8, 2515 XP, +31 70 348 64 86, "
      "BHO-2026-0000031877, artikel 207 VWEU, EUR 2,3 miljard, 2.650 bedrijven, Verordening (EU) "
      "2016/1036, CELEX 32016R1036, row numbers 1.-6., '1 december 2025'.",
      "2026-02-04", "brief", "2026-02-04", None,
      [K("kst-21501-02-3190"), K("kst-36800-XVII-41"), K("kst-36800-XVII-47", II, Y),
       K("kst-26485-512")],
      [H("h-tk-20252026-24-7")],
      [T("2026Z01266", "zaak"), T("TZ202511-118", "toezegging")],
      [M("kst-21501-02-3190", [S("Veltman", "BBB")], True, "settled"),
       M("kst-36800-XVII-41", [S("Van Dorp", "GroenLinks-PvdA"), S("Lemmens", "PvdD")], False,
         "progress"),
       M("kst-36800-XVII-47", [S("Brouwers", "PVV")], False, "cited")],
      [C(["MBHO"], None, rel="made", deadline="voor de zomer van 2026",
         about="evaluatie anti-dumpingverordening ('zal ik uw Kamer ... informeren')"),
       C(["MBHO"], "2025-11-13", rel="settled",
         venue="commissiedebat Raad Buitenlandse Zaken (Handel)", deadline="voor 1 maart 2026",
         refs=["TZ202511-118"], about="uitkomst WTO-ministeriële conferentie; afgedaan met 26 485, nr. 512"),
       C(["MBHO"], "2025-11-20", rel="progress",
         venue="begrotingsbehandeling Buitenlandse Handel en Ontwikkelingshulp", deadline=None,
         about="onderzoek gebruik handelsakkoorden Canada en Japan door het mkb; in uitvoering"),
       C(["MBHO"], "2025-03-12", rel="settled", venue="commissiedebat Handelspolitiek",
         deadline=None, about="aansluiten bij de kopgroep kritieke grondstoffen (ambtsvoorganger); afgedaan")])
