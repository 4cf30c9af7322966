"""Writes heldout45's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: text as PDF extraction leaves it when the layout cleanup failed.
Running headers and footers ("Pagina 2 van 4", "Tweede Kamer, vergaderjaar
2025–2026, 36 725 XV, nr. 14   2", "ah-tk-20252026-1874") stand between two
halves of a sentence, the letterhead's margin column ("Datum", "12 maart
2026", "Kenmerk", "Onze referentie") is glued into body lines, line-end
hyphens stay ("toe-\\nzegging", "Kamer-\\nstukken", "mo-\\ntie"), references
are broken over lines, pages are separated by form feeds, and soft hyphens,
no-break spaces, ligatures (U+FB01, U+FB02) and double spaces remain.  A
careful reader reads through all of it; the annotations are what such a
reader finds.  A document's own number in its running header or footer is
its self_id, never a reference."""
from lib import C, K, H, M, S, T, write

# 001: Kamerbrief IenW, margin form, margin glued into the lines
write("001_brief_ienw_overwegen_marge_in_regels_paginavoet", "d1.txt",
      "Kamerbrief of the minister van Infrastructuur en Waterstaat (MIenW, signed 'De Minister van "
      "Infrastructuur en Waterstaat'), margin form with the margin column glued into the body lines "
      "('Datum 12 maart 2026 Betreft ...', 'Kenmerk IENW/BSK-2026/48213', 'Uw kenmerk 2026Z02871', "
      "'Bijlage(n) 2' leaving '2' after 'EUR 29,9'), and on pages 2-4 the repeated 'Datum' / '12 "
      "maart 2026' / 'Kenmerk' glued at line ends: kind brief, date 2026-03-12, self_id null.  "
      "2026Z02871 (commissie's letter and Uw kenmerk) one zaak number.  Kamerstukken: 'Kamer-\\nstukken "
      "II 2025/26, 29 893, nr. 512' (II, 2025-2026); 'Kamerstuk 29 893,' / 'Pagina 2 van 4' / form "
      "feed / 'nr. 518' one reference broken by the page foot (chamber, year null); 'Kamerstuk 29 893, "
      "nr. 520'; 'Kamerstukken II\\n2025/26, 29 984, nr. 1203' (II, 2025-2026).  Handelingen 'Handelingen "
      "II\\n2025/26, nr. 47, item 11' h-tk-20252026-47-11.  Motions: Van Dijken (PVV) and El Mokadem "
      "(D66) 'De uitvoering van deze mo-[margin]\\ntie loopt' (progress); motie-Vermeulen-Ates c.s. "
      "'is uitgevoerd' after the page break (settled); Kuiper (BBB) 'verworpen' (cited); "
      "Schutte-Bakker (GroenLinks-PvdA) 'de motie beschouw ik hiermee als [margin] afgedaan' "
      "(settled).  Commitments: commissiedebat Spoorveiligheid of '22 januari jl.' (2026-01-22), "
      "'voor 1 april 2026', 'Daarmee kom ik deze toe-\\nzegging na' (settled); tweeminutendebat "
      "Spoorgoederenvervoer of '5 februari jl.' (2026-02-05), 'voor de zomer', 'deze toezegging is "
      "dus nog niet afgedaan' (progress); 'Ik zeg u toe dat ik uw Kamer voor 1 oktober 2026 informeer "
      "[margin: Datum]' (made, date null: the glued '12 maart 2026' is the margin, not a date of the "
      "promise).  Olthof's 'of ik kon toezeggen' / 'Dat kan ik niet toezeggen': no commitment.  "
      "Look-alikes: 186 overwegen, 74, EUR 29,9 miljoen, artikel 17.02 Mobiliteitsfonds, 80 treinen, "
      "31 van de 42, Stcrt. 2026, 5812, '29 984 goederentreinen' (the shape and digits of the cited "
      "dossier, no nr.), 6%, 23.00 en 06.00 uur, 14 locaties, artikel 4, tweede lid, Spoorwegwet, T "
      "070-456 00 00, Rijnstraat 8, 2515 XP, Postbus 20901 2500 EX, 2500 EA, IENW/BSK-2026/48213, "
      "'Pagina N van 4'.",
      "2026-03-12", "brief", "2026-03-12", None,
      [K("kst-29893-512", "II", "2025-2026"), K("kst-29893-518"), K("kst-29893-520"),
       K("kst-29984-1203", "II", "2025-2026")],
      [H("h-tk-20252026-47-11")],
      [T("2026Z02871", "zaak")],
      [M("kst-29893-512", [S("Van Dijken", "PVV"), S("El Mokadem", "D66")], False, "progress"),
       M("kst-29893-518", [S("Vermeulen-Ates")], True, "settled"),
       M("kst-29893-520", [S("Kuiper", "BBB")], False, "cited"),
       M("kst-29984-1203", [S("Schutte-Bakker", "GroenLinks-PvdA")], False, "settled")],
      [C(["MIenW"], "2026-01-22", rel="settled", venue="commissiedebat Spoorveiligheid",
         deadline="voor 1 april 2026",
         about="overzicht niet-actief beveiligde overwegen (bijlage 1); 'kom ik deze toe-\\nzegging na'"),
       C(["MIenW"], "2026-02-05", rel="progress", venue="tweeminutendebat Spoorgoederenvervoer",
         deadline="voor de zomer",
         about="geluidsschermen Brabantroute (toegezegd aan Olthof); onderzoek loopt, niet afgedaan"),
       C(["MIenW"], None, rel="made", deadline="voor 1 oktober 2026",
         about="uitkomsten proef slimme overwegbomen ('Ik zeg u toe'); margin glued after 'informeer'")])

# 002: letter of the minister van SZW printed as a Kamerstuk, running head and foot
write("002_kamerstukbrief_szw_36725_voetregels_midden_in_zin", "d2.txt",
      "Letter of the minister van SZW (MSZW) printed as a Kamerstuk: 'Tweede Kamer der "
      "Staten-Generaal 2' (the page count glued to the head), '36 725 XV  Vaststelling van de "
      "begrotingsstaten ...', 'Nr. 14  BRIEF VAN DE MINISTER ...', 'Den Haag, 24 april 2026': kind "
      "brief, date 2026-04-24, self_id kst-36725-XV-14.  Its own number in 'kst-36725-XV-14' and "
      "in the running foot and head 'Tweede Kamer, vergaderjaar 2025–2026, 36 725 XV, nr. 14  1/2/3' "
      "(twice between two halves of a sentence) is no reference.  Kamerstukken: 'Kamerstuk 36 725 "
      "XV, nr. 9' (NBSP; chamber, year null); '(nr. 11)' bare, the dossier from the sentence before "
      "(36 725 XV), chamber and year null; 'Kamerstukken II 2024/25, 36 600 XV, nr. 52' (II, "
      "2024-2025); 'Kamerstuk 26 448, nr. 812'; 'Kamerstuk 36 725 XV, nr. 10'.  Handelingen II "
      "2025/26, nr. 22, item 8 (h-tk-20252026-22-8).  Motions: Remmelink (GroenLinks-PvdA) c.s. 'is "
      "aan deze motie volledig uitvoering gegeven' (settled); Stoel (NSC) and Wijnhoven (BBB) 'De "
      "uitvoe[soft hyphen]ring daarvan loopt' (progress); Eerdmans-Hooft (JA21) '... is' / page foot "
      "and head / 'met het nieuwe werkproces van 1 februari 2026 uitgevoerd' (settled); Van Aalten "
      "(VVD) 'aangehouden' (cited).  Commitments: begrotingsbehandeling SZW of 13 november 2025, "
      "'voor 1 april 2026', 'Met deze verkenning kom ik mijn toe[soft hyphen]zegging na, al is zij "
      "later dan beloofd' (settled); commissiedebat Arbeidsongeschiktheid of '4 maart jl.' "
      "(2026-03-04), 'voor de zomer', 'die toezegging loopt dus nog' (progress); 'Ik zeg u toe ... "
      "uiterlijk in september 2026' (made).  Dekkers-Polat's ask 'kan ik niet toezeggen': none.  "
      "Ligatures 'ﬁnanciële', 'deﬁnitieve', double spaces.  Look-alikes: EUR 36,7 miljoen, 14 van "
      "de 35 regio's, 78 en 31 dagen, 12.480 werkgevers, 61%, artikel 2, eerste lid, Wet SUWI, Stb. "
      "2025, 418, artikel 7:670 BW, 0800-8051, ISSN 0921 - 7371, 's-Gravenhage 2026, Voorjaarsnota "
      "2027.",
      "2026-04-24", "brief", "2026-04-24", "kst-36725-XV-14",
      [K("kst-36725-XV-9"), K("kst-36725-XV-11"), K("kst-36600-XV-52", "II", "2024-2025"),
       K("kst-26448-812"), K("kst-36725-XV-10")],
      [H("h-tk-20252026-22-8")],
      [],
      [M("kst-36725-XV-9", [S("Remmelink", "GroenLinks-PvdA")], True, "settled"),
       M("kst-36725-XV-11", [S("Stoel", "NSC"), S("Wijnhoven", "BBB")], False, "progress"),
       M("kst-36600-XV-52", [S("Eerdmans-Hooft", "JA21")], False, "settled"),
       M("kst-36725-XV-10", [S("Van Aalten", "VVD")], False, "cited")],
      [C(["MSZW"], "2025-11-13", rel="settled", venue="begrotingsbehandeling SZW",
         deadline="voor 1 april 2026",
         about="verkenning vaste loonkostensubsidie kleine werkgevers (toegezegd aan Saris-Bouwman); "
               "'kom ik mijn toezegging na, al is zij later dan beloofd'"),
       C(["MSZW"], "2026-03-04", rel="progress", venue="commissiedebat Arbeidsongeschiktheid",
         deadline="voor de zomer", about="wachttijden sociaal-medische beoordeling UWV; loopt nog"),
       C(["MSZW"], None, rel="made", deadline="uiterlijk in september 2026",
         about="eerste resultaten werkgeversservicepunten ('Ik zeg u toe')")])

# 003: verslag van een commissiedebat VWS, a toezegging cut by the page foot and head
write("003_verslag_commissiedebat_vws_preventie_toezegging_over_paginagrens", "d3.txt",
      "Verslag van een commissiedebat (32 793, nr. 861, 'Vastgesteld 7 mei 2026'), the debate of 9 "
      "april 2026 with the minister van VWS (Van Aalst-Brink, MVWS) and the staatssecretaris Jeugd, "
      "Preventie en Sport (Brandsma-Kooi, SJSP): kind verslag, date 2026-05-07, self_id "
      "kst-32793-861 (also in 'kst-32793-861' and the running foot/head, no reference).  Agenda: "
      "'(Kamerstuk\\n32 793, nr. 848; 2026D05512)', '(Kamer-\\nstuk 32 793, nr. 830) (Kamerstuk 32 "
      "793, nr. 851)', '(2026D11847)': four Kamerstukken (chamber, year null) and two document "
      "numbers.  Motions: Tielen-Ravensberg c.s. (nr. 830) named in a letter's title (cited); "
      "Krul-Verdonk (CDA) (nr. 839) 'Die voer ik uit: 212 van de 342 gemeenten hebben inmiddels een "
      "lokaal akkoord, en met de overige maak ik afspraken' (progress; the Toezeggingen item naming "
      "it adds no record).  Toezeggingen, all made, dated to the debate (2026-04-09), venue left out "
      "(the list names none): the staatssecretaris's 'voor het zomerreces' (supermarkten; the same "
      "promise as 'Wel zeg ik hem toe' in the debate text, one record) and 'in het najaar van 2026' "
      "(evaluatie preventieakkoorden); the minister's 'voor 1 juli 2026' (handhaving leeftijdsgrens "
      "online verkoop, the item cut by 'bezorg-' / page foot / form feed / page head / 'diensten') "
      "and 'na de zomer' (nalevingsonderzoek Trimbos).  No commitment: Dijkgraaf-Ruys's 'of ik kan "
      "toezeggen' / 'Dat kan ik niet toezeggen', Paulusma's 'Kan de staatssecretaris toezeggen' "
      "answered 'Nee'.  Look-alikes: '32 793 euro' (the own dossier's shape, an amount), 212 van de "
      "342, artikel 3, tweede lid, 1.412 aankooppogingen, 14.00 uur, 16.47 uur, 7 leden, ISSN 0921 - "
      "7371.",
      "2026-05-07", "verslag", "2026-05-07", "kst-32793-861",
      [K("kst-32793-848"), K("kst-32793-830"), K("kst-32793-851"), K("kst-32793-839")],
      [],
      [T("2026D05512", "document"), T("2026D11847", "document")],
      [M("kst-32793-830", [S("Tielen-Ravensberg")], True, "cited"),
       M("kst-32793-839", [S("Krul-Verdonk", "CDA")], False, "progress")],
      [C(["SJSP"], "2026-04-09", rel="made", deadline="voor het zomerreces",
         about="brief afspraken supermarkten frisdrank bij de kassa (debate text and list)"),
       C(["SJSP"], "2026-04-09", rel="made", deadline="in het najaar van 2026",
         about="evaluatie lokale preventieakkoorden, uitvoering motie-Krul-Verdonk"),
       C(["MVWS"], "2026-04-09", rel="made", deadline="voor 1 juli 2026",
         about="handhaving leeftijdsgrens online alcoholverkoop; the item crosses the page break"),
       C(["MVWS"], "2026-04-09", rel="made", deadline="na de zomer",
         about="resultaten nalevingsonderzoek Trimbos-instituut")])

# 004: Aanhangsel answer LVVN, a promise cut by the page foot and head
write("004_aanhangsel_antwoord_lvvn_vogelgriep_belofte_over_paginagrens", "d4.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2025–2026 (from the running foot), nr. 1874: "
      "answers of the minister van LVVN (Kloosterboer, MLVVN) to questions of Holman-de Vries (NSC) "
      "'(ingezonden 14 mei 2026)', '(ontvangen 3 juni 2026)': kind antwoord, date the ontvangen date, "
      "self_id ah-tk-20252026-1874 (also printed in the foot, no reference).  'Zie ook Aanhangsel "
      "Handelingen II 2025/26, nr. 1502' an Aanhangsel reference; '2026Z09817' the vragen's zaak "
      "number.  Kamerstukken: 'Kamerstukken II\\n2025/26, 28 807, nr. 312' (II, 2025-2026); "
      "'(Kamer-\\nstuk 28 807, nr. 305)'; 'Kamerstuk 28 807, nr. 299' (NBSP).  Commitment: "
      "'In het commissiedebat Dierziekten van 19 maart jl. heb ik toegezegd uw Kamer voor 1 mei 2026 "
      "... daarmee is de toe-\\nzegging nagekomen' (settled, 2026-03-19; the question restating it "
      "adds no record); 'Wel zal ik uw Kamer voor 1 september 2026 informeren over de uitkomsten van "
      "de veldproef op acht bedrijven in de' / page foot / form feed / page head / 'Gelderse Vallei' "
      "(made, date null).  'Kunt u toezeggen' / 'kan ik niet toezeggen': none.  Motions: Holman-de "
      "Vries (NSC) and Vestjens (BBB) 'De uitvoe[soft hyphen]\\nring van die motie loopt' (progress; "
      "named in Vraag 3 too, one record); 'De motie-\\nVan der Zwaag (PvdD)' 'is aangehouden' "
      "(cited).  Look-alikes: 1.874 bedrijven (the own number's digits), 23 bedrijven, 1.216.500 "
      "dieren, artikel 86 Wet dieren, EUR 18,4 miljoen, 40 bedrijven, Verordening (EU) 2016/429, 088 "
      "042 42 42, postbus 40219, 8004 DE, ISSN 0921 - 7398, 28 mei, 15.15 uur.",
      "2026-06-03", "antwoord", "2026-06-03", "ah-tk-20252026-1874",
      [K("kst-28807-312", "II", "2025-2026"), K("kst-28807-305"), K("kst-28807-299")],
      [H("ah-tk-20252026-1502")],
      [T("2026Z09817", "zaak")],
      [M("kst-28807-305", [S("Holman-de Vries", "NSC"), S("Vestjens", "BBB")], False, "progress"),
       M("kst-28807-299", [S("Van der Zwaag", "PvdD")], False, "cited")],
      [C(["MLVVN"], "2026-03-19", rel="settled", venue="commissiedebat Dierziekten",
         deadline="voor 1 mei 2026", about="plan van aanpak vaccinatie leghennen; nagekomen"),
       C(["MLVVN"], None, rel="made", deadline="voor 1 september 2026",
         about="uitkomsten veldproef vaccinatie ('Wel zal ik uw Kamer ... informeren'); cut by the page break")])

# 005: Kamerbrief Financiën, the margin block run into three lines, ligatures
write("005_brief_fin_dienstverlening_marge_onze_referentie_ligaturen", "d5.txt",
      "Letter of the staatssecretaris van Financiën – Fiscaliteit en Belastingdienst (SFin), the "
      "margin block run together ('Datum 9 juni 2026 Betreft ...', 'Directie ... Onze referentie "
      "2026-0000123456 Uw brief\\n(kenmerk) 2026Z08841 Bijlagen 1'), later 'Onze referentie' / "
      "'2026-0000123456' glued at line ends and 'Datum 9 juni 2026 Onze referentie ...' at the top of "
      "page 2: kind brief, date 2026-06-09, self_id null.  2026Z08841 a zaak number.  Kamerstukken: "
      "'Kamerstuk 31 066, nr. 1497'; '(Kamer-\\nstukken II\\n2025/26, 31 066, nr. 1511)' (II, "
      "2025-2026); 'Kamerstukken II 2025/26, 36 812, nr.  38' (double space; II, 2025-2026); "
      "'Kamerstuk 31 066, nr. 1504' (NBSP).  Motions: 'De mo-\\ntie van de leden Oosterhof-Tanis (D66) "
      "en Vermaas (PVV)' 'Ik beschouw deze motie hiermee als afgedaan' (settled); Meulenkamp (NSC) "
      "'is in' / 'Pagina 1 van 2' / form feed / margin / 'voorbereiding' (progress); Van der "
      "Graaf-Nijland (ChristenUnie) 'verworpen' (cited); 'De motie-Vermaas' (no party in its "
      "reference) 'uitgevoerd' (settled).  Commitments: commissiedebat Belastingdienst of '16 april "
      "jl.' (2026-04-16), 'voor de\\nzomer', 'Hiermee kom ik die toezegging na' (settled); "
      "'wetgevingsoverleg over het pakket Belastingplan 2026 van 17 november 2025', 'toegezegd te "
      "onderzoeken', no term (deadline null; 'de uitkomsten verwacht ik in het najaar' a status "
      "time), 'De toezegging loopt dus nog' (progress); 'Ik zal uw Kamer in het derde kwartaal van "
      "2026 informeren over de speciﬁeke knelpunten' (made).  Ligatures 'ﬁscale', '/ﬁn', 'ﬂexibele', "
      "'speciﬁeke'.  Look-alikes: 2026-0000123456 (Onze referentie), 2,4 miljoen telefoontjes, 81%, "
      "0800-0543, 20.00 uur, 1.497 burgers (the digits of nr. 1497), artikel 25, eerste lid, "
      "Invorderingswet 1990, Stcrt. 2026, 14522, EUR 385, NL86 INGB 0002 4455 88, Korte Voorhout 7, "
      "2511 CW, Postbus 20201 2500 EE, 2500 EA, 'Pagina N van 2'.",
      "2026-06-09", "brief", "2026-06-09", None,
      [K("kst-31066-1497"), K("kst-31066-1511", "II", "2025-2026"),
       K("kst-36812-38", "II", "2025-2026"), K("kst-31066-1504")],
      [],
      [T("2026Z08841", "zaak")],
      [M("kst-31066-1497", [S("Oosterhof-Tanis", "D66"), S("Vermaas", "PVV")], False, "settled"),
       M("kst-31066-1511", [S("Meulenkamp", "NSC")], False, "progress"),
       M("kst-36812-38", [S("Van der Graaf-Nijland", "ChristenUnie")], False, "cited"),
       M("kst-31066-1504", [S("Vermaas")], False, "settled")],
      [C(["SFin"], "2026-04-16", rel="settled", venue="commissiedebat Belastingdienst",
         deadline="voor de zomer", about="bereikbaarheid BelasTelefoon; 'Hiermee kom ik die toezegging na'"),
       C(["SFin"], "2025-11-17", rel="progress",
         venue="wetgevingsoverleg over het pakket Belastingplan 2026", deadline=None,
         about="onderzoek termijn uitstel van betaling; loopt nog (no term; 'in het najaar' a status time)"),
       C(["SFin"], None, rel="made", deadline="in het derde kwartaal van 2026",
         about="knelpunten digitaal aanvragen betalingsregeling ('Ik zal uw Kamer ... informeren')")])
