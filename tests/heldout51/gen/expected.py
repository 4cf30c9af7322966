"""Writes heldout51's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: Kamerbrieven and related documents of Rutte III and IV (2017-2023),
in the titles of that time.  Actors: tests/annotation.py's ACT list has MLNV
(Landbouw, Natuur en Voedselkwaliteit until 2024), MEZK, SIenW, SSZW, MVRO; it
had no abbreviation for the minister voor Medische Zorg (en Sport), the
minister voor Rechtsbescherming, the staatssecretaris van EZK, the minister
voor Basis- en Voortgezet Onderwijs en Media or the minister voor Klimaat en
Energie when this set was written, and 001's minister was first written MVWS
(heldout42's rule, the same post under its present name).  After the first
run the lead added those offices to the list (MMZS, MRb, SEZK, MBVOM, MKE,
...), as heldout42's correction did for older departments, and 001's three
records are written MMZS (see the README).  The other four offices make no
promise in these texts: they appear as co-signer, writer of a cited Kamerstuk or addressee only."""
from lib import C, H, K, M, S, T, write

ZAAK = "zaak"

# 001: Kamerbrief of the minister voor Medische Zorg en Sport, 2019
write("001_brief_mzs_2019_acute_zorg", "d1.txt",
      "Margin-form Kamerbrief of the minister voor Medische Zorg en Sport (Rutte III; written MMZS, "
      "see the module doc), 'Datum 14 november 2019': kind brief, self_id null.  Kamerstukken: "
      "'Kamerstukken II 2018/19, 29 247, nr. 271' (II, 2018-2019); 'Kamerstuk 29 247, nr. 275' and "
      "'Kamerstuk 29 247, nr. 268' (chamber and year null: 'Kamerstuk' without II).  Handelingen "
      "'Handelingen II 2018/19, nr. 94, item 8' h-tk-20182019-94-8.  Motions: Van den Hoek (CDA) "
      "'Hiermee beschouw ik deze motie als afgedaan' (settled); motie-Ellemeet c.s. 'werken dit plan "
      "op dit moment ... uit ... Over de verdere uitvoering informeer ik u' (progress).  Commitments: "
      "'algemeen overleg Acute zorg van 3 juli jl.' (2019-07-03), 'voor het einde van het jaar', "
      "'Hiermee kom ik deze toezegging na' (settled); the promise to Hijink in the plenary debate of "
      "12 juni 2019, 'Dat onderzoek is in oktober gestart' (progress; no term given: deadline null, "
      "'rond de jaarwisseling' a status time; venue left out, the debate is described, not named); "
      "'Ik zal uw Kamer voor 1 april 2020 informeren' about something not named before (made).  "
      "Look-alikes: Postbus 20350 2500 EJ, 2511 VX, 070 340 79 11, kenmerk 1593027-196411-CZ, "
      "1.243.870 inzetten, 94,1 procent, 15 minuten, 45-minutennorm, artikel 4, tweede lid, "
      "Stcrt. 2019, 28741, EUR 12,5 miljoen, 30 september jl.",
      "2019-11-14", "brief", "2019-11-14", None,
      [K("kst-29247-271", "II", "2018-2019"), K("kst-29247-275"), K("kst-29247-268")],
      [H("h-tk-20182019-94-8")],
      [],
      [M("kst-29247-271", [S("Van den Hoek", "CDA")], False, "settled"),
       M("kst-29247-275", [S("Ellemeet")], True, "progress")],
      [C(["MMZS"], "2019-07-03", rel="settled", venue="algemeen overleg Acute zorg",
         deadline="voor het einde van het jaar",
         about="inventarisatie huisartsenposten; 'Hiermee kom ik deze toezegging na'"),
       C(["MMZS"], "2019-06-12", rel="progress", deadline=None,
         about="onderzoek aanrijtijden na sluiting SEH Lelystad, toegezegd aan Hijink; gestart"),
       C(["MMZS"], None, rel="made", deadline="voor 1 april 2020",
         about="uitkomsten overleg LHV over triage ('Ik zal uw Kamer ... informeren')")])

# 002: letter of the minister van LNV with a bijlage table, 2020
write("002_brief_lnv_2020_mest_bijlage_tabel", "d2.txt",
      "Margin-form letter of the minister van Landbouw, Natuur en Voedselkwaliteit (MLNV, Rutte III), "
      "'mede namens de minister van Economische Zaken en Klimaat' (a co-sender; no promise of his "
      "here), 'Datum 26 juni 2020': kind brief, self_id null.  'Uw kenmerk 2020Z09876' a zaak "
      "number.  Kamerstukken: 'Kamerstuk 35 334, nr. 41' (body and table row 2, one record), "
      "'Kamerstukken II 2019/20, 32 813, nr. 498' (II, 2019-2020, a letter of the staatssecretaris "
      "van EZK, no motion), table cells 'Kamerstuk 33 037,\\nnr. 352/360/364' wrapped over two lines "
      "(chamber and year null).  Handelingen in row 6 'Handelingen II\\n2019/20, nr. 58,\\nitem 9' "
      "wrapped in its cell: h-tk-20192020-58-9.  The list introduction ('of deze met deze brief "
      "wordt afgedaan of wat de stand van zaken is') yields to the body and the status cells.  "
      "Motions: Bisschop (SGP) and Lodders (VVD) 'is aan de motie voldaan' and 'Afgedaan, zie brief' "
      "(settled); Geurts c.s. 'Afgedaan met deze brief' (settled); De Groot 'Aangehouden' (cited); "
      "Futselaar (SP) 'In uitvoering' (progress).  Commitments (table rows, minister van LNV): "
      "'AO Mestbeleid d.d. 12-02-2020', 'voor de zomer', Afgedaan (settled); 'plenair debat stikstof "
      "d.d. 05-03-2020', 'na de zomer', 'Loopt' (progress).  Look-alikes: Postbus 20401 2500 EK, "
      "kenmerk DGA-PAV / 20148877, 4 juni jl., 170 kilogram, artikel 21b Meststoffenwet, Stb. 2019, "
      "511, EUR 350 miljoen, 3 april jl., 1 oktober 2020.",
      "2020-06-26", "brief", "2020-06-26", None,
      [K("kst-35334-41"), K("kst-32813-498", "II", "2019-2020"), K("kst-33037-352"),
       K("kst-33037-360"), K("kst-33037-364")],
      [H("h-tk-20192020-58-9")],
      [T("2020Z09876", ZAAK)],
      [M("kst-35334-41", [S("Bisschop", "SGP"), S("Lodders", "VVD")], False, "settled"),
       M("kst-33037-352", [S("Geurts")], True, "settled"),
       M("kst-33037-360", [S("De Groot")], False, "cited"),
       M("kst-33037-364", [S("Futselaar", "SP")], False, "progress")],
      [C(["MLNV"], "2020-02-12", rel="settled", venue="AO Mestbeleid", deadline="voor de zomer",
         about="row 5: handhaving mesttransporten; Afgedaan met deze brief"),
       C(["MLNV"], "2020-03-05", rel="progress", venue="plenair debat stikstof",
         deadline="na de zomer",
         about="row 6: evaluatie derogatie; Loopt")])

# 003: verslag van een commissiedebat, IenW, 2021
write("003_verslag_commissiedebat_ienw_2021_spoor", "d3.txt",
      "Verslag van een commissiedebat (29 984, nr. 981, 'Vastgesteld 15 december 2021'): kind "
      "verslag, date 2021-12-15, self_id kst-29984-981.  The debate of 10 november 2021 with the "
      "staatssecretaris van Infrastructuur en Waterstaat (SIenW), 'eerder geagendeerd als algemeen "
      "overleg Spoor op 24 juni 2021' (the switch to commissiedebatten; no record).  Kamerstukken: "
      "agenda letters 29 984, nrs. 962 and 975; motions 29 984, nr. 950 and nr. 958 (all chamber and "
      "year null).  Motions: Amhaouch's 'mijn motie' (nr. 950), 'de motie-Amhaouch uitgevoerd' "
      "(settled; party not from the speaker's '(CDA)'); 'De motie-Alkaya c.s.' 'Die motie voeren we "
      "uit; ... volgt volgens planning' (progress).  Commitments: 'Ik zeg toe ... voor de zomer van "
      "2022', repeated in the Toezeggingen list (one record), and the list's 'in het eerste kwartaal "
      "van 2022': SIenW, made, dated to the debate 2021-11-10, venue left out (the list names none).  "
      "'kan de staatssecretaris toezeggen' / 'kan ik niet toezeggen' and De Hoop's tweeminutendebat: "
      "no record.  Look-alikes: 34 miljoen euro, 'baanvak 1.120 tot en met 1.147', 404 and 62 "
      "stations, 2024, 2030, 14.00 uur, 17.02 uur, 21 juni 2021.",
      "2021-12-15", "verslag", "2021-12-15", "kst-29984-981",
      [K("kst-29984-962"), K("kst-29984-975"), K("kst-29984-950"), K("kst-29984-958")],
      [],
      [],
      [M("kst-29984-950", [S("Amhaouch")], False, "settled"),
       M("kst-29984-958", [S("Alkaya")], True, "progress")],
      [C(["SIenW"], "2021-11-10", rel="made", deadline="voor de zomer van 2022",
         about="geactualiseerde planning toegankelijkheid stations (debate and list)"),
       C(["SIenW"], "2021-11-10", rel="made", deadline="in het eerste kwartaal van 2022",
         about="overleg met Duitsland over de grensoverschrijdende dienstregeling (list)")])

# 004: answer to Kamervragen in the Aanhangsel, SZW, 2020
write("004_aanhangsel_szw_2020_beslagvrije_voet", "d4.txt",
      "Aanhangsel van de Handelingen, vergaderjaar 2019-2020, nr. 1742: kind antwoord, self_id "
      "ah-tk-20192020-1742, date 2020-02-11 ('ontvangen 11 februari 2020').  The answer of the "
      "staatssecretaris van SZW (SSZW) 'mede namens de minister voor Rechtsbescherming' ('ik' the "
      "staatssecretaris, who signs the answers).  'Zie ook Aanhangsel Handelingen, vergaderjaar "
      "2019-2020, nr. 1511' ah-tk-20192020-1511.  Kamerstukken 'Kamerstuk 24 515, nr. 497/503' "
      "(chamber, year null), 'Kamerstukken II 2019/20, 24 515, nr. 509' (II, 2019-2020); "
      "'wetsvoorstel 35 301' a dossier without number (none).  Motions: Gijs van Dijk (PvdA) 'Die "
      "motie voeren wij uit: ... hebben de systemen inmiddels aangepast' (progress); motie-Jasper van "
      "Dijk 'is verworpen' (cited).  Commitment: 'algemeen overleg Armoede- en schuldenbeleid van "
      "7 november jl.' (2019-11-07, before the answer's date), 'Dat onderzoek is gestart ... Ik zal "
      "uw Kamer voor de zomer over de uitkomsten informeren': a later report on the promise already "
      "named, so progress with deadline 'voor de zomer', not a new commitment.  Look-alikes: 9 "
      "januari 2020, 2.345 klachten, 0800-8115, 11 000 vragen, Stb. 2017, 505, 1 januari 2021, "
      "artikel 475d Rv, 18 december 2019, 13 februari 2020 15.30 uur, 'Vraag 4'.",
      "2020-02-11", "antwoord", "2020-02-11", "ah-tk-20192020-1742",
      [K("kst-24515-497"), K("kst-24515-509", "II", "2019-2020"), K("kst-24515-503")],
      [H("ah-tk-20192020-1511")],
      [],
      [M("kst-24515-497", [S("Gijs van Dijk", "PvdA")], False, "progress"),
       M("kst-24515-503", [S("Jasper van Dijk")], False, "cited")],
      [C(["SSZW"], "2019-11-07", rel="progress", venue="algemeen overleg Armoede- en schuldenbeleid",
         deadline="voor de zomer",
         about="onderzoek uitsluiten beslag op zorgtoeslag; gestart, report before the summer")])

# 005: letter of the minister voor VRO, 2023: tweeminutendebat and VAO motions
write("005_brief_vro_2023_tweeminutendebat_vao", "d5.txt",
      "Margin-form letter of the minister voor Volkshuisvesting en Ruimtelijke Ordening (MVRO, Rutte "
      "IV), 'Datum 6 april 2023': kind brief, self_id null.  'Uw kenmerk 2023Z04417' a zaak number; "
      "'Kenmerk 2023-0000187422' none.  Handelingen 'Handelingen\\nII 2022/23, nr. 47, item 14' "
      "(broken over a line) h-tk-20222023-47-14.  Kamerstukken: 'Kamerstuk 32 847, nr. 1012/1015/"
      "612', 'Kamerstuk 30 196, nr. 799', 'Kamerstuk 31 293, nr. 624' (chamber, year null); "
      "'Kamerstukken II 2018/19,\\n32 847, nr. 563' (II, 2018-2019).  The list introduction 'ga ik in "
      "op' (addressed) yields to each body sentence.  Motions: Boulakjar (D66) and Grinwis "
      "(ChristenUnie), submitted in the tweeminutendebat, 'geef ik uitvoering ... Daarmee is de motie "
      "afgedaan' (settled); motie-Beckerman c.s. 'Over de verdere uitvoering informeer ik u' "
      "(progress); Ronnes (CDA) of the VAO Woningmarkt, 'destijds ... met de brief van 19 december "
      "2019 ... als afgedaan beschouwd' (settled by an earlier letter).  Commitments: 'In het "
      "tweeminutendebat heb ik daarnaast toegezegd' (the tweeminutendebat Bouwen en wonen of "
      "'8 februari jl.', 2023-02-08), 'de uitkomst deel ik voor 1 juli met uw Kamer' (progress, "
      "deadline the new term); 'Ik zeg u toe ... voor Prinsjesdag 2023' (made).  The minister voor "
      "Klimaat en Energie and the minister voor BVOM are writers of cited Kamerstukken only.  "
      "Look-alikes: Postbus 20011 2500 EA, Stcrt. 2023, 9174, 31 maart, negen van de twaalf, "
      "20 april 2023 om 10.00 uur, 4 juli 2019, EUR 20 miljoen, EUR 7.500, 2,5 miljoen woningen, "
      "12 mei 2022.",
      "2023-04-06", "brief", "2023-04-06", None,
      [K("kst-32847-1012"), K("kst-32847-1015"), K("kst-32847-563", "II", "2018-2019"),
       K("kst-32847-612"), K("kst-30196-799"), K("kst-31293-624")],
      [H("h-tk-20222023-47-14")],
      [T("2023Z04417", ZAAK)],
      [M("kst-32847-1012", [S("Boulakjar", "D66"), S("Grinwis", "ChristenUnie")], False, "settled"),
       M("kst-32847-1015", [S("Beckerman")], True, "progress"),
       M("kst-32847-563", [S("Ronnes", "CDA")], False, "settled")],
      [C(["MVRO"], "2023-02-08", rel="progress", venue="tweeminutendebat Bouwen en wonen",
         deadline="voor 1 juli",
         about="met de VNG bezien hoe leegstaande kantoren sneller voor transformatie; overleg 20 april"),
       C(["MVRO"], None, rel="made", deadline="voor Prinsjesdag 2023",
         about="wetsvoorstel versnelling flexwonen in consultatie ('Ik zeg u toe')")])
