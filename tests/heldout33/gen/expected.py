"""Writes heldout33's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: SZW, two motions and two toezeggingen, headed sections
write("001_brief_szw_moties_toezeggingen_arbeidsmarkt_inkomen", "d1.txt",
      "Kamerbrief of the minister van SZW (MSZW), 'Datum 18 juni 2026', margin labels Datum, Kenmerk, "
      "Uw kenmerk (2026Z09417, a zaak number), Betreft: kind brief, self_id null.  The opening names "
      "the items (no relation of its own beyond the body's).  Motions: 'de motie van het lid "
      "Hoekstra-Veld c.s. (Kamerstuk 36 600-XV, nr. 12)' 'Hiermee voldoe ik aan de motie' (settled); "
      "'De motie-Van Dongen/Brouwer-Taal (Kamerstukken II 2025/26, 29 544, nr. 1318)' 'De gesprekken "
      "... lopen nog. Over de uitvoering van de motie informeer ik u in het voorjaar van 2027' "
      "(progress).  Commitments: 'Zoals ik heb toegezegd tijdens het commissiedebat "
      "Arbeidsmarktbeleid van 3 april jl., stuur ik u hierbij ... Hiermee is deze toezegging "
      "afgedaan' (settled, 2026-04-03, no deadline); the begrotingsbehandeling SZW of 6 november 2025 "
      "promise (Handelingen II 2025/26, nr. 19, item 7) 'De voorbereiding ligt op schema' (progress; "
      "a plenary behandeling, venue key left out; '1 oktober 2026' a status date, deadline left "
      "out); 'zal ik uw Kamer voor 1 december 2026 informeren' (made).  Look-alikes: Postbus 90801, "
      "2509 LV, 2500 EA, kenmerk 2026-0000148213, EUR 412 miljoen, '36.600 werkgevers', 1.118 "
      "inspecties, EUR 8,4 miljoen, artikel 7:629 BW, Stb. 2025, 318, 0800-8051, '18- tot 20-jarigen'.",
      "2026-06-18", "brief", "2026-06-18", None,
      [K("kst-36600-XV-12"), K("kst-29544-1318", "II", "2025-2026")],
      [H("h-tk-20252026-19-7")],
      [T("2026Z09417", "zaak")],
      [M("kst-36600-XV-12", [S("Hoekstra-Veld")], True, "settled"),
       M("kst-29544-1318", [S("Van Dongen"), S("Brouwer-Taal")], False, "progress")],
      [C(["MSZW"], "2026-04-03", rel="settled", venue="commissiedebat Arbeidsmarktbeleid",
         deadline=None, about="overzicht handhavingsacties Arbeidsinspectie; afgedaan"),
       C(["MSZW"], "2025-11-06", rel="progress",
         about="armoedemonitor jaarlijks publiceren; voorbereiding op schema"),
       C(["MSZW"], None, rel="made", deadline="voor 1 december 2026",
         about="ervaringen minimumuurloon schoonmaakbranche")])

# 002: VWS, numbered sections, a gewijzigde motie, a motion not carried out further
write("002_brief_vws_moties_toezegging_acute_zorg", "d2.txt",
      "Kamerbrief of the minister van VWS (MVWS), 'Datum 3 juni 2026' with aligned margin labels, "
      "'Uw kenmerk -': kind brief, self_id null.  Opening 'In deze brief ga ik in op drie moties en "
      "een toezegging ... beschouw ik ze ... als afgedaan; waar dat niet zo is, geef ik aan wat de "
      "volgende stap is' (addressed for all; the body's sentences win).  Motions: 'De gewijzigde "
      "motie van de leden Tielemans en El Khattabi (Kamerstuk 32 793, nr. 812)' 'Daarmee beschouw ik "
      "de motie als uitgevoerd' (settled); 'De motie van het lid Kuijpers (Kamerstuk 36 600-XVI, "
      "nr. 45)' (party SP from the heading '2. Motie van het lid Kuijpers (SP)') 'ik zie geen "
      "aanleiding de motie verder uit te voeren' (addressed: handled, closed without being carried "
      "out, like 'vervallen' with a reason in heldout11/14/26); 'De motie-De Bruijn/Oosterhout "
      "(Kamerstukken II 2025/26, 29 247, nr. 455)' 'werken dit uit ... Over de uitvoering van deze "
      "motie informeer ik u in de volgende voortgangsbrief' (progress).  Commitments: "
      "'commissiedebat Acute zorg d.d. 12-05-2026' 'De gesprekken lopen nog. Ik verwacht u na de "
      "zomer ... te kunnen berichten' (progress, deadline 'na de zomer'); 'Ik zal uw Kamer voor 1 "
      "oktober 2026 een overzicht sturen' (made).  Look-alikes: Postbus 20350, 2500 EJ, 2595 BD, "
      "kenmerk 4287113-1093310-CZ, 45 minuten, 14 mei 2026, EUR 3,2 miljoen, artikel 32, "
      "112-meldkamers, Stcrt. 2026, 14522.",
      "2026-06-03", "brief", "2026-06-03", None,
      [K("kst-32793-812"), K("kst-36600-XVI-45"), K("kst-29247-455", "II", "2025-2026")],
      [],
      [],
      [M("kst-32793-812", [S("Tielemans"), S("El Khattabi")], False, "settled"),
       M("kst-36600-XVI-45", [S("Kuijpers", "SP")], False, "addressed"),
       M("kst-29247-455", [S("De Bruijn"), S("Oosterhout")], False, "progress")],
      [C(["MVWS"], "2026-05-12", rel="progress", venue="commissiedebat Acute zorg",
         deadline="na de zomer", about="gesprekken huisartsenposten nachtelijke openstelling"),
       C(["MVWS"], None, rel="made", deadline="voor 1 oktober 2026",
         about="overzicht bezetting 112-meldkamers")])

# 003: EZ, margin labels on their own lines, a TZ number, the predecessor's promise
write("003_brief_ez_moties_toezeggingen_mkb_financiering", "d3.txt",
      "Kamerbrief of the minister van Economische Zaken (MEZK), margin labels on lines of their own "
      "('Datum' / '9 juli 2026', 'Uw kenmerk' / '2026Z11530', a zaak number): kind brief, self_id "
      "null.  Opening 'Hierbij bericht ik u over de uitvoering van ...' (addressed; the body wins).  "
      "Motions: Verhoeven c.s. (Kamerstuk 32 637, nr. 604) 'Met de openstelling van deze module is "
      "de motie uitgevoerd' (settled); Zandstra (NSC) (Kamerstuk 36 600-XIII, nr. 28) 'De gesprekken "
      "lopen nog ... Ik informeer u daarover in de Kamerbrief ... van dit najaar' (progress).  "
      "Commitments: 'In het commissiedebat Staatsdeelnemingen van 21 mei jl. heb ik toegezegd uw "
      "Kamer voor de zomer te informeren ... Met deze brief ... kom ik die toezegging na' (settled); "
      "'Mijn ambtsvoorganger heeft tijdens het notaoverleg Ondernemerschap van 18 november 2025 "
      "toegezegd (TZ202511-088)' 'De herziening is in voorbereiding' (the office MEZK, progress, "
      "refs its TZ number; '1 januari 2027' a status date, deadline left out); 'Tot slot zeg ik toe "
      "dat ik uw Kamer uiterlijk 1 december 2026 informeer' (made).  The commissie's 'verzoek' is no "
      "commitment.  Look-alikes: Postbus 20401, 2500 EK, kenmerk DGBI-MKB / 26381204, EUR 765 "
      "miljoen, Stcrt. 2026, 18807, EUR 250.000, 4,3 procent, 613 ondernemingen, 2021-2025, artikel "
      "4, eerste lid, KvK-nummer 59581883.",
      "2026-07-09", "brief", "2026-07-09", None,
      [K("kst-32637-604"), K("kst-36600-XIII-28")],
      [H("h-tk-20252026-26-4")],
      [T("2026Z11530", "zaak"), T("TZ202511-088", TZ)],
      [M("kst-32637-604", [S("Verhoeven")], True, "settled"),
       M("kst-36600-XIII-28", [S("Zandstra", "NSC")], False, "progress")],
      [C(["MEZK"], "2026-05-21", rel="settled", venue="commissiedebat Staatsdeelnemingen",
         deadline="voor de zomer", about="rendement Invest-NL; nagekomen met deze brief"),
       C(["MEZK"], "2025-11-18", rel="progress", venue="notaoverleg Ondernemerschap",
         refs=["TZ202511-088"], about="herziening subsidiedrempel; in voorbereiding"),
       C(["MEZK"], None, rel="made", deadline="uiterlijk 1 december 2026",
         about="evaluatie Vroegsignalering schulden ondernemers")])

# 004: Defensie, signed by the staatssecretaris, a promise of the minister
write("004_brief_defensie_moties_toezeggingen_personeel_reservisten", "d4.txt",
      "Kamerbrief signed 'DE STAATSSECRETARIS VAN DEFENSIE' (SDef), 'Datum 25 juni 2026', 'Ons "
      "kenmerk BS2026018744': kind brief, self_id null.  Opening 'Met deze brief voldoe ik aan twee "
      "moties en een toezegging ... en doe ik verslag van de voortgang van een derde motie en een "
      "toezegging' (split; the body's sentences agree).  Motions: 'De gewijzigde motie van de leden "
      "Van Rijn en Koolhaas (Kamerstuk 36 592, nr. 27)' 'Daarmee beschouw ik de motie als "
      "uitgevoerd' (settled); 'De motie van het lid Wijngaarden (JA21) c.s. (Kamerstukken II "
      "2025/26, 36 600-X, nr. 41)' 'Over de uitvoering van het vervolg informeer ik u in het voorjaar "
      "van 2027' (progress); 'De motie-Sarmo/Dijkhuis (Kamerstuk 36 592, nr. 33)' 'Hiermee is aan "
      "deze motie voldaan' (settled).  Commitments: 'Zoals ik heb toegezegd tijdens het "
      "commissiedebat Personeel Defensie van 3 april jl., ontvangt u hierbij ... Daarmee is deze "
      "toezegging nagekomen' (SDef, settled, no deadline); 'De minister van Defensie heeft in het "
      "commissiedebat Defensiematerieel d.d. 12-05-2026 toegezegd ... loopt nog; de minister stuurt u "
      "hierover voor het kerstreces een brief' (MDef, progress, deadline 'voor het kerstreces'); "
      "'Verder zeg ik toe dat ik uw Kamer voor 15 oktober 2026 een plan stuur' (SDef, made).  "
      "Look-alikes: Postbus 20701, 2500 ES, BS2026018744, 'Bijlagen 2', EUR 1.250, 2.400 and 600 "
      "plaatsen, artikel 12a, Stcrt. 2025, 40213, 11,4 / 9,8 procent, Kampweg 7, 3769 DJ.",
      "2026-06-25", "brief", "2026-06-25", None,
      [K("kst-36592-27"), K("kst-36600-X-41", "II", "2025-2026"), K("kst-36592-33")],
      [],
      [],
      [M("kst-36592-27", [S("Van Rijn"), S("Koolhaas")], False, "settled"),
       M("kst-36600-X-41", [S("Wijngaarden", "JA21")], True, "progress"),
       M("kst-36592-33", [S("Sarmo"), S("Dijkhuis")], False, "settled")],
      [C(["SDef"], "2026-04-03", rel="settled", venue="commissiedebat Personeel Defensie",
         deadline=None, about="onderzoek verloop jonge onderofficieren; nagekomen"),
       C(["MDef"], "2026-05-12", rel="progress", venue="commissiedebat Defensiematerieel",
         deadline="voor het kerstreces", about="inzet reservisten bewaking munitiecomplexen"),
       C(["SDef"], None, rel="made", deadline="voor 15 oktober 2026",
         about="plan wachttijden militaire keuringen")])

# 005: JenV, a verworpen motion, the predecessor's promise, Onze/Uw referentie
write("005_brief_jenv_moties_toezeggingen_gevangeniswezen", "d5.txt",
      "Kamerbrief of the minister van JenV (MJenV), 'Datum 30 juni 2026', 'Onze referentie 7014582', "
      "'Uw referentie 2026Z10238' (a zaak number, also in the opening): kind brief, self_id null.  "
      "Opening 'In deze brief geef ik uitvoering aan de motie van het lid Stoffels c.s. en informeer "
      "ik u over de stand van zaken van ...' (the body wins).  Motions: Stoffels c.s. (Kamerstukken "
      "II 2025/26, 24 587, nr. 1012) 'Hiermee voldoe ik aan de motie' (settled); 'De gewijzigde motie "
      "van de leden Yildiz en De Groot-Bakker (Kamerstuk 24 587, nr. 1019)' 'De werving loopt door "
      "... Over de resultaten informeer ik u ... van het najaar' (progress); 'De motie-Ravensbergen "
      "(Kamerstuk 24 587, nr. 1024) ... is ... verworpen' (cited).  Commitments: 'commissiedebat "
      "Gevangeniswezen en tbs van 22 april jl.' 'Daarmee beschouw ik die toezegging als afgedaan' "
      "(settled, no deadline); 'Mijn voorganger zegde in het wetgevingsoverleg Justitiële jeugd van "
      "27 november 2025 toe ... om advies te vragen' 'Het advies wordt in september verwacht; ik "
      "stuur het u ... voor het einde van 2026' (the office MJenV, progress, deadline the new term); "
      "'Daarnaast zeg ik toe dat ik u voor 1 november 2026 informeer' (made).  Look-alikes: Postbus "
      "20301, 2500 EH, 7014582, 850 plaatsen, artikel 20, Stb. 2026, 211, '1.019 kandidaten', "
      "'64 stemmen voor en 86 tegen', 088 072 50 00.",
      "2026-06-30", "brief", "2026-06-30", None,
      [K("kst-24587-1012", "II", "2025-2026"), K("kst-24587-1019"), K("kst-24587-1024")],
      [],
      [T("2026Z10238", "zaak")],
      [M("kst-24587-1012", [S("Stoffels")], True, "settled"),
       M("kst-24587-1019", [S("Yildiz"), S("De Groot-Bakker")], False, "progress"),
       M("kst-24587-1024", [S("Ravensbergen")], False, "cited")],
      [C(["MJenV"], "2026-04-22", rel="settled", venue="commissiedebat Gevangeniswezen en tbs",
         deadline=None, about="aantal ontvluchtingen 2025; afgedaan"),
       C(["MJenV"], "2025-11-27", rel="progress", venue="wetgevingsoverleg Justitiële jeugd",
         deadline="voor het einde van 2026", about="advies RSJ jeugdigen in volwassenendetentie"),
       C(["MJenV"], None, rel="made", deadline="voor 1 november 2026",
         about="bereikbaarheid meldpunt gedetineerden")])
