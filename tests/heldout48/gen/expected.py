"""Writes heldout48's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: WHO made each commitment.  Actors are tests/annotation.py's ACT
abbreviations of the bewindspersoon who made the promise (not of the one who
writes about it): "ik" the signer, or in a letter in two parts the minister of
that part; "mijn (ambts)voorganger" the office of the writer; "de toenmalige
minister/staatssecretaris van X" the office of that time (MBZK, SBZK, MWWI,
MVRO); "de minister van OCW en ik", "wij" and "De bewindspersonen" all of
them; a register's "MinJenV", "SJenV", "SRb", "MinAenM" or a name the letter
explains.  Promises of a gemeente, a toezichthouder (ILT, Inspectie, Autoriteit
woningcorporaties), ProRail, the Europese Commissie, and a member's request
("vraagt de minister toe te zeggen") are no commitments."""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: joint letter of the ministers of SZW and OCW, in two parts
write("001_brief_szw_ocw_twee_ministers_kinderopvang_onderwijs", "d1.txt",
      "Kamerbrief signed by two ministers, the minister van SZW (Hoogendoorn-Vis) and the minister van "
      "OCW (Abbink), margin form 'Datum 17 november 2026': kind brief, self_id null.  The opening says "
      "the letter has two parts: in deel A 'ik' is the minister van SZW (MSZW), in deel B the minister "
      "van OCW (MOCW); 'wij' both.  Commitments: deel A 'In het commissiedebat Kinderopvang van 24 "
      "september jl. heb ik toegezegd ... voor het kerstreces', 'met deze brief kom ik die toezegging na' "
      "(MSZW, 2026-09-24, settled); 'Mijn ambtgenoot van Financiën heeft bij de Algemene Financiële "
      "Beschouwingen op 1 oktober jl. toegezegd voor 1 maart 2027 ...', 'wordt op dit moment ... "
      "uitgevoerd' (MFin, 2026-10-01, plenary: venue key left out, progress); 'In het commissiedebat "
      "Integrale kindcentra van 8 oktober jl. hebben de minister van OCW en ik toegezegd voor de zomer "
      "van 2027 ...', 'Die verkenning is gestart' (MSZW+MOCW, progress).  Deel B 'Tijdens het "
      "commissiedebat Funderend onderwijs van 2 juli jl. heb ik toegezegd voor het einde van dit jaar', "
      "'De gesprekken ... lopen nog' (MOCW, 2026-07-02, progress; 'in december' a status time); 'Ik zeg "
      "toe dat ik uw Kamer voor 15 maart 2027 informeer' (MOCW, made); 'Wij zeggen u toe ... voor 1 juli "
      "2027' (MSZW+MOCW, made).  No commitment: the lid Veldhoen-Mol 'vroeg mij ... toe te zeggen' / "
      "'Dat kon ik niet toezeggen'; 'De gemeente Zwolle heeft wel toegezegd'; 'De Inspectie van het "
      "Onderwijs heeft toegezegd'.  Motions: Tazelaar (GroenLinks-PvdA) and Ouwehand-Bakker (NSC) "
      "(31 322, nr. 574) 'is uitgevoerd ... als afgedaan' (settled); Van Brakel-Huis (PVV) (31 293, nr. "
      "789) 'wordt gewerkt' (progress).  31 293, nr. 801 (verslag schriftelijk overleg) a Kamerstuk.  "
      "Look-alikes: Postbus 90801 2509 LV, kenmerk 2026-0000287413, EUR 1,38 miljard, 14 gemeenten, "
      "130%, Stcrt. 2026, 38115, 212 scholen, groep 1 tot en met 3, 'van 2 tot 6 jaar', 070 333 44 44.",
      "2026-11-17", "brief", "2026-11-17", None,
      [K("kst-31322-574"), K("kst-31293-789"), K("kst-31293-801")],
      [],
      [],
      [M("kst-31322-574", [S("Tazelaar", "GroenLinks-PvdA"), S("Ouwehand-Bakker", "NSC")], False, "settled"),
       M("kst-31293-789", [S("Van Brakel-Huis", "PVV")], False, "progress")],
      [C(["MSZW"], "2026-09-24", rel="settled", venue="commissiedebat Kinderopvang",
         deadline="voor het kerstreces", about="deel A: pilot vaste gezichten; 'kom ik die toezegging na'"),
       C(["MFin"], "2026-10-01", rel="progress", deadline="voor 1 maart 2027",
         about="deel A: 'Mijn ambtgenoot van Financiën' at the Algemene Financiële Beschouwingen "
               "(plenary, no venue key); directe financiering, analyse wordt uitgevoerd"),
       C(["MSZW", "MOCW"], "2026-10-08", rel="progress", venue="commissiedebat Integrale kindcentra",
         deadline="voor de zomer van 2027",
         about="deel A: 'hebben de minister van OCW en ik toegezegd'; verkenning wettelijk kader kindcentra gestart"),
       C(["MOCW"], "2026-07-02", rel="progress", venue="commissiedebat Funderend onderwijs",
         deadline="voor het einde van dit jaar",
         about="deel B: 'ik' the minister van OCW; afspraken doorgaande leerlijn, gesprekken lopen nog"),
       C(["MOCW"], None, rel="made", deadline="voor 15 maart 2027",
         about="deel B: 'Ik zeg toe' eerste resultaten leespilot"),
       C(["MSZW", "MOCW"], None, rel="made", deadline="voor 1 juli 2027",
         about="'Wij zeggen u toe': financiering kindcentra na 2028")])

# 002: letter of the minister voor Buitenlandse Handel en Ontwikkelingshulp
write("002_brief_minister_voor_bho_toezeggingen_andere_bewindspersonen", "d2.txt",
      "Margin-form letter on the paper of the Ministerie van Buitenlandse Zaken, signed 'De minister "
      "voor Buitenlandse Handel en Ontwikkelingshulp' (a minister without a ministry of her own: MBHO, "
      "not MBuZa), 'Datum 10 november 2026', 'Uw kenmerk 2026Z18306' (zaak): kind brief, self_id null.  "
      "Commitments: 'Mijn ambtsvoorganger, de toenmalige minister voor Buitenlandse Handel en "
      "Ontwikkelingssamenwerking' in the commissiedebat Handelsbeleid of 14 juni 2023, 'voor eind "
      "2024', 'afgedaan' (the office, MBHO: the BHOS post renamed BHO in 2024, ACT has no own "
      "abbreviation for it; settled); 'Tijdens het commissiedebat Raad Buitenlandse Zaken Handel van 1 "
      "oktober jl. heb ik toegezegd', 'zo doe ik de toezegging gestand' (MBHO, settled, no term); 'De "
      "minister van Economische Zaken en ik hebben in het commissiedebat Exportcontrole van 5 maart jl. "
      "toegezegd ... voor 1 april 2027', 'Het onderzoek is in september gestart' (MBHO+MEZK, progress); "
      "'De minister van Buitenlandse Zaken heeft bij de behandeling van de begroting ... op 29 oktober "
      "jl. toegezegd voor het kerstreces ... (Handelingen II 2026/27, nr. 17, item 5)', 'in "
      "voorbereiding' (MBuZa, plenary: no venue key, progress); 'Ik zeg u toe ... voor 1 maart 2027' "
      "(MBHO, made).  No commitment: the commissie's verzoek, the lid Kahraman-Vos 'vroeg mij ... toe "
      "te zeggen' / 'Dat heb ik niet toegezegd', 'De Europese Commissie heeft wel toegezegd'.  "
      "Kamerstukken 26 485, nr. 478; 31 793, nr. 240 (a letter of 'de toenmalige minister voor Klimaat "
      "en Energie', no commitment); 36 800 XVII, nr. 21 the motion of Stoker-Bremer (ChristenUnie) c.s. "
      "'is uitgevoerd' (settled).  '(36 990 V)' a dossier without a number.  Look-alikes: Postbus "
      "20061 2500 EB, BHO-2026/41873, 37 bedrijven, EUR 125 miljoen, artikel 2.3, 070 348 64 86.",
      "2026-11-10", "brief", "2026-11-10", None,
      [K("kst-26485-478"), K("kst-31793-240"), K("kst-36800-XVII-21")],
      [H("h-tk-20262027-17-5")],
      [T("2026Z18306", "zaak")],
      [M("kst-36800-XVII-21", [S("Stoker-Bremer", "ChristenUnie")], True, "settled")],
      [C(["MBHO"], "2023-06-14", rel="settled", venue="commissiedebat Handelsbeleid",
         deadline="voor eind 2024",
         about="'Mijn ambtsvoorganger, de toenmalige minister voor BHOS': the office; mvo-kader exportkredietverzekering"),
       C(["MBHO"], "2026-10-01", rel="settled", venue="commissiedebat Raad Buitenlandse Zaken Handel",
         deadline=None, about="inzet handelsakkoord Mexico; 'doe ik de toezegging gestand'"),
       C(["MBHO", "MEZK"], "2026-03-05", rel="progress", venue="commissiedebat Exportcontrole",
         deadline="voor 1 april 2027",
         about="'De minister van Economische Zaken en ik hebben ... toegezegd'; evaluatie dual-use gestart"),
       C(["MBuZa"], "2026-10-29", rel="progress", deadline="voor het kerstreces",
         about="'De minister van Buitenlandse Zaken heeft bij de behandeling van de begroting ... toegezegd' "
               "(plenary, no venue key); brief sancties in voorbereiding"),
       C(["MBHO"], None, rel="made", deadline="voor 1 maart 2027",
         about="'Ik zeg u toe': evaluatie Dutch Good Growth Fund")])

# 003: letter of the minister van VRO on older promises of predecessors
write("003_brief_mvro_toezeggingen_voorgangers_toenmalige_bewindspersonen", "d3.txt",
      "Margin-form letter of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO), 'Datum "
      "24 november 2026': kind brief, self_id null.  Commitments, each of who made it: 'Mijn "
      "ambtsvoorganger ... commissiedebat Huurbeleid van 6 februari 2025 ... voor 1 juli 2025', "
      "'nagekomen' (MVRO office, settled); 'Mijn voorganger zegde in het wetgevingsoverleg Wonen van 18 "
      "november 2024 toe ... jaarlijks', 'De monitor over 2026 volgt in december' (MVRO, progress; "
      "'jaarlijks' a frequency, deadline key left out as heldout36 'halfjaarlijks'); 'De toenmalige "
      "minister voor Volkshuisvesting en Ruimtelijke Ordening' (the Rutte IV minister voor, same office, "
      "MVRO) at the plenary behandeling of the Wet betaalbare huur on 7 december 2023 (Handelingen II "
      "2023/24, nr. 32, item 9), 'binnen drie jaar na inwerkingtreding', 'is aanbesteed' (progress, no "
      "venue key); 'De toenmalige staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties' in "
      "the commissiedebat Volkshuisvesting Caribisch Nederland of 15 september 2022 (SBZK: made by him, "
      "now with the minister; 'in voorbereiding' progress); 'De toenmalige minister van Binnenlandse "
      "Zaken en Koninkrijksrelaties' in the algemeen overleg Woningcorporaties of 3 oktober 2019 "
      "(MBZK, 'uitgevoerd' settled); 'de toenmalige minister voor Wonen, Wijken en Integratie' in the "
      "algemeen overleg Huurbeleid on 24 juni 2009 (MWWI, 'elk jaar' a frequency: deadline key left "
      "out; 'achterhaald; ik verzoek uw Kamer haar als vervallen te beschouwen' addressed, as heldout17 "
      "'vervallen'); 'Tot slot zeg ik toe ... voor de zomer van 2027' (MVRO, made).  No commitment: "
      "the lid Hoekstra-Bril 'vroeg mijn ambtsvoorganger ... toe te zeggen', 'Dat is toen niet "
      "toegezegd'; 'De Autoriteit woningcorporaties heeft wel toegezegd'.  Kamerstukken 27 926, nr. "
      "402; 32 847, nr. 1311 the motion of Kerkhoven-Dal (BBB) 'uitgevoerd' (settled).  Look-alikes: "
      "Postbus 20011, kenmerk 2026-0000301958, 342 gemeenten, Stb. 2022, 541, 19 corporaties, "
      "'1 januari 2023', 'Staat van de corporatiesector 2027'.",
      "2026-11-24", "brief", "2026-11-24", None,
      [K("kst-27926-402"), K("kst-32847-1311")],
      [H("h-tk-20232024-32-9")],
      [],
      [M("kst-32847-1311", [S("Kerkhoven-Dal", "BBB")], False, "settled")],
      [C(["MVRO"], "2025-02-06", rel="settled", venue="commissiedebat Huurbeleid",
         deadline="voor 1 juli 2025", about="'Mijn ambtsvoorganger': evaluatie huurtoeslaggrenzen, nagekomen"),
       C(["MVRO"], "2024-11-18", rel="progress", venue="wetgevingsoverleg Wonen",
         about="'Mijn voorganger': monitor middenhuur per gemeente (jaarlijks: deadline key left out)"),
       C(["MVRO"], "2023-12-07", rel="progress", deadline="binnen drie jaar na inwerkingtreding",
         about="'De toenmalige minister voor VRO' at the plenary Wet betaalbare huur; evaluatie aanbesteed"),
       C(["SBZK"], "2022-09-15", rel="progress",
         venue="commissiedebat Volkshuisvesting Caribisch Nederland", deadline=None,
         about="'De toenmalige staatssecretaris van BZK': woningbehoefteraming BES, in voorbereiding"),
       C(["MBZK"], "2019-10-03", rel="settled", venue="algemeen overleg Woningcorporaties", deadline=None,
         about="'De toenmalige minister van BZK': evaluatie verhuurderheffing, uitgevoerd"),
       C(["MWWI"], "2009-06-24", rel="addressed", venue="algemeen overleg Huurbeleid",
         about="'de toenmalige minister voor Wonen, Wijken en Integratie': jaarlijks huurharmonisatie; "
               "achterhaald, 'als vervallen te beschouwen'"),
       C(["MVRO"], None, rel="made", deadline="voor de zomer van 2027",
         about="'Tot slot zeg ik toe': geactualiseerd overzicht openstaande toezeggingen")])

# 004: JenV letter with a toezeggingen table, column Bewindspersoon
write("004_brief_jenv_overzicht_toezeggingen_kolom_bewindspersoon", "d4.txt",
      "Margin-form letter of the minister van Justitie en Veiligheid (Verhoef), 'mede namens' the "
      "staatssecretaris van JenV (Van Dalsum) and the staatssecretaris Rechtsbescherming (Oudeman), "
      "'Datum 12 november 2026': kind brief, self_id null.  The letter explains the column "
      "Bewindspersoon: MinJenV -> MJenV, SJenV, SRb, MinAenM -> MAenM; 'Waar de kolom een naam noemt, is "
      "dat de bewindspersoon die de toezegging toen deed' (Staatssecretaris Van Dalsum SJenV, Minister "
      "Verhoef MJenV).  The bijlage table: seven toezeggingen, each dated to the debate in 'Datum', "
      "venue the 'Gedaan in' cell as written ('CD Politie', 'TMD Jeugdcriminaliteit', 'WGO "
      "Rechtsbijstand'), deadline the Termijn cell ('-' null), relation from Stand (Afgedaan settled; "
      "Loopt / In uitvoering progress; 'Overgedragen' to the minister van AenM, who 'rapporteert hierover "
      "zelf': relation key left out, neither done nor a step of this letter), refs and tk_numbers the TZ "
      "numbers.  'MinJenV / SRb' and 'De bewindspersonen' one promise of both.  No commitment: 'De "
      "Inspectie JenV heeft toegezegd' (a toezichthouder), the OM and politie, the commissie's letter "
      "(2026Z17532, zaak).  Kamerstukken 29 628, nr. 1301; 31 753, nr. 298; 29 911, nr. 461 the "
      "motie-Yıldırım c.s. whose uitvoering 'is vertraagd' (progress).  Look-alikes: Postbus 20301 "
      "2500 EH, kenmerk 6718203, 1.200 wijkagenten, PI Veenhuizen, 23 jeugdinrichtingen, '15 januari "
      "2027', 070 370 79 11.",
      "2026-11-12", "brief", "2026-11-12", None,
      [K("kst-29628-1301"), K("kst-31753-298"), K("kst-29911-461")],
      [],
      [T("2026Z17532", "zaak"), T("TZ202602-034", TZ), T("TZ202603-118", TZ), T("TZ202604-051", TZ),
       T("TZ202605-009", TZ), T("TZ202606-077", TZ), T("TZ202606-140", TZ), T("TZ202606-152", TZ)],
      [M("kst-29911-461", [S("Yıldırım")], True, "progress")],
      [C(["MJenV"], "2026-02-12", rel="settled", venue="CD Politie", deadline="Q4 2026",
         refs=["TZ202602-034"], about="MinJenV; wijkagenten, afgedaan met de Voortgangsbrief politie"),
       C(["SJenV"], "2026-03-19", rel="progress", venue="CD Gevangeniswezen en tbs",
         deadline="voor de zomer van 2027", refs=["TZ202603-118"], about="SJenV; capaciteitsplan PI's, Loopt"),
       C(["SJenV"], "2026-04-16", rel="progress", venue="TMD Jeugdcriminaliteit", deadline=None,
         refs=["TZ202604-051"],
         about="'Staatssecretaris / Van Dalsum' wrapped in the cell = SJenV (named in the letter); In uitvoering"),
       C(["SRb"], "2026-05-28", rel="progress", venue="CD Rechtspraak", deadline="1 januari 2027",
         refs=["TZ202605-009"], about="SRb; wetsvoorstel griffierechten, Loopt"),
       C(["MJenV", "SRb"], "2026-06-15", rel="settled", venue="WGO Rechtsbijstand", deadline="najaar 2026",
         refs=["TZ202606-077"], about="'MinJenV / SRb', 'De bewindspersonen'; Afgedaan met brief 31 753, nr. 298"),
       C(["MAenM"], "2026-06-25", venue="CD Vreemdelingen- en asielbeleid", deadline="eind 2026",
         refs=["TZ202606-140"], about="MinAenM; Overgedragen: relation key left out"),
       C(["MJenV"], "2026-06-30", rel="progress", venue="CD Georganiseerde criminaliteit", deadline=None,
         refs=["TZ202606-152"], about="'Minister Verhoef' = MJenV (the signer); brief over motie-Yıldırım, Loopt")])

# 005: verslag of a commissiedebat with the minister and the staatssecretaris van IenW
write("005_verslag_commissiedebat_ienw_minister_staatssecretaris_toezeggingen", "d5.txt",
      "Verslag van een commissiedebat (29 984, nr. 1207, 'Vastgesteld 26 november 2026'): kind verslag, "
      "date 2026-11-26, self_id kst-29984-1207.  The debate of 29 oktober 2026 with minister Dekkers "
      "(MIenW) and staatssecretaris Van Houten (SIenW).  'Toezeggingen:' list, each made, dated "
      "2026-10-29, venue left out (the list names none, heldout42 004): 'De minister zegt toe ... voor "
      "1 april 2027' (MIenW; also 'Wel zeg ik toe' in the debate, one record); 'De staatssecretaris "
      "zegt toe ... zodra het rapport verschijnt' (SIenW; 'Dat zeg ik mevrouw Bakkenes graag toe' in the "
      "debate; 'zodra het rapport verschijnt' no date phrase, the ILT's 'voor de zomer' is the "
      "report's: deadline key left out); 'De bewindspersonen zeggen toe in het voorjaar van 2027' "
      "(MIenW+SIenW; 'De staatssecretaris en ik sturen ...' in the debate); 'De staatssecretaris gaat "
      "in de volgende voortgangsbrief ERTMS in op' (SIenW, no time phrase: deadline null).  Older: 'In "
      "het commissiedebat Openbaar vervoer van 12 maart jl. heb ik toegezegd', 'nagekomen' (SIenW, "
      "2026-03-12, settled); a member recalls 'De minister van Defensie heeft in het commissiedebat "
      "Militaire mobiliteit van 9 april jl. toegezegd' (MDef, 2026-04-09, cited).  No commitment: 'Ik "
      "vraag de minister toe te zeggen', 'zeg ik de heer Lammers niet toe', 'Kan de staatssecretaris "
      "toezeggen' (answered yes: the staatssecretaris's record), 'De ILT heeft toegezegd', 'ProRail heeft "
      "mij toegezegd'.  Kamerstukken 33 652, nr. 104; 29 984, nr. 1198; 29 984, nr. 1170 the "
      "motie-Ravenstein 'daarmee is die motie uitgevoerd' (settled; party null, Lammers (PVV) is the "
      "speaker).  Look-alikes: 138 overwegen, 30 per jaar, 41 gemeenten, 2030, kilometer 112,4 tot "
      "118,9, 62 dieseltreinen, 6 leden, 14.00 uur, 17.12 uur, d.d. 2 oktober 2026.",
      "2026-11-26", "verslag", "2026-11-26", "kst-29984-1207",
      [K("kst-33652-104"), K("kst-29984-1198"), K("kst-29984-1170")],
      [],
      [],
      [M("kst-29984-1170", [S("Ravenstein")], False, "settled")],
      [C(["MIenW"], "2026-10-29", rel="made", deadline="voor 1 april 2027",
         about="'De minister zegt toe': overzicht onbewaakte overwegen per gemeente"),
       C(["SIenW"], "2026-10-29", rel="made",
         about="'De staatssecretaris zegt toe': uitkomsten ILT-onderzoek Hanzelijn; deadline key left out"),
       C(["MIenW", "SIenW"], "2026-10-29", rel="made", deadline="in het voorjaar van 2027",
         about="'De bewindspersonen zeggen toe': gezamenlijke brief capaciteit spoor militair transport"),
       C(["SIenW"], "2026-10-29", rel="made", deadline=None,
         about="'De staatssecretaris gaat in de volgende voortgangsbrief ERTMS in op' de ombouwkosten"),
       C(["SIenW"], "2026-03-12", rel="settled", venue="commissiedebat Openbaar vervoer", deadline=None,
         about="reizigerscijfers nachttreinen; 'nagekomen'"),
       C(["MDef"], "2026-04-09", rel="cited", venue="commissiedebat Militaire mobiliteit", deadline=None,
         about="recalled by the lid Van Rijn: onderzoek militaire treinen")])
