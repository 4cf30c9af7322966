"""Writes heldout46's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

One fictional bill, 36 947 (Wet woningdelen en leegstand, minister van
Volkshuisvesting en Ruimtelijke Ordening H.M. Bosschaart, MVRO), followed
through its memorie van toelichting, nota naar aanleiding van het verslag,
tweede nota van wijziging, the Stemmingen and the minister's letter after
the plenary behandeling.  Amendments (also subamendments and a gewijzigd
amendement 'ter vervanging van nr. 9') are Kamerstukken, never motions."""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"
ME = ["MVRO"]

# 001: memorie van toelichting
write("001_memorie_van_toelichting_wet_woningdelen_moties_toezeggingen", "d1.txt",
      "Memorie van toelichting, 36 947, nr. 3 (MVRO signs): kind and date left out (heldout8/10/25: "
      "a memorie van toelichting states no date), self_id kst-36947-3 (header 'Nr. 3' and the footer "
      "'36 947, nr. 3', no reference); reference_date a date after the RvS advice (26 augustus 2026) "
      "and before the bill's later stukken.  Motions: 'Met dit wetsvoorstel wordt uitvoering gegeven "
      "aan de motie van het lid Rietveld (Kamerstukken II 2024/25, 32 847, nr. 1296)' (settled); "
      "Holterman (D66) and Van Beek-Smit (CDA) (36 800 XXII, nr. 38) 'gedeeltelijk invulling ... de "
      "hoogte wordt bij AMvB vastgesteld ... voorgehangen' (progress); 'In paragraaf 5 wordt "
      "ingegaan op de motie-Schaap c.s.' (addressed; paragraph 5 itself names no motion and says "
      "neither done nor in progress); Van der Meulen (nr. 1302) verworpen (cited); the Eerste Kamer "
      "motie-Dekkers-Aalbers c.s. (Kamerstukken I 2023/24, 36 040, K), 'geeft aan die motie "
      "uitvoering' (settled).  Commitments: commissiedebat Woningmarkt of 12 maart 2026 "
      "(TZ202603-118) 'wordt die toezegging nagekomen' (settled, no term: deadline null); the minister "
      "in the Eerste Kamer on 10 februari 2026 (T03841), 'Dat onderzoek loopt nog' (progress, venue "
      "left out for a plenary sitting, no term); 'De regering zegt toe de werking van deze wet binnen "
      "drie jaar na inwerkingtreding te evalueren' (made, the signer).  Not a commitment: 'De VNG heeft "
      "toegezegd een modelverordening op te stellen' (no bewindspersoon).  Look-alikes: '32 847 "
      "woningen' (a dossier's digits), artikel I, onderdeel B / D, artikel II, III, IV, artikel 21a, "
      "tweede lid, 412 reacties, 24 maanden, W04.26.0188/I, EUR 3,6 miljoen, artikel 2 van de "
      "Financiële-verhoudingswet, Stb. 2014, 248, Stcrt. 2026, 21344, Huisvestingswet 2014, 2 juni "
      "tot en met 14 juli 2026.",
      "2026-09-15", OMIT, OMIT, "kst-36947-3",
      [K("kst-32847-1296", "II", "2024-2025"), K("kst-36800-XXII-38", "II", "2025-2026"),
       K("kst-32847-1311"), K("kst-32847-1302"), K("kst-36040-K", "I", "2023-2024")],
      [],
      [T("TZ202603-118", TZ), T("T03841", TZ)],
      [M("kst-32847-1296", [S("Rietveld")], False, "settled"),
       M("kst-36800-XXII-38", [S("Holterman", "D66"), S("Van Beek-Smit", "CDA")], False, "progress"),
       M("kst-32847-1311", [S("Schaap")], True, "addressed"),
       M("kst-32847-1302", [S("Van der Meulen")], False, "cited"),
       M("kst-36040-K", [S("Dekkers-Aalbers")], True, "settled")],
      [C(ME, "2026-03-12", rel="settled", venue="commissiedebat Woningmarkt", deadline=None,
         refs=["TZ202603-118"], about="meldplicht in plaats van vergunningplicht; nagekomen"),
       C(ME, "2026-02-10", rel="progress", deadline=None, refs=["T03841"],
         about="leegstandsheffing bij bedrijfspanden (Eerste Kamer); onderzoek loopt"),
       C(ME, None, rel="made", deadline="binnen drie jaar na inwerkingtreding",
         about="evaluatie van de wet ('De regering zegt toe')")])

# 002: tweede nota van wijziging after the plenary debate
write("002_tweede_nota_van_wijziging_toezegging_plenair_motie", "d2.txt",
      "Tweede nota van wijziging, 36 947, nr. 28, 'Ontvangen 12 februari 2027' (MVRO signs): kind left "
      "out (as a nota naar aanleiding van het verslag, heldout13/23/39), date the Ontvangen date, "
      "self_id kst-36947-28.  The onderdelen A-C ('Artikel I, onderdeel B', 'artikel 21a, eerste lid', "
      "'artikel II, onderdeel C', 'artikel 3b, tweede lid', 'ARTIKEL IIIa') are look-alikes.  "
      "Commitments, both made 'Tijdens de plenaire behandeling van het wetsvoorstel op 10 februari "
      "2027' (venue left out for a plenary behandeling, heldout23/32/37): to Rietveld, 'Met onderdeel "
      "A kom ik die toezegging na' (settled, no term: deadline null); to Kanters 'In hetzelfde debat', "
      "'Dat onderzoek is gestart; ik informeer de Kamer over de uitkomst voor de behandeling van het "
      "wetsvoorstel in de Eerste Kamer' (progress; the new time phrase is the deadline, tests/gold).  "
      "Handelingen II 2026/27, nr. 48, item 11.  Motions: Oosterwijk (SP) (32 847, nr. 1325) 'geeft "
      "uitvoering ... beschouw ik haar ... als uitgevoerd' (settled); Kanters (36 947, nr. 23) 'heb ik "
      "in het debat ontraden. Deze nota van wijziging verandert dat oordeel niet' (cited).  "
      "Amendments: Schaap's (Kamerstuk 36 947, nr. 13) and 'Het amendement-Van Dijk (stuk nr. 12)' "
      "(dossier from context, chamber and year null) are Kamerstukken only; the eerste nota van "
      "wijziging nr. 7 a Kamerstuk.  Look-alikes: 'vier/zes huishoudens', 'zes/twaalf maanden', "
      "'binnen drie jaar', 3 november 2026, EUR 3,6 miljoen, Stb. 2014, 251, Besluit "
      "huisvestingsvergunning 2014.",
      "2027-02-12", OMIT, "2027-02-12", "kst-36947-28",
      [K("kst-36947-13"), K("kst-36947-7"), K("kst-32847-1325"), K("kst-36947-12"),
       K("kst-36947-23")],
      [H("h-tk-20262027-48-11")],
      [],
      [M("kst-32847-1325", [S("Oosterwijk", "SP")], False, "settled"),
       M("kst-36947-23", [S("Kanters")], False, "cited")],
      [C(ME, "2027-02-10", rel="settled", deadline=None,
         about="aantal huishoudens zonder vergunning verhogen (Rietveld); onderdeel A"),
       C(ME, "2027-02-10", rel="progress",
         deadline="voor de behandeling van het wetsvoorstel in de Eerste Kamer",
         about="onderzoek agrarische bedrijfswoningen (Kanters); gestart")])

# 003: nota naar aanleiding van het verslag
write("003_nota_nav_verslag_wet_woningdelen_fracties_moties", "d3.txt",
      "Nota naar aanleiding van het verslag, 36 947, nr. 6, 'Ontvangen 14 december 2026' (MVRO "
      "signs; 'ik' the minister): kind left out, date the Ontvangen date, self_id kst-36947-6 "
      "(heldout23 006, heldout39 002).  Kamerstukken: the verslag nr. 5, the nota van wijziging nr. 7, "
      "the memorie van toelichting 'nr. 3, p. 9' (a page, no number), the motions, and the "
      "amendment-Van Dijk c.s. on the Huisvestingswet 2014 (32 271, nr. 24: a Kamerstuk, no motion); "
      "all 'Kamerstuk' without chamber or year (null).  Motions the fracties cite: 'de motie-\\n"
      "Rietveld' (hyphen at a line end; 32 847, nr. 1296) 'Dat is het geval: ... volledig uitvoering' "
      "(settled); De Vlieger (VVD) (36 800 XXII, nr. 41) verworpen (cited, party VVD); "
      "Holterman/Van Beek-Smit (name broken over the line) 'Aan dat ontwerpbesluit wordt gewerkt' "
      "(progress); 'de aangehouden motie-Oosterwijk' (nr. 1319, cited).  Commitments: the "
      "commissiedebat Leegstand of 24 september 2026, 'daarmee is de toezegging afgedaan' (settled, "
      "no term); 'Ik zeg toe dat de evaluatie ... ook de gevolgen voor studenten en starters in beeld "
      "brengt' (made, no term); 'Ik zeg deze leden toe dat ik voor de plenaire behandeling in een "
      "brief uiteenzet' (made).  Not a commitment: 'vragen de regering toe te zeggen ... Dat kan ik "
      "niet toezeggen'.  Look-alikes: '61 stemmen voor en 89 stemmen tegen', artikel 21a, artikel 21, "
      "onder d, artikel IV, artikel 7, eerste lid, Wet op de huurtoeslag, EUR 45, '1.296 meldingen' "
      "(the digits of nr. 1296), 2 juni 2026.",
      "2026-12-14", OMIT, "2026-12-14", "kst-36947-6",
      [K("kst-36947-5"), K("kst-36947-7"), K("kst-32847-1296"), K("kst-36800-XXII-41"),
       K("kst-36800-XXII-38"), K("kst-32271-24"), K("kst-36947-3"), K("kst-32847-1319")],
      [],
      [],
      [M("kst-32847-1296", [S("Rietveld")], False, "settled"),
       M("kst-36800-XXII-41", [S("De Vlieger", "VVD")], False, "cited"),
       M("kst-36800-XXII-38", [S("Holterman"), S("Van Beek-Smit")], False, "progress"),
       M("kst-32847-1319", [S("Oosterwijk")], False, "cited")],
      [C(ME, "2026-09-24", rel="settled", venue="commissiedebat Leegstand", deadline=None,
         about="overzicht leegstaande woningen per gemeente; afgedaan"),
       C(ME, None, rel="made", deadline=None,
         about="evaluatie ook over studenten en starters ('Ik zeg toe')"),
       C(ME, None, rel="made", deadline="voor de plenaire behandeling",
         about="brief meldplicht bedrijfswoningen ('Ik zeg deze leden toe')")])

# 004: Handelingen, Stemmingen over the bill, its amendments and its motions
write("004_handelingen_stemmingen_wetsvoorstel_amendementen_moties", "d4.txt",
      "Handelingen II, 'Vergaderjaar 2026-2027, nr. 50, item 14', 'Vergadering van dinsdag 16 februari "
      "2027': kind handelingen, date 2027-02-16, self_id h-tk-20262027-50-14.  '(36947)' a dossier, no "
      "Kamerstuk; '(Handelingen II 2026/27, nr. 48, item 11)' a reference.  Amendments, Kamerstukken "
      "only (dossier 36947 from the item, chamber and year null): amendement-Schaap (stuk nr. 13, "
      "ingetrokken), subamendement-Kanters (stuk nr. 18) op het amendement-Van Dijk (stuk nr. 12), "
      "'het gewijzigde amendement-Oosterwijk (stuk nr. 16, I, ter vervanging van nr. 9)' (16 and 9; "
      "the roman I is the amendment's onderdeel, no sub-dossier), amendement-Kanters/Holterman (stuk "
      "nr. 19), 'stuk nrs. 12 en 19' (the same two again).  Motions: every voted, held or listed "
      "motion is cited (gold 018, heldout29): Rietveld c.s. nr. 20 and the gewijzigde motie 'Zij "
      "krijgt nr. 29, was nr. 20 (36947).' (own record, same sponsors, aangenomen); Oosterwijk nr. 21 "
      "(verworpen), Holterman/Kanters nr. 22, Kanters nr. 23 (verworpen), El Khatib/Rietveld nr. 24, "
      "Van Beek-Smit c.s. nr. 25 (also 'de motie op stuk nr. 25' in a stemverklaring), Van der Meulen "
      "nr. 26 (verworpen), Brinkhorst-Vos nr. 27 (aangehouden).  Party null throughout ('De heer "
      "Kanters (BBB):' is a speaker's label).  No commitments.  Look-alikes: 'onderdeel Ba in "
      "artikel I', 'onderdeel II', vote counts (88/62, 79/71, 41/109, 84/66), '250 extra boa's', "
      "1 januari 2028.",
      "2027-02-16", "handelingen", "2027-02-16", "h-tk-20262027-50-14",
      [K("kst-36947-13"), K("kst-36947-18"), K("kst-36947-12"), K("kst-36947-16"), K("kst-36947-9"),
       K("kst-36947-19"), K("kst-36947-20"), K("kst-36947-21"), K("kst-36947-22"),
       K("kst-36947-23"), K("kst-36947-24"), K("kst-36947-25"), K("kst-36947-26"),
       K("kst-36947-27"), K("kst-36947-29")],
      [H("h-tk-20262027-48-11")],
      [],
      [M("kst-36947-20", [S("Rietveld")], True, "cited"),
       M("kst-36947-21", [S("Oosterwijk")], False, "cited"),
       M("kst-36947-22", [S("Holterman"), S("Kanters")], False, "cited"),
       M("kst-36947-23", [S("Kanters")], False, "cited"),
       M("kst-36947-24", [S("El Khatib"), S("Rietveld")], False, "cited"),
       M("kst-36947-25", [S("Van Beek-Smit")], True, "cited"),
       M("kst-36947-26", [S("Van der Meulen")], False, "cited"),
       M("kst-36947-27", [S("Brinkhorst-Vos")], False, "cited"),
       M("kst-36947-29", [S("Rietveld")], True, "cited")],
      [])

# 005: the minister's letter after the plenary behandeling
write("005_brief_mvro_toezeggingen_moties_na_plenaire_behandeling", "d5.txt",
      "Letter of the minister van VRO (MVRO), 'Datum 20 april 2027': kind brief, self_id null.  "
      "Handelingen 'nr. 47, item 6, en nr. 48, item 11' (two, the second continuing the first's "
      "chamber and year) and 'nr. 50, item 14'.  Kamerstukken: the amendments 'Kamerstuk 36 947, nrs. "
      "12 en 19' (two, chamber and year null; amendments, no motions), 'Kamerstukken I 2026/27, "
      "36 947, A' (chamber I), the tweede nota van wijziging nr. 28, the motions.  '(36 947)' after "
      "the bill's name a dossier.  The list introduction ('ga ik in op de toezeggingen ... en op de "
      "moties') yields to each item's own sentence.  Commitments of the plenary behandeling (venue "
      "left out, heldout23/32/37): Oosterwijk 'Op 9 februari jl.' (2027-02-09), 'voor het meireces', "
      "TZ202702-031, 'Met deze brief kom ik die toezegging na' (settled); Rietveld 'Op 10 februari "
      "jl.', 'ingelost met de tweede nota van wijziging' (settled, no term); Kanters 'Diezelfde dag' "
      "(2027-02-10), 'Hiermee is deze toezegging afgedaan' (settled, no term); El Khatib 'op 10 "
      "februari jl.', 'jaarlijks te informeren', 'De eerste rapportage neem ik op in de Staat van de "
      "Volkshuisvesting 2027' (progress; a recurring promise: no deadline key, heldout29); 'Ik zeg u "
      "toe dat ik uw Kamer voor 1 juli 2027 informeer' (made).  Motions: Holterman/Kanters nr. 22 "
      "'Daarmee is aan de motie uitvoering gegeven' (settled); gewijzigde motie-Rietveld c.s. nr. 29 "
      "'De voorbereiding is gestart ... Over de verdere uitvoering informeer ik u na de zomer' "
      "(progress, no commitment); El Khatib/Rietveld nr. 24 'Hiermee beschouw ik die motie als "
      "afgedaan' (settled); Van Beek-Smit c.s. nr. 25 'betrek ik bij de modelverordening ...; een "
      "eerste versie ligt er in juni' (progress); aangehouden Brinkhorst-Vos nr. 27 (cited).  "
      "Look-alikes: Postbus 20011/20018, 2500 EA, kenmerk 2027-0000218734, EUR 498,20, artikel 13, "
      "eerste lid, Wet op de huurtoeslag, 2.740 and 31.000 bedrijfswoningen, 1 april 2027, 'zes "
      "talen', 16 februari jl.",
      "2027-04-20", "brief", "2027-04-20", None,
      [K("kst-36947-12"), K("kst-36947-19"), K("kst-36947-A", "I", "2026-2027"),
       K("kst-36947-28"), K("kst-36947-22"), K("kst-36947-29"), K("kst-36947-24"),
       K("kst-36947-25"), K("kst-36947-27")],
      [H("h-tk-20262027-47-6"), H("h-tk-20262027-48-11"), H("h-tk-20262027-50-14")],
      [T("TZ202702-031", TZ)],
      [M("kst-36947-22", [S("Holterman"), S("Kanters")], False, "settled"),
       M("kst-36947-29", [S("Rietveld")], True, "progress"),
       M("kst-36947-24", [S("El Khatib"), S("Rietveld")], False, "settled"),
       M("kst-36947-25", [S("Van Beek-Smit")], True, "progress"),
       M("kst-36947-27", [S("Brinkhorst-Vos")], False, "cited")],
      [C(ME, "2027-02-09", rel="settled", deadline="voor het meireces", refs=["TZ202702-031"],
         about="brief medebewoners en huurtoeslag (Oosterwijk); deze brief"),
       C(ME, "2027-02-10", rel="settled", deadline=None,
         about="aantal huishoudens verhogen (Rietveld); ingelost met nr. 28"),
       C(ME, "2027-02-10", rel="settled", deadline=None,
         about="onderzoek agrarische bedrijfswoningen (Kanters); afgedaan"),
       C(ME, "2027-02-10", rel="progress",
         about="jaarlijks informeren over handhaving meldplicht (El Khatib); eerste rapportage in de Staat van de Volkshuisvesting 2027"),
       C(ME, None, rel="made", deadline="voor 1 juli 2027",
         about="afspraken met de VNG over de kosten van de handhaving ('Ik zeg u toe')")])
