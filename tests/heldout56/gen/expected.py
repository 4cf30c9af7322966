"""Writes heldout56's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Actors (tests/annotation.py ACT): the staatssecretaris van BZK -
Koninkrijksrelaties en Digitalisering is SBZK (heldout54); the
staatssecretaris van Defensie SDef; the minister van Buitenlandse Zaken MBuZa;
the minister voor Buitenlandse Handel en Ontwikkelingshulp MBHO (heldout43,
heldout48), the minister van Defensie MDef.  'Mijn ambtsvoorganger' is the
office of the signer (heldout48)."""
from lib import C, K, H, M, OMIT, S, T, write

# 001: Koninkrijksrelaties, Caribisch Nederland
write("001_brief_sbzk_caribisch_nederland_moties_toezeggingen", "d1.txt",
      "Margin-form letter of the staatssecretaris van BZK - Koninkrijksrelaties en Digitalisering "
      "(SBZK), 'Datum 16 november 2026': kind brief, self_id null.  Kamerstukken: 'Kamerstuk 36 800 "
      "IV, nr. 19/23/27' (chamber and year null), 'Kamerstukken II 2025/26, 36 712, nr. 3' (II, "
      "2025-2026; a wetsvoorstel, no motion), 'Kamerstuk 36 712, nr. 11', 'Kamerstuk 36 429, nr. 14' "
      "(the schriftelijk overleg).  Motions: Doelwijt c.s. (nr. 19) 'is aan deze motie voldaan' "
      "(settled); 'Het lid Wuite (D66) vroeg in een motie (... nr. 23)' onderzoek gegund, results "
      "voorjaar 2027 (progress); motie-Van den Berg/Kisteman (36 712, nr. 11) 'betrek ik bij de nota "
      "van wijziging' (progress, a next step); motie-Tseggai (nr. 27) verworpen (cited).  "
      "Commitments: notaoverleg Caribisch Nederland of '22 juni jl.' (2026-06-22), 'voor het einde "
      "van het jaar', 'kom ik deze toezegging na' (settled); schriftelijk overleg over de "
      "energieprijzen (no date written: null), evaluation gestart (progress, refs the Kamerstuk); "
      "'Tot slot zeg ik toe ... voor 1 juli 2027' (made).  Look-alikes: Stcrt. 2026, 41207; Stb. 2026, "
      "318; 'P.B. 2024, no. 88', 'AB 2024, no. 12', 'A.B. 2025, no. 31' (the islands' and countries' "
      "own publication sheets); Landsverordening/Eilandsverordening/Besluit ... BES; artikel 3, "
      "tweede lid, Wet BES-uitkering; 6,4 procent; 1.184 huishoudens; kenmerk 2026-0000583104; "
      "'2 november jl.' and '3 februari 2026' (no commitments).",
      "2026-11-16", "brief", "2026-11-16", None,
      [K("kst-36800-IV-19"), K("kst-36800-IV-23"), K("kst-36712-3", "II", "2025-2026"),
       K("kst-36712-11"), K("kst-36429-14"), K("kst-36800-IV-27")],
      [],
      [],
      [M("kst-36800-IV-19", [S("Doelwijt")], True, "settled"),
       M("kst-36800-IV-23", [S("Wuite", "D66")], False, "progress"),
       M("kst-36712-11", [S("Van den Berg"), S("Kisteman")], False, "progress"),
       M("kst-36800-IV-27", [S("Tseggai")], False, "cited")],
      [C(["SBZK"], "2026-06-22", rel="settled", venue="notaoverleg Caribisch Nederland",
         deadline="voor het einde van het jaar",
         about="vrije uitkering Sint Eustatius herzien; 'kom ik deze toezegging na'"),
       C(["SBZK"], None, rel="progress",
         venue="schriftelijk overleg over de energieprijzen in Caribisch Nederland", deadline=None,
         refs=["kst-36429-14"], about="evaluatie subsidie vastrecht; 'is gestart'"),
       C(["SBZK"], None, rel="made", deadline="voor 1 juli 2027",
         about="ervaringen openbare lichamen met het nieuwe ijkpunt ('zeg ik toe')")])

# 002: Defensie, voortgangsrapportage materieelproject
write("002_brief_sdef_voortgangsrapportage_mijnenbestrijding", "d2.txt",
      "Margin-form letter of the staatssecretaris van Defensie (SDef), 'Datum 20 november 2026': "
      "kind brief, self_id null.  Kamerstukken: A-brief 'Kamerstuk 27 830, nr. 301' (null, null), "
      "DMP-brief D 'Kamerstukken II 2023/24, 27 830, nr. 339' (II, 2023-2024), 'Kamerstuk 36 800 X, "
      "nr. 14/41/47'.  Motions: Boswijk (CDA) and Erkens (VVD) (nr. 41) 'beschouw ik deze motie als "
      "uitgevoerd' (settled); Pool c.s. (nr. 47) aangehouden (cited).  Commitments: commissiedebat "
      "Defensiematerieel of '8 oktober jl.' (2026-10-08), verkenning loopt, uitkomst 'in het najaar "
      "van 2027' (progress, deadline the new time phrase); 'mijn ambtsvoorganger in het schriftelijk "
      "overleg van 21 maart 2025' (SDef, the office of the signer), 'geef ik invulling aan die "
      "toezegging' (settled; 'jaarlijks' no deadline phrase of a term: left out).  Look-alikes: "
      "projectnr. D/2019/00428, 'onder nummer 2.3.07', the M EUR table ('3 012,4' shaped like nr. "
      "3012, '2 793,0', '1 421,7'), 'M EUR 1.000 - 5.000', artikel 6, '41 Nederlandse "
      "toeleveranciers' beside motion nr. 41, kenmerk BS2026028417, 9 oktober 2026, 2511 CB.",
      "2026-11-20", "brief", "2026-11-20", None,
      [K("kst-27830-301"), K("kst-27830-339", "II", "2023-2024"), K("kst-36800-X-14"),
       K("kst-36800-X-41"), K("kst-36800-X-47")],
      [],
      [],
      [M("kst-36800-X-41", [S("Boswijk", "CDA"), S("Erkens", "VVD")], False, "settled"),
       M("kst-36800-X-47", [S("Pool")], True, "cited")],
      [C(["SDef"], "2026-10-08", rel="progress", venue="commissiedebat Defensiematerieel",
         deadline="in het najaar van 2027",
         about="inzet schepen in het Caribisch gebied (toegezegd aan Dassen); verkenning loopt"),
       C(["SDef"], "2025-03-21", rel="settled", venue="schriftelijk overleg",
         about="jaarlijks overzicht exploitatiekosten; 'geef ik invulling aan die toezegging'")])

# 003: BZ, geannoteerde agenda RBZ
write("003_brief_mbuza_geannoteerde_agenda_rbz", "d3.txt",
      "Margin-form letter of the minister van Buitenlandse Zaken (MBuZa), 'Datum 27 november 2026', "
      "'Uw kenmerk 2026Z21877' (zaak): kind brief, self_id null.  Kamerstukken: verslag 'Kamerstuk "
      "21 501-02, nr. 3108', motions 'Kamerstuk 21 501-02, nr. 3087' and 'Kamerstuk 21 501-02,\\n"
      "nr. 3091' (broken over a line), 'Kamerstukken II 2025/26,\\n21 501-02, nr. 3012' (II, 2025-"
      "2026), 'Kamerstuk\\n23 432, nr. 611'.  Motions: Paternotte c.s. 'De motie is daarmee "
      "uitgevoerd' (settled); Brekelmans and Van Campen, steun verworven, 'Ik houd uw Kamer op de "
      "hoogte' (progress); 'De aangenomen motie-Van Baarle ... vraagt' with 'zie hierover ook' "
      "(cited).  Commitments: commissiedebat Raad Buitenlandse Zaken of '12 november jl.' "
      "(2026-11-12) to Piri, 'Daaraan voldoe ik' (settled); tweeminutendebat of '19 november jl.' "
      "(2026-11-19, Handelingen II 2026/27, nr. 24, item 9), 'Ik doe dat op 15 december en bericht "
      "u erover' (progress; deadline left out, the date is when it is done).  Look-alikes: "
      "Verordening (EU) 2024/792, JOIN(2026) 31, resolutie 2728 (2024), Raadsbesluit (GBVB) "
      "2026/1412, document 15321/26, EUR 3.087 miljoen beside motion nr. 3087, kenmerk BZ2630418.",
      "2026-11-27", "brief", "2026-11-27", None,
      [K("kst-21501-02-3108"), K("kst-21501-02-3087"), K("kst-21501-02-3091"),
       K("kst-21501-02-3012", "II", "2025-2026"), K("kst-23432-611")],
      [H("h-tk-20262027-24-9")],
      [T("2026Z21877", "zaak")],
      [M("kst-21501-02-3087", [S("Paternotte")], True, "settled"),
       M("kst-21501-02-3091", [S("Brekelmans"), S("Van Campen")], False, "progress"),
       M("kst-21501-02-3012", [S("Van Baarle")], False, "cited")],
      [C(["MBuZa"], "2026-11-12", rel="settled", venue="commissiedebat Raad Buitenlandse Zaken",
         deadline=None, about="EU-inzet verkiezingen Georgië (toegezegd aan Piri); 'Daaraan voldoe ik'"),
       C(["MBuZa"], "2026-11-19", rel="progress", venue="tweeminutendebat over de Raad",
         refs=["h-tk-20262027-24-9"], about="humanitaire toegang Sudan in de Raad")])

# 004: BHO
write("004_brief_mbho_handelsagenda_afdoening", "d4.txt",
      "Margin-form letter of the minister voor Buitenlandse Handel en Ontwikkelingshulp on BZ paper "
      "(MBHO), 'Datum 3 december 2026': kind brief, self_id null.  A list introduced by 'De volgende "
      "moties beschouw ik met deze brief als afgedaan:' (settled for both): Klink (VVD) (Kamerstuk "
      "36 800 XVII, nr. 22) and motie-Kamminga/Teunissen (Kamerstuk 26 485, nr. 491).  Thijssen c.s. "
      "(26 485, nr. 496) afbouwpad 'in concept gereed', 'leg het ... voor' (progress).  Kamerstuk "
      "'Kamerstukken II 2025/26, 21 501-02, nr. 3059' (II, 2025-2026) cited, no motion.  Commitments: "
      "'De minister van Buitenlandse Zaken heeft tijdens de behandeling van de begroting (Handelingen "
      "II 2026/27, nr. 18, item 4) toegezegd' (MBuZa, date not written: null, 'nagekomen' settled, "
      "venue 'behandeling van de begroting'); commissiedebat Handelsbeleid of '11 november jl.' "
      "(2026-11-11) to Hirsch, inventarisatie gestart, 'voor de zomer van 2027' (progress); 'Ik zeg "
      "u toe ... jaarlijks, telkens in december' (made).  Look-alikes: EUR 26,485 miljoen (the dossier "
      "26 485), '496 bedrijven' beside motion nr. 496, artikel 4.2, 0800-8051, HM-2026-112, "
      "BHO-2026/52290, 2515 XP, '12 juni 2026'.",
      "2026-12-03", "brief", "2026-12-03", None,
      [K("kst-36800-XVII-22"), K("kst-26485-491"), K("kst-26485-496"),
       K("kst-21501-02-3059", "II", "2025-2026")],
      [H("h-tk-20262027-18-4")],
      [],
      [M("kst-36800-XVII-22", [S("Klink", "VVD")], False, "settled"),
       M("kst-26485-491", [S("Kamminga"), S("Teunissen")], False, "settled"),
       M("kst-26485-496", [S("Thijssen")], True, "progress")],
      [C(["MBuZa"], None, rel="settled", venue="behandeling van de begroting",
         refs=["h-tk-20262027-18-4"], about="tijdpad ratificatie Mercosur; 'hiermee nagekomen'"),
       C(["MBHO"], "2026-11-11", rel="progress", venue="commissiedebat Handelsbeleid",
         deadline="voor de zomer van 2027", about="ervaringen exporteurs met CBAM (toegezegd aan Hirsch)"),
       C(["MBHO"], None, rel="made", deadline="jaarlijks, telkens in december",
         about="overzicht handelsmissies ('Ik zeg u toe')")])

# 005: artikel 100-brief, BZ and Defensie together
write("005_brief_mbuza_mdef_artikel100_eumarsec", "d5.txt",
      "Joint artikel 100-brief of the minister van Buitenlandse Zaken and the minister van Defensie "
      "(both sign; 'wij' = MBuZa + MDef), 'Datum 25 november 2026': kind brief, self_id null.  "
      "Kamerstukken: 'Kamerstuk 29 521, nr. 242' (Toetsingskader), 'Kamerstuk 29 521, nr. 481', "
      "'Kamerstuk 27 925, nr. 1002', 'Kamerstuk 29 521, nr. 476', the list 'Kamerstuk\\n29 521, nrs. "
      "455 en 462' (two), 'Kamerstukken II 2025/26, 27 925, nr. 998' (II, 2025-2026).  Motions: "
      "Boswijk c.s. 'daarmee geven wij uitvoering aan deze motie' (settled); Dassen and Van der Lee "
      "'De eerste evaluatie is in voorbereiding' (progress); motie-Tuinman verworpen (cited).  "
      "Commitments: 'De minister van Defensie heeft in het commissiedebat Missies en operaties van 30 "
      "september jl. toegezegd' (MDef, 2026-09-30), briefing 'vindt plaats op 9 december 2026' "
      "(progress); 'Wij zeggen toe ... uiterlijk zes maanden na de start van de missie' (made, both "
      "ministers).  Look-alikes: artikel 100 van de Grondwet, Toetsingskader 2014, 230 militairen, "
      "EUR 52,9 miljoen, '4°N en 6°S', 1 februari 2027, 7 juli 2026, kenmerken BZ2630211 / "
      "BS2026027990.",
      "2026-11-25", "brief", "2026-11-25", None,
      [K("kst-29521-242"), K("kst-29521-481"), K("kst-27925-1002"), K("kst-29521-476"),
       K("kst-29521-455"), K("kst-29521-462"), K("kst-27925-998", "II", "2025-2026")],
      [],
      [],
      [M("kst-29521-481", [S("Boswijk")], True, "settled"),
       M("kst-27925-1002", [S("Dassen"), S("Van der Lee")], False, "progress"),
       M("kst-29521-476", [S("Tuinman")], False, "cited")],
      [C(["MDef"], "2026-09-30", rel="progress", venue="commissiedebat Missies en operaties",
         about="rules of engagement vertrouwelijk bespreken; technische briefing op 9 december"),
       C(["MBuZa", "MDef"], None, rel="made",
         deadline="uiterlijk zes maanden na de start van de missie",
         about="tussentijdse evaluatie ('Wij zeggen toe')")])
