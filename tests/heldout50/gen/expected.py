"""Writes heldout50's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: precision.  Every document is dense with things that only look like
references, motions or commitments (ECLI, court and other bodies' case
numbers, Raad van State numbers, EU documents, Stb./Stcrt./Trb., amounts and
counts with a dossier's digits, postcodes, phone numbers, IBANs, year
ranges, 'artikel 3, lid 5', words containing 'motie', 'toezegging' as a
general noun, promises of bodies outside the government, members asking for
a promise, refusals); beside them stand a few real references, motions and
commitments so that recall is scored too.  Each document's about lists what
is not a record and why."""
from lib import C, K, H, M, S, T, write

# 001: Kamerbrief JenV
write("001_brief_jenv_schadefonds_uitspraken", "d1.txt",
      "Kamerbrief of the minister van Justitie en Veiligheid (MJenV), 'Datum 6 november 2026': kind "
      "brief, self_id null.  'Uw kenmerk 2026Z16604' a zaak number (the Kamer's shape).  Kamerstukken: "
      "'Kamerstuk 36 600-VI, nr. 71' (chamber and year null), 'Kamerstukken II 2025/26, 29 279, nr. "
      "931' (II, 2025-2026).  Motions: Brink-Oosterveld (NSC) c.s. 'Hiermee beschouw ik de motie als "
      "uitgevoerd' (settled); motie-Kervel/Yildiz (two sponsors, party null) 'werkt de "
      "voorschotregeling nu uit; de eerste voorschotten worden in het voorjaar van 2027 betaald' "
      "(progress).  The opening 'Ik ga daarbij in op twee moties en op de toezegging' is a list "
      "introduction (addressed) that the body's sentences override.  Commitments: the promise of the "
      "commissiedebat Slachtofferbeleid of '24 september jl.' (2026-09-24) 'voor 1 december 2026', "
      "'Met deze brief kom ik die toezegging na' (settled; the opening names the same promise: one "
      "record); 'Ik zeg u toe ... voor de zomer van 2027' (made, date null).  NOT records: "
      "'Het Schadefonds heeft toegezegd' (a fund, not a bewindspersoon); 'Een toezegging van het "
      "fonds over de termijn is er nog niet' (general noun); 'ik verwacht dat de herbeoordeling in "
      "de loop van 2027 is afgerond' (an expectation); Van Wessem's 'Kan de minister toezeggen ...?' "
      "and 'Dat kan ik niet toezeggen'; 'emoties'.  Look-alikes: ECLI:NL:RVS:2025:1234, zaaknummer "
      "202403127/1/A2, ECLI:NL:RBDHA:2024:18812, SGR 23/4471, C/09/645127 / HA ZA 23-412, artikel 3, "
      "lid 5, '€ 29.279' (the digits of dossier 29 279 cited below), € 25.000, 'jaren 2023-2024', "
      "'16 880 aanvragen', 1.318, 070 414 20 00, Postbus 71, 2501 CB, W16.26.00187/II, Stb. 2026, "
      "214, Stcrt. 2026, 18830, kenmerk 6124587, 8 oktober 2026.",
      "2026-11-06", "brief", "2026-11-06", None,
      [K("kst-36600-VI-71"), K("kst-29279-931", "II", "2025-2026")],
      [],
      [T("2026Z16604", "zaak")],
      [M("kst-36600-VI-71", [S("Brink-Oosterveld", "NSC")], True, "settled"),
       M("kst-29279-931", [S("Kervel"), S("Yildiz")], False, "progress")],
      [C(["MJenV"], "2026-09-24", rel="settled", venue="commissiedebat Slachtofferbeleid",
         deadline="voor 1 december 2026",
         about="gevolgen van de uitspraak voor lopende aanvragen; 'kom ik die toezegging na'"),
       C(["MJenV"], None, rel="made", deadline="voor de zomer van 2027",
         about="uitkomsten herbeoordeling ('Ik zeg u toe')")])

# 002: Kamerbrief VRO
write("002_brief_vro_woningbouw_woondeals", "d2.txt",
      "Kamerbrief of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO), 'Datum 12 "
      "oktober 2026': kind brief, self_id null.  Kamerstukken 'Kamerstuk 32 847, nr. 1188' and 'nr. "
      "1201' (chamber, year null), 'Kamerstukken II 2025/26, 36 800-XXII, nr. 38' (II, 2025-2026).  "
      "Motions: De Kort-Wijnands c.s. 'Hiermee is aan de motie voldaan' (settled); Okkerse and Pranger "
      "'de eerste tafel in september is gestart. De tweede volgt begin 2027' (progress); motie-Tamsma "
      "verworpen (cited).  Commitments: the promise of the commissiedebat Bouwopgave of '11 juni jl.' "
      "(2026-06-11), 'De inventarisatie ... loopt nog; het overzicht stuur ik uiterlijk in januari "
      "2027' (progress; no term was given then, deadline the new term as the conventions say); 'Ik "
      "zal uw Kamer voor 1 april 2027 informeren' (made).  NOT records: the provincie Gelderland's "
      "'heeft toegezegd' and Noord-Brabant's 'vergelijkbare toezegging' (provincies); 'een toezegging "
      "van de gemeente'; 'zonder toezegging van een rijksbijdrage'; 'de toezeggingen in het "
      "coalitieakkoord'; the VNG's request 'vroeg mij ... toe te zeggen' and 'Die toezegging kan ik "
      "niet doen'; 'promotie', 'emoties'.  Look-alikes: '35 300 woningen' and '36 600 euro' (dossier "
      "shapes), 33 912, 73 900, 78 000, 'periode 2023-2024', 4.200, 3.100, 100.000, 2511 DP, 2595 BD, "
      "artikel 4, lid 2, Stcrt. 2026, 9417, IBAN NL27 INGB 0006 5017 13, WBI-2026-0451, 088 042 42 "
      "42, kenmerk 2026-0000571204, '30 juni 2026', '17 september 2026'.",
      "2026-10-12", "brief", "2026-10-12", None,
      [K("kst-32847-1188"), K("kst-36800-XXII-38", "II", "2025-2026"), K("kst-32847-1201")],
      [],
      [],
      [M("kst-32847-1188", [S("De Kort-Wijnands")], True, "settled"),
       M("kst-36800-XXII-38", [S("Okkerse"), S("Pranger")], False, "progress"),
       M("kst-32847-1201", [S("Tamsma")], False, "cited")],
      [C(["MVRO"], "2026-06-11", rel="progress", venue="commissiedebat Bouwopgave",
         deadline="uiterlijk in januari 2027",
         about="overzicht plancapaciteit per provincie; inventarisatie loopt nog"),
       C(["MVRO"], None, rel="made", deadline="voor 1 april 2027",
         about="eerste resultaten zesde tranche Woningbouwimpuls ('Ik zal uw Kamer ... informeren')")])

# 003: Kamerbrief IenW (staatssecretaris)
write("003_brief_ienw_spoor_locomotieven_eu", "d3.txt",
      "Kamerbrief of the staatssecretaris van Infrastructuur en Waterstaat (SIenW), 'Datum 19 "
      "november 2026': kind brief, self_id null.  Kamerstukken 'Kamerstuk 22 112, nr. 4011' (the "
      "BNC-fiche; broken over a line), 'Kamerstuk 29 984, nr. 1187' (chamber, year null), "
      "'Kamerstukken II 2025/26, 36 800-XII, nr. 52' (II, 2025-2026).  Motions: Van Gelder-Smit (CDA) "
      "'Hiermee is de motie uitgevoerd' (settled); motie-Haverkamp c.s. 'in voorbereiding; de "
      "internetconsultatie start in januari 2027' (progress); the opening naming both is overridden "
      "by the body.  Commitments: the staatssecretaris's promise of the commissiedebat Spoor of '2 "
      "oktober jl.' (2026-10-02) 'voor het einde van het jaar', 'daarmee doe ik die toezegging "
      "gestand' (settled); the minister van IenW's (MIenW) promise of the notaoverleg MIRT of 22 juni "
      "2026, no term given (deadline null), 'daarmee is ook die toezegging afgedaan' (settled); 'Ik "
      "zeg u toe voor het zomerreces van 2027' (made).  NOT records: 'NS heeft toegezegd', 'ProRail "
      "heeft de toezegging gedaan', 'De ILT heeft toegezegd ... voor 1 maart 2027' (a carrier, a "
      "rail manager and an inspectorate, not bewindspersonen; the ILT's has a term but is still "
      "not the government's promise); the leverancier 'garandeert'; Van Ravels's 'Wil de "
      "staatssecretaris toezeggen ...?' and 'Dat kan ik niet toezeggen'; 'locomotieven', "
      "'commotie'.  Look-alikes: '29 984 treinen' (the digits of dossier 29 984 cited below), 76 "
      "procent, 14 december 2026, ACM/25/041723, 030 751 51 55, 18 and 24 locomotieven, artikel 3, "
      "lid 5, COM(2025) 45, ST 12345/25, 2025/0027(COD), Verordening (EU) 2021/782, Trb. 2025, 64, "
      "Stb. 2026, 198, IENW/BSK-2026/318840, 'Bijlage(n) 2', bijlage 1 and 2, 2030, 2032, "
      "Zwolle-Herfte, Amsterdam-Eindhoven, Venlo-Kaldenkirchen.",
      "2026-11-19", "brief", "2026-11-19", None,
      [K("kst-22112-4011"), K("kst-29984-1187"), K("kst-36800-XII-52", "II", "2025-2026")],
      [],
      [],
      [M("kst-29984-1187", [S("Van Gelder-Smit", "CDA")], False, "settled"),
       M("kst-36800-XII-52", [S("Haverkamp")], True, "progress")],
      [C(["SIenW"], "2026-10-02", rel="settled", venue="commissiedebat Spoor",
         deadline="voor het einde van het jaar",
         about="overzicht toegankelijkheid stations; 'doe ik die toezegging gestand'"),
       C(["MIenW"], "2026-06-22", rel="settled", venue="notaoverleg MIRT", deadline=None,
         about="planning spoorverdubbeling Zwolle-Herfte; 'afgedaan'"),
       C(["SIenW"], None, rel="made", deadline="voor het zomerreces van 2027",
         about="voorstel compensatieregeling buitendienststellingen ('Ik zeg u toe')")])

# 004: verslag van een commissiedebat OCW
write("004_verslag_commissiedebat_ocw_promovendi", "d4.txt",
      "Verslag van een commissiedebat (31 288, nr. 1142, 'Vastgesteld 28 oktober 2026'), the debate "
      "of 8 oktober 2026 with the minister (MOCW) and the staatssecretaris (SOCW) van OCW: kind "
      "verslag, date the Vastgesteld date, self_id kst-31288-1142.  The agenda letters 31 288, nrs. "
      "1127 and 1135 (Kamerstukken) with 2026D28841 and 2026D34502 (documents).  Motions: "
      "motie-Ten Hove c.s. (31 288, nr. 1098) 'Hiermee is de motie uitgevoerd' (settled); "
      "Pouw-Verweij (JA21) (31 288, nr. 1104) 'voer ik uit: het wetsvoorstel gaat in het voorjaar in "
      "consultatie' (progress).  Commitments, made and dated to the debate (2026-10-08), venue left "
      "out as in heldout32/42 (the list names none): 'Wel zeg ik mevrouw Maaskant toe ... voor 1 "
      "maart 2027' = the list's first item (MOCW, one record); 'Wel stuur ik de Kamer in het voorjaar "
      "van 2027 de evaluatie' = the list's second (SOCW, one record).  NOT records: Maaskant's 'Kan de "
      "minister toezeggen ...?' and the minister's 'kan ik niet toezeggen'; Kroon's 'Wil de "
      "staatssecretaris toezeggen ...?' and 'Die toezegging doe ik niet'; 'Universiteiten van "
      "Nederland heeft mij toegezegd' (not a bewindspersoon); 'Een motie van wantrouwen overweeg ik "
      "niet' (no motion); the motion announced for the tweeminutendebat (no number); 'promoties', "
      "'promotietraject', 'promotiebegeleiding'.  Look-alikes: 'studiejaar 2024-2025', 5 312, 52 uur, "
      "€ 2.770, ECLI:NL:CBHO:2025:212, CBHO 2025/0187, artikel 7.18, lid 3, 'Veertien van de "
      "zestien', CD 8/10, 7 leden, 14.00 uur, 16.12 uur, dates d.d.",
      "2026-10-28", "verslag", "2026-10-28", "kst-31288-1142",
      [K("kst-31288-1127"), K("kst-31288-1135"), K("kst-31288-1098"), K("kst-31288-1104")],
      [],
      [T("2026D28841", "document"), T("2026D34502", "document")],
      [M("kst-31288-1098", [S("Ten Hove")], True, "settled"),
       M("kst-31288-1104", [S("Pouw-Verweij", "JA21")], False, "progress")],
      [C(["MOCW"], "2026-10-08", rel="made", deadline="voor 1 maart 2027",
         about="uitkomsten monitor promovendi ('Wel zeg ik mevrouw Maaskant toe'; list item 1)"),
       C(["SOCW"], "2026-10-08", rel="made", deadline="in het voorjaar van 2027",
         about="evaluatie klachtenregelingen sociale veiligheid ('Wel stuur ik de Kamer'; list item 2)")])

# 005: Aanhangsel answer Financiën
write("005_antwoord_fin_rente_toeslagen_kifid", "d5.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2026-2027, nr. 587 (zaak 2026Z17790): questions of "
      "the lid Koekoek-Brand (SP) to the staatssecretaris van Financiën, answered by staatssecretaris "
      "Duindam (Financiën) 'ontvangen 13 november 2026': kind antwoord, date the ontvangen date, "
      "self_id ah-tk-20262027-587; 'ik' is SFin.  Kamerstuk 'Kamerstuk 31 066, nr. 1612' (chamber, "
      "year null).  Handelingen 'Handelingen II 2025/26, nr. 97, item 14' (h-tk-20252026-97-14).  "
      "Motion: Idsinga-Koster c.s. 'De uitvoering van de motie loopt ... af te ronden' (progress).  "
      "Commitments: 'uw toezegging in het commissiedebat Hersteloperatie kinderopvangtoeslag van 17 "
      "september jl.' (2026-09-17, addressee SFin) 'voor 15 november 2026', 'Met de beantwoording van "
      "deze vragen kom ik die toezegging na' (settled); 'Wel zal ik uw Kamer voor 1 februari 2027 "
      "informeren' (made, date null).  NOT records: 'Kunt u toezeggen ...?' and 'Dat kan ik niet "
      "toezeggen'; 'De Nederlandse Vereniging van Banken heeft toegezegd' (not the government); the "
      "motie van wantrouwen of 2 juli 2026 (no number: no motion record, though its vote is the "
      "Handelingen reference); 'de toezeggingen in het coalitieakkoord' (twice, general noun); 'Ik "
      "verwacht de terugbetaling in het tweede kwartaal van 2027 af te ronden' (the motion's status "
      "time).  Look-alikes: ECLI:NL:RVS:2025:1507, zaaknummer 202307745/1/A2, 'jaren 2023-2024' "
      "(twice), artikel 26 van de Awir, '21 460 ouders', € 6,8 miljoen, '€ 31.066' (the digits of "
      "dossier 31 066 cited below), € 317, Stcrt. 2026, 30117, 0800-2317, IBAN NL39 INGB 0007 1234 "
      "02, '1.612 klachten' (the digits of nr. 1612), zaaknummer 2025-0012345 (Kifid), "
      "W06.26.00211/III, 'vóór 2023', dates.",
      "2026-11-13", "antwoord", "2026-11-13", "ah-tk-20262027-587",
      [K("kst-31066-1612")],
      [H("h-tk-20252026-97-14")],
      [T("2026Z17790", "zaak")],
      [M("kst-31066-1612", [S("Idsinga-Koster")], True, "progress")],
      [C(["SFin"], "2026-09-17", rel="settled",
         venue="commissiedebat Hersteloperatie kinderopvangtoeslag", deadline="voor 15 november 2026",
         about="klachten bij het Kifid; 'kom ik die toezegging na'"),
       C(["SFin"], None, rel="made", deadline="voor 1 februari 2027",
         about="aantal ouders van voor 2023 en kosten regeling ('Wel zal ik uw Kamer ... informeren')")])
