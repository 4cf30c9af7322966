"""Writes heldout37's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: a minister's letter to the Voorzitter van de Eerste Kamer on EK toezeggingen
write("001_brief_mvro_ek_toezeggingen_gestand_voldaan_voortgang", "d1.txt",
      "Letter of the minister van Volkshuisvesting en Ruimtelijke Ordening (MVRO) to the Voorzitter "
      "van de Eerste Kamer, 'Datum 9 juni 2026': kind brief, self_id null.  Headings 'Toezegging "
      "T0xxxx (title)' carry the item, the status follows (heldout23).  T03912, made 'Tijdens de "
      "plenaire behandeling van het wetsvoorstel ... (Kamerstukken I 2025/26, 36 538) op 3 februari "
      "jl.', 'voor 1 juni 2026', 'Hiermee doe ik de toezegging T03912 gestand' (settled, venue left "
      "out for a plenary behandeling).  T03877 (Evaluatie Wet betaalbare huur), made by 'Mijn "
      "ambtsvoorganger' (the office MVRO) at the plenaire behandeling on 30 april 2024, 'binnen twee "
      "jaar na inwerkingtreding', 'Daarmee is ook deze toezegging voldaan' (settled).  T03925, made "
      "in the same debate ('Ik zegde toe ... uiterlijk 1 december 2026'), 'is ... begonnen; Ik ben "
      "op schema' (progress).  New: 'over de aanpassing van het Besluit kwaliteit leefomgeving ... "
      "informeer ik beide Kamers voor het einde van dit jaar' (made).  '(Kamerstukken I 2025/26, "
      "36 538)' and '(Kamerstukken I 2023/24, 36 040)' are dossiers without a document number: no "
      "Kamerstuk.  Motions: motie-Kroon c.s. (Kamerstukken I 2025/26, 36 538, G) 'Ik betrek de motie "
      "bij ... in voorbereiding' (progress); the TK's motie-Ravestein, 'heb ik de Tweede Kamer ... "
      "geïnformeerd' (cited).  Look-alikes: Postbus 20011/20017, 2500 EA, kenmerk 2026-0000318456, "
      "73.000 woningen, artikel 54, tweede lid, 412 gemeenten, EUR 1,2 miljoen, Stcrt. 2026, 14512, "
      "'28 mei jl.', '12 mei jl.'.",
      "2026-06-09", "brief", "2026-06-09", None,
      [K("kst-36040-112", "II", "2025-2026"), K("kst-36538-G", "I", "2025-2026"),
       K("kst-36538-31", "II", "2025-2026")],
      [],
      [T("T03912", TZ), T("T03877", TZ), T("T03925", TZ)],
      [M("kst-36538-G", [S("Kroon")], True, "progress"),
       M("kst-36538-31", [S("Ravestein")], False, "cited")],
      [C(["MVRO"], "2026-02-03", rel="settled", deadline="voor 1 juni 2026", refs=["T03912"],
         about="overzicht sociale huur per woningmarktregio; gestand gedaan"),
       C(["MVRO"], "2024-04-30", rel="settled", deadline="binnen twee jaar na inwerkingtreding",
         refs=["T03877"], about="evaluatie Wet betaalbare huur, ambtsvoorganger; voldaan"),
       C(["MVRO"], "2026-02-03", rel="progress", deadline="uiterlijk 1 december 2026",
         refs=["T03925"], about="monitor middenhuur; begonnen, op schema"),
       C(["MVRO"], None, rel="made", deadline="voor het einde van dit jaar",
         about="aanpassing Bkl voor flexwoningen")])

# 002: export of the Eerste Kamer's toezeggingenregister for one ministry
write("002_ek_toezeggingenregister_export_jenv_velden", "d2.txt",
      "Export of the Eerste Kamer's toezeggingenregister for the Ministerie van Justitie en "
      "Veiligheid, 'Geëxporteerd op: 1 september 2026', five entries as 'Label: value' fields "
      "(Toezegging title, Nummer, Datum, Kamerstuknummer, Bewindspersoon, Status, Deadline, "
      "Omschrijving wrapped over lines).  Kind and date left out, self_id null (a register page, "
      "heldout20 001/heldout24 004).  One commitment per entry: actor from Bewindspersoon (minister "
      "MJenV, staatssecretaris SJenV), date the Datum field, deadline the Deadline field ('-' null), "
      "refs the T-number; openstaand relation left out (heldout24), deels voldaan progress, voldaan "
      "settled.  Kamerstuknummer '36 463'/'36 479'/'36 502' dossiers only, no Kamerstuk; 'Kamerstukken "
      "I 2025/26, 36 479, H' and 'Kamerstukken II 2024/25, 36 463, nr. 4' in the Omschrijving are; "
      "'Handelingen I 2025/26, nr. 22, item 9' wraps over lines.  'naar aanleiding van vragen van de "
      "leden Veldkamp-Oord (CDA) en Smeulders (SP)' no motion.  Look-alikes: Binnenhof 22, 2513 AA, "
      "070 312 92 00, '5 (pagina 1 van 1)', 1.850 boa's, artikel 51e Sv, 'brief van 22 juni 2026', "
      "'Voldaan op 20 april 2026'.",
      "2026-09-01", OMIT, OMIT, None,
      [K("kst-36479-H", "I", "2025-2026"), K("kst-36463-4", "II", "2024-2025")],
      [H("h-ek-20252026-22-9")],
      [T("T03904", TZ), T("T03918", TZ), T("T03933", TZ), T("T03947", TZ), T("T03956", TZ)],
      [],
      [C(["MJenV"], "2025-12-15", deadline="1 maart 2027", refs=["T03904"],
         about="jaarlijkse rapportage inzet boa's; openstaand"),
       C(["SJenV"], "2026-01-27", rel="settled", deadline="1 juli 2026", refs=["T03918"],
         about="evaluatieplan Wet herziening tenuitvoerlegging; voldaan"),
       C(["MJenV"], "2026-02-10", rel="progress", deadline="31 december 2026", refs=["T03933"],
         about="wachttijden NFI; deels voldaan"),
       C(["SJenV"], "2026-03-17", deadline="voor de behandeling van de begroting 2027",
         refs=["T03947"], about="slachtofferrechten digitale zittingen; openstaand"),
       C(["MJenV"], "2026-04-14", rel="settled", deadline=None, refs=["T03956"],
         about="advies Raad van State aan de Eerste Kamer; voldaan")])

# 003: memorie van antwoord to the Eerste Kamer
write("003_memorie_van_antwoord_szw_kinderopvang_fracties_tk_moties", "d3.txt",
      "Memorie van antwoord to the Eerste Kamer (36 571, 'C MEMORIE VAN ANTWOORD', 'Ontvangen 14 "
      "april 2026'), signed by the minister van SZW (MSZW; 'de regering' and 'ik' are the signer).  "
      "Kind left out, date the Ontvangen date (as heldout23 006's nota), self_id kst-36571-C.  The "
      "voorlopig verslag 'Kamerstukken I 2025/26, 36 571, B'.  Tweede Kamer motions: motie van het "
      "lid Sneller-Baas c.s. (nr. 18) 'is aan die motie uitvoering gegeven' (settled); "
      "motie-Hoogeveen/El Amrani (nr. 21, the reference wrapped) 'wordt betrokken bij de amvb; het "
      "ontwerpbesluit is in voorbereiding' (progress); motie van het lid Vos (PVV) (nr. 24) "
      "'verworpen' (cited); amendement-Oosterhuis (nr. 14) a Kamerstuk only.  Commitments: 'De "
      "regering zegt toe de wet binnen drie jaar na inwerkingtreding te evalueren' (made); 'Ik ben "
      "bereid deze leden toe te zeggen dat ik uw Kamer voor 1 januari 2027 informeer' (made); the "
      "minister's promise in the wetgevingsoverleg Kinderopvang of 1 december 2025 'voor de "
      "behandeling in de Eerste Kamer', 'daarmee is de toezegging afgedaan' (settled).  Not "
      "promises: 'vragen de regering toe te zeggen ... Dat kan de regering niet toezeggen'.  "
      "Look-alikes: 1 januari 2028, EUR 38.500, 47 gemeenten, '20 maart jl.', artikel 1.7, derde "
      "lid, Stb. 2025, 318, the page number 1, party names without a motion (BBB-fractie, 50PLUS).",
      "2026-04-14", OMIT, "2026-04-14", "kst-36571-C",
      [K("kst-36571-B", "I", "2025-2026"), K("kst-36571-18", "II", "2025-2026"),
       K("kst-36571-14", "II", "2025-2026"), K("kst-36571-21", "II", "2025-2026"),
       K("kst-36571-24", "II", "2025-2026"), K("kst-36571-33", "II", "2025-2026")],
      [],
      [],
      [M("kst-36571-18", [S("Sneller-Baas")], True, "settled"),
       M("kst-36571-21", [S("Hoogeveen"), S("El Amrani")], False, "progress"),
       M("kst-36571-24", [S("Vos", "PVV")], False, "cited")],
      [C(["MSZW"], None, rel="made", deadline="binnen drie jaar na inwerkingtreding",
         about="evaluatie van de wet ('De regering zegt toe')"),
       C(["MSZW"], None, rel="made", deadline="voor 1 januari 2027",
         about="aanbod kinderopvang in 47 gemeenten ('Ik ben bereid deze leden toe te zeggen')"),
       C(["MSZW"], "2025-12-01", rel="settled", venue="wetgevingsoverleg Kinderopvang",
         deadline="voor de behandeling in de Eerste Kamer",
         about="uitvoeringstoets Belastingdienst en DUO; afgedaan")])

# 004: an Eerste Kamer motion as a Kamerstuk
write("004_ek_motie_van_der_linden_roos_36571_f", "d4.txt",
      "Eerste Kamer motion as officielebekendmakingen prints it: '36 571 Wijziging ...', 'F MOTIE VAN "
      "HET LID VAN DER LINDEN-ROOS C.S.', 'Voorgesteld 19 mei 2026'.  kind motie, date the "
      "Voorgesteld date, self_id kst-36571-F; the motion itself listed with its sponsor from the "
      "header in the Kamer's form ('Van der Linden-Roos', c.s., no relation; the names under it add "
      "no sponsor, heldout22 003).  Cited: the memorie van antwoord 'Kamerstukken I 2025/26, 36 571, "
      "C' (wrapped over lines) and the TK's motie-Hoogeveen/El Amrani (Kamerstukken II 2025/26, "
      "36 571, nr. 21).  'constaterende dat de regering in de memorie van antwoord ... heeft "
      "toegezegd de wet binnen drie jaar na inwerkingtreding te evalueren': a promise recalled, "
      "cited; 'de regering' names no bewindspersoon in a motion without signature (actors []), date "
      "not given (null).  The motion's 'verzoekt de regering ... voor 1 november 2026 te informeren' "
      "is a request, no commitment.  Look-alikes: 2027 tot en met 2028, 17.400 gastouders, 61.000 "
      "kinderen, artikel 1.56, eerste lid, ISSN 0921 - 7371, the foot line with the own number.",
      "2026-05-19", "motie", "2026-05-19", "kst-36571-F",
      [K("kst-36571-C", "I", "2025-2026"), K("kst-36571-21", "II", "2025-2026")],
      [],
      [],
      [M("kst-36571-F", [S("Van der Linden-Roos")], True),
       M("kst-36571-21", [S("Hoogeveen"), S("El Amrani")], False, "cited")],
      [C([], None, rel="cited", deadline="binnen drie jaar na inwerkingtreding",
         refs=["kst-36571-C"], about="evaluatie van de wet, recalled from the memorie van antwoord")])

# 005: the minister's letter reacting to the Eerste Kamer motion of 004
write("005_brief_mszw_reactie_ek_motie_voorschot_gastouders", "d5.txt",
      "Letter of the minister van SZW (MSZW) to the Voorzitter van de Eerste Kamer, 'Datum 27 oktober "
      "2026': kind brief, self_id null.  Motions: 'de motie van het lid Van der Linden-Roos c.s. "
      "(Kamerstukken I 2025/26, 36 571, F) aangenomen (Handelingen I 2025/26, nr. 31, item 4) ... Met "
      "deze brief geef ik uitvoering aan de motie' (settled); 'De motie van het lid Hekking (BBB) ... "
      "(Kamerstukken I 2025/26, 36 571, G) voer ik uit ... ik kom daar in het voorjaar van 2027 op "
      "terug' (progress; the later report is that motion's progress, no commitment).  Commitments: "
      "T03951, made in 'de memorie van antwoord van 14 april jl. (Kamerstukken I 2025/26, 36 571, C)', "
      "'voor 1 januari 2027', 'Het onderzoek ... loopt; ik stuur u de uitkomsten in december' "
      "(progress; venue left out: a memorie van antwoord is no debate); 'Ik zal uw Kamer in "
      "september 2027 informeren over het gebruik van de regeling' (made: the use of the regeling is "
      "not an item named before).  'nadere memorie van antwoord (Kamerstukken I 2025/26, 36 571, E)' "
      "a Kamerstuk.  Look-alikes: Postbus 90801, 2509 LV, kenmerk 2026-0000219087, T 070 333 44 44, "
      "EUR 450, Stcrt. 2026, 30127, artikel 1.56, 19 gemeenten, 47 gemeenten, '1 januari 2027' of the "
      "regeling, '26 mei jl.'.",
      "2026-10-27", "brief", "2026-10-27", None,
      [K("kst-36571-F", "I", "2025-2026"), K("kst-36571-E", "I", "2025-2026"),
       K("kst-36571-G", "I", "2025-2026"), K("kst-36571-C", "I", "2025-2026")],
      [H("h-ek-20252026-31-4")],
      [T("T03951", TZ)],
      [M("kst-36571-F", [S("Van der Linden-Roos")], True, "settled"),
       M("kst-36571-G", [S("Hekking", "BBB")], False, "progress")],
      [C(["MSZW"], "2026-04-14", rel="progress", deadline="voor 1 januari 2027", refs=["T03951"],
         about="aanbod kinderopvang in krimpgemeenten; onderzoek loopt"),
       C(["MSZW"], None, rel="made", deadline="in september 2027",
         about="gebruik voorschotregeling in het eerste halfjaar")])

# 006: Handelingen I, plenary debate with promises, the voorzitter's summary and a vote
write("006_handelingen_ek_netcongestie_toezeggingen_stemming_motie", "d6.txt",
      "Handelingen I 2025/26, nr. 12, item 6, 'Vergadering van dinsdag 9 december 2025' (wetsvoorstel "
      "36 480, the minister van KGG, MKGG): kind handelingen, self_id h-ek-20252026-12-6.  'Ik zeg de "
      "heer Van Wely toe dat ik de Kamer voor 1 juli 2026 informeer' (made, dated to the debate, no "
      "venue key; the voorzitter registers it as T03929: refs that number); 'Dat zeg ik haar toe; de "
      "evaluatie volgt binnen drie jaar na inwerkingtreding' (made); 'De toezegging die ik op 24 juni "
      "jl. aan mevrouw Stoop-Kanis deed (T03790) ... is met mijn brief van 2 december (Kamerstukken I "
      "2025/26, 36 378, K) nagekomen' (settled, no term, venue not named).  The voorzitter's 'Ik "
      "constateer dat de minister twee toezeggingen heeft gedaan' restates both (no extra records).  "
      "'kan ik niet toezeggen' no promise.  Motions: motie-Bovenhoff c.s. (36 480, F), the "
      "minister's 'oordeel Kamer' and the vote 'In stemming komt ... aangenomen' (cited); the TK's "
      "motie-Kroeze (Kamerstukken II 2025/26, 36 480, nr. 27) (cited).  '(36 480)' a dossier, no "
      "Kamerstuk.  Look-alikes: 11.480 aanvragen, artikel 3.27, tweede lid, 3 x 80 ampère, EUR 250, "
      "'44 stemmen voor en 31 tegen', 16.05 uur.",
      "2025-12-09", "handelingen", "2025-12-09", "h-ek-20252026-12-6",
      [K("kst-36378-K", "I", "2025-2026"), K("kst-36480-F"), K("kst-36480-27", "II", "2025-2026")],
      [],
      [T("T03790", TZ), T("T03929", TZ)],
      [M("kst-36480-F", [S("Bovenhoff")], True, "cited"),
       M("kst-36480-27", [S("Kroeze")], False, "cited")],
      [C(["MKGG"], "2025-12-09", rel="made", deadline="voor 1 juli 2026", refs=["T03929"],
         about="wachtrij per netbeheerder per regio ('Ik zeg de heer Van Wely toe')"),
       C(["MKGG"], "2025-12-09", rel="made", deadline="binnen drie jaar na inwerkingtreding",
         about="evaluatie ook over kleine afnemers ('Dat zeg ik haar toe')"),
       C(["MKGG"], "2025-06-24", rel="settled", deadline=None, refs=["T03790"],
         about="rol van de ACM; nagekomen met 36 378, K")])
