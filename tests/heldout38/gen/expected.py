"""Writes heldout38's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Handelingen II, a tweeminutendebat: motions read out, appreciatie, a promise
write("001_handelingen_tweeminutendebat_jeugdzorg_moties_appreciatie", "d1.txt",
      "Handelingen II 2026-2027 nr. 27, item 11, 'Vergadering van woensdag 25 november 2026', "
      "'Tweeminutendebat Jeugdzorg (CD 12/11)': kind handelingen, self_id h-tk-20262027-27-11.  "
      "Three motions read out in full ('De Kamer, gehoord de beraadslaging, ... en gaat over tot de "
      "orde van de dag.'), each closed by the voorzitter's 'Deze motie is voorgesteld door ... Zij "
      "krijgt nr. N (31 839).': 1118 Verhulst, 1119 Verhulst and Kaya, 1120 Van Dorsten, Tiemstra and "
      "Reitsma; sponsors from that closing line, party null (the speaker line 'Mevrouw Verhulst "
      "(SP):' names the speaker, not the motion's reference; party only from a reference's "
      "brackets); relation left out (a motion as it is submitted in Handelingen, tests/gold), also "
      "for the appreciatie that follows ('op stuk nr. 1118 ... ontraden', '1119 ... oordeel van de "
      "Kamer', '1120 neem ik graag over', 'is overgenomen'), the same three Kamerstukken.  The "
      "motie-Van Dorsten (31 839, nr. 1087) 'is uitgevoerd ... ik beschouw haar als afgedaan' "
      "(settled).  Commitments of the staatssecretaris Jeugd, Preventie en Sport (SJSP): the promise "
      "of the commissiedebat Jeugdzorg of '12 november' (2026-11-12), 'Die brief is vrijwel klaar; u "
      "ontvangt hem voor het kerstreces' (progress, deadline the new time phrase); the answer to "
      "Kaya's question 'Ja, dat zeg ik toe; u krijgt voor 1 maart 2027 dat overzicht' (made, dated "
      "to the sitting, no venue key).  Not promises: 'Extra geld kan ik niet toezeggen', Kaya's "
      "question.  Look-alikes: 'CD 12/11', 23 weken, 12 weken, 1.118 kinderen (a motion's digits), "
      "artikel 1.1 Jeugdwet, artikel 2.3 van de Jeugdwet, EUR 640, 1 juli 2027, '30 oktober'.",
      "2026-11-25", "handelingen", "2026-11-25", "h-tk-20262027-27-11",
      [K("kst-31839-1118"), K("kst-31839-1119"), K("kst-31839-1120"), K("kst-31839-1087")],
      [],
      [],
      [M("kst-31839-1118", [S("Verhulst")], False),
       M("kst-31839-1119", [S("Verhulst"), S("Kaya")], False),
       M("kst-31839-1120", [S("Van Dorsten"), S("Tiemstra"), S("Reitsma")], False),
       M("kst-31839-1087", [S("Van Dorsten")], False, "settled")],
      [C(["SJSP"], "2026-11-12", rel="progress", venue="commissiedebat Jeugdzorg",
         deadline="voor het kerstreces", about="brief afbakening jeugdzorg; vrijwel klaar"),
       C(["SJSP"], "2026-11-25", rel="made", deadline="voor 1 maart 2027",
         about="overzicht gemeenten met regionale wachtlijst ('Ja, dat zeg ik toe')")])

# 002: Handelingen II, the end of a plenary debate, the voorzitter's list of toezeggingen
write("002_handelingen_armoede_schulden_voorzitter_lijst_toezeggingen", "d2.txt",
      "Handelingen II 2026-2027 nr. 25, item 8, 'Vergadering van donderdag 19 november 2026', the "
      "second term of the cabinet in the debate over armoede en schulden: kind handelingen, self_id "
      "h-tk-20262027-25-8.  The minister van SZW (Minister Wolfswinkel, MSZW) and the "
      "staatssecretaris van Financiën (Staatssecretaris Abdelkader, SFin).  Motions: "
      "motie-Baali/Nijkamp (24 515, nr. 812), 'over de verdere uitvoering informeer ik de Kamer in "
      "het voorjaar' (progress; no commitment); 'De motie op stuk nr. 830 van de heer Schouten' "
      "(oordeel Kamer) and 'op stuk nr. 831' (ontraden): submitted in this debate, dossier 24 515 "
      "from the context, chamber and year null, relation left out, 831 without sponsors (key left "
      "out).  Commitments: the minister's older promise of the commissiedebat Armoede- en "
      "schuldenbeleid of '8 oktober' 'nagekomen' (MSZW 2026-10-08, settled, no term); 'Ik zeg toe "
      "dat ik de Kamer daarover informeer voor de Voorjaarsnota 2027' (MSZW, made), which the "
      "voorzitter's list restates (one record); the voorzitter's list gives the rest, each made in "
      "this debate and dated to the sitting, no venue key: 'De minister van SZW ... voor de zomer "
      "van 2027' (MSZW), 'De staatssecretaris van Financiën ... in het eerste kwartaal van 2027' "
      "(SFin), 'De staatssecretaris schrijft ... voor 1 april 2027' (the only staatssecretaris, "
      "SFin), 'De bewindspersonen sturen ... voor 1 juni 2027 gezamenlijk' (MSZW and SFin).  Not "
      "promises: 'Dat laat ik uitzoeken; het is geen toezegging' and the voorzitter's 'dat is geen "
      "toezegging', 'kan ik niet toezeggen', 'over de verdere uitvoering informeer ik' (the motion's "
      "progress).  Look-alikes: 0800-8115, EUR 1,9 miljard, EUR 250, 4,1%, 14 gemeenten, artikel 3, "
      "1 januari 2027, 'dinsdag 24 november', 17.05 uur.",
      "2026-11-19", "handelingen", "2026-11-19", "h-tk-20262027-25-8",
      [K("kst-24515-812"), K("kst-24515-830"), K("kst-24515-831")],
      [],
      [],
      [M("kst-24515-812", [S("Baali"), S("Nijkamp")], False, "progress"),
       M("kst-24515-830", [S("Schouten")], False),
       M("kst-24515-831")],
      [C(["MSZW"], "2026-10-08", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline=None, about="beslagvrije voet; nagekomen met de brief van vorige week"),
       C(["MSZW"], "2026-11-19", rel="made", deadline="voor de Voorjaarsnota 2027",
         about="gevolgen huurstijging alleenstaande ouders ('Ik zeg toe'; list item 2)"),
       C(["MSZW"], "2026-11-19", rel="made", deadline="voor de zomer van 2027",
         about="evaluatie Wet gemeentelijke schuldhulpverlening (list item 1)"),
       C(["SFin"], "2026-11-19", rel="made", deadline="in het eerste kwartaal van 2027",
         about="uitkomsten pilot vroegsignalering toeslagschulden (list item 3)"),
       C(["SFin"], "2026-11-19", rel="made", deadline="voor 1 april 2027",
         about="kwijtschelding terugvorderingen onder EUR 250 (list item 4)"),
       C(["MSZW", "SFin"], "2026-11-19", rel="made", deadline="voor 1 juni 2027",
         about="plan informatieuitwisseling Toeslagen-schuldhulp ('De bewindspersonen'; item 5)")])

# 003: Handelingen II, Stemmingen
write("003_handelingen_stemmingen_jeugdzorg_lvvn_gewijzigd_aangehouden", "d3.txt",
      "Handelingen II 2026-2027 nr. 29, item 18, 'Vergadering van dinsdag 1 december 2026', "
      "Stemmingen: kind handelingen, self_id h-tk-20262027-29-18.  Every motion voted on, held, "
      "withdrawn or named is cited (a vote in Handelingen; aangehouden, verworpen, ingetrokken "
      "cited), sponsors from 'motie-X/Y' and 'c.s.', party null: Verhulst 1118 ('aan te houden'), "
      "Verhulst/Kaya 1119 (aangenomen), Zandbergen 36 990-XIV nr. 28 (ingetrokken), the gewijzigde "
      "motie-Pronk c.s. nr. 47 (aangenomen) and the 'was nr. 23' it replaces (a motion known only by "
      "number: sponsors and cs left out, cited, as 't.v.v.' in tests/gold), Hoekman/Lievens nr. 25 "
      "(verworpen; 'de motie op stuk nr. 25' in the stemverklaring the same Kamerstuk), De "
      "Graaff-Visser nr. 31 (verworpen; 'de motie op stuk nr. 31' the same).  '(36 990-XIV)' after "
      "the begroting is a dossier, no Kamerstuk.  Commitment: Veldhuis's stemverklaring 'De "
      "minister van LVVN heeft bij de begrotingsbehandeling op 26 november toegezegd voor de zomer "
      "met een plan ... te komen' (MLVVN 2026-11-26, cited, venue key left out for a plenary "
      "begrotingsbehandeling as heldout26, deadline 'voor de zomer').  Look-alikes: 'CD 12/11', "
      "'74 stemmen voor en 76 stemmen tegen', 12 weken, '(Zie vergadering van 25 november 2026.)', "
      "'in de Handelingen opgenomen' (no number), 'het jaar 2027'.",
      "2026-12-01", "handelingen", "2026-12-01", "h-tk-20262027-29-18",
      [K("kst-31839-1118"), K("kst-31839-1119"), K("kst-36990-XIV-28"), K("kst-36990-XIV-47"),
       K("kst-36990-XIV-23"), K("kst-36990-XIV-25"), K("kst-36990-XIV-31")],
      [],
      [],
      [M("kst-31839-1118", [S("Verhulst")], False, "cited"),
       M("kst-31839-1119", [S("Verhulst"), S("Kaya")], False, "cited"),
       M("kst-36990-XIV-28", [S("Zandbergen")], False, "cited"),
       M("kst-36990-XIV-47", [S("Pronk")], True, "cited"),
       M("kst-36990-XIV-23", rel="cited"),
       M("kst-36990-XIV-25", [S("Hoekman"), S("Lievens")], False, "cited"),
       M("kst-36990-XIV-31", [S("De Graaff-Visser")], False, "cited")],
      [C(["MLVVN"], "2026-11-26", rel="cited", deadline="voor de zomer",
         about="plan mestverwerking op het boerenerf, recalled in a stemverklaring")])

# 004: the griffie's list of toezeggingen of a commissiedebat (e-mail)
write("004_griffie_lijst_toezeggingen_commissiedebat_gevangeniswezen_tbs", "d4.txt",
      "E-mail of the commissiegriffie JenV 'Verzonden: vrijdag 4 december 2026', 'Toezeggingen "
      "commissiedebat Gevangeniswezen en tbs d.d. 3 december 2026': kind and date left out (as the "
      "besluitenlijst of heldout25), self_id null, reference_date the e-mail's date; 'Kenmerk: "
      "2026Z22417' a zaak number.  Four numbered toezeggingen of the staatssecretaris van JenV "
      "(SJenV; 'De staatssecretaris' in items 2-4 the same), as a commissieverslag's Toezeggingen "
      "list: made, dated 2026-12-03, venue 'commissiedebat Gevangeniswezen en tbs', deadline as "
      "written, refs the TZ number after each.  The open toezegging of the tweeminutendebat "
      "Gevangeniswezen of 22 oktober 2026 (Handelingen II 2026/27, nr. 14, item 9), 'voor 1 december "
      "2026', TZ202610-031, 'nog niet ontvangen; de griffie heeft het ministerie daarop gewezen' "
      "(SJenV, cited, as a commission letter asking for news).  Motion: 'de aangenomen "
      "motie-Van Aalst c.s. (Kamerstuk 24 587, nr. 1009)', which the staatssecretaris called 'in "
      "uitvoering' (progress).  Not promises: Dijkhoff-Ramos 'vroeg ... toe te zeggen ... dat kon de "
      "staatssecretaris niet toezeggen', 'De commissie verzoekt de staatssecretaris ... voor 1 "
      "februari 2027 te sturen' (a request), the griffie's 'ontvang ik graag uiterlijk woensdag 9 "
      "december'.  Look-alikes: 10:12, 12.00 uur, 1.240 plaatsen, artikel 37a Wetboek van "
      "Strafrecht, EUR 4,2 miljoen, 070 318 2297, Postbus 20018, 2500 EA.",
      "2026-12-04", OMIT, OMIT, None,
      [K("kst-24587-1009")],
      [H("h-tk-20262027-14-9")],
      [T("2026Z22417", "zaak"), T("TZ202612-005", TZ), T("TZ202612-006", TZ),
       T("TZ202612-007", TZ), T("TZ202612-008", TZ), T("TZ202610-031", TZ)],
      [M("kst-24587-1009", [S("Van Aalst")], True, "progress")],
      [C(["SJenV"], "2026-12-03", rel="made", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor 1 maart 2027", refs=["TZ202612-005"],
         about="gesprekken bonden personeelstekort PI Vught en PI Zwolle"),
       C(["SJenV"], "2026-12-03", rel="made", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="in het voorjaar van 2027", refs=["TZ202612-006"],
         about="voortgangsbrief capaciteit DJI"),
       C(["SJenV"], "2026-12-03", rel="made", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor het commissiedebat Justitiële jeugd", refs=["TZ202612-007"],
         about="inzet FOBA, vraag Smit-Harmsen"),
       C(["SJenV"], "2026-12-03", rel="made", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="uiterlijk 15 januari 2027", refs=["TZ202612-008"],
         about="inspectierapport tbs-kliniek Venray met beleidsreactie"),
       C(["SJenV"], "2026-10-22", rel="cited", venue="tweeminutendebat Gevangeniswezen",
         deadline="voor 1 december 2026", refs=["TZ202610-031"],
         about="kosten elektronische detentie; open, brief nog niet ontvangen")])

# 005: Handelingen II, vragenuur, the Kamer's running header
write("005_handelingen_vragenuur_vogelgriep_moties_uitgesproken", "d5.txt",
      "Handelingen II, vragenuur of dinsdag 24 november 2026, the Kamer's running header '24 november "
      "2026 TK 26 26-3-1' (nr. 26, item 3, page 1; vergaderjaar 2026-2027 from the date): kind "
      "handelingen, date 2026-11-24, self_id h-tk-20262027-26-3.  Kamerstukken spoken aloud: '21 "
      "501-32, nummer 1580' (the motion of 'collega Van der Sloot', 'De motie-Van der Sloot is "
      "uitgevoerd' settled), 'Kamerstuk 36 990-XIV, nummer 95' (motie-Oosterhuis/Van Wijngaarden, "
      "'Aan die motie wordt gewerkt' progress), 'Kamerstuk 28 807, nummer 311' (a letter, Kamerstuk "
      "only).  Commitments of the minister van LVVN (MLVVN): 'In het commissiedebat Landbouw- en "
      "Visserijraad van 5 november heb ik toegezegd ... daarmee is die toezegging ingelost' (settled, "
      "no term); 'ik zeg de heer Van Wijngaarden toe dat ik de Kamer voor het kerstreces per brief "
      "informeer' (made, dated to the sitting, no venue key).  Not promises: 'kan de minister "
      "toezeggen ...?' (twice), 'Dat kan ik niet toezeggen', 'Meer kan ik er ... niet over zeggen'.  "
      "Look-alikes: '21 van de 36', EUR 38 miljoen, 80%, artikel 17 van de Wet dieren, Verordening "
      "(EU) 2016/429, 1,2 miljoen eieren, 100%, Stcrt. 2026, 41377, 088 042 4242, 'de Raad van 17 "
      "november', 1 maart 2027.",
      "2026-11-24", "handelingen", "2026-11-24", "h-tk-20262027-26-3",
      [K("kst-21501-32-1580"), K("kst-36990-XIV-95"), K("kst-28807-311")],
      [],
      [],
      [M("kst-21501-32-1580", [S("Van der Sloot")], False, "settled"),
       M("kst-36990-XIV-95", [S("Oosterhuis"), S("Van Wijngaarden")], False, "progress")],
      [C(["MLVVN"], "2026-11-05", rel="settled", venue="commissiedebat Landbouw- en Visserijraad",
         deadline=None, about="pleiten voor hogere EU-bijdrage; ingelost op de Raad van 17 november"),
       C(["MLVVN"], "2026-11-24", rel="made", deadline="voor het kerstreces",
         about="brief stand eindafrekeningen vogelgriep")])
