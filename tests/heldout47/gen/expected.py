"""Writes heldout47's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: the WHEN of commitments.  Each commitment's date is the day it was
made, resolved from the form the text uses against the document's own date
(reference_date); its deadline is the term the promise had, as written, never
resolved; status times, start dates and years of background facts are no
deadline.  The conventions are set out in ../README.md."""
from lib import C, K, H, M, OMIT, S, T, write  # noqa: F401

TZ = "toezegging"

# 001: Kamerbrief JenV, margin form, Tuesday 17 March 2026
write("001_brief_jenv_explosies_afgelopen_donderdag", "d1.txt",
      "Kamerbrief of the minister van Justitie en Veiligheid (MJenV, the signer), margin form, "
      "'Datum 17 maart 2026' (a Tuesday): kind brief, self_id null.  Kamerstukken 'Kamerstuk 29 911, "
      "nr. 462/468/471/473' (chamber and year null).  Motions: Brouwer-Akkerman (CDA) c.s. (nr. 468) "
      "'de motie is in uitvoering' (progress); 'De motie-Van Loon/Özdemir' (nr. 471) 'Daarmee is aan "
      "de motie uitvoering gegeven' (settled; the 'Sinds 1 januari' before it is the meldpunt's start, "
      "no date of anything promised); Hagedoorn (PVV) (nr. 473) 'is aangehouden' (cited).  "
      "Commitments: (1) 'Tijdens het commissiedebat Georganiseerde criminaliteit van 4 februari jl.' "
      "= 2026-02-04 (the latest 4 February not after 17 March 2026), venue as named, deadline 'voor "
      "de zomer', 'Met deze brief kom ik die toezegging na' (settled).  (2) 'In hetzelfde debat heb "
      "ik het lid Brouwer-Akkerman toegezegd te onderzoeken': 2026-02-04, venue key left out "
      "('hetzelfde debat', heldout32), the promise had no term: deadline null; 'Ik verwacht de eerste "
      "resultaten in mei' is a status time; 'Dat onderzoek loopt' (progress).  (3) 'In het debat over "
      "explosies bij woningen van afgelopen donderdag': the latest Thursday before the letter of "
      "Tuesday 17 March 2026 = 2026-03-12 (a weekday names one day, resolvable against the "
      "document's date, unlike gold's 'vorige week'); a plenary debate: venue key left out; "
      "deadline 'voor de JBZ-Raad van juni'; 'De gesprekken ... zijn gaande' (progress).  (4) 'Ik zeg "
      "u toe dat ik uw Kamer uiterlijk in het derde kwartaal van 2026 informeer' (made, date null).  "
      "Not dates of a promise: 'Vorige week heb ik met de burgemeesters ... gesproken', '9 december "
      "2025' (a letter), 'per 1 juli 2026 in werking' (a regulation's start), 'Sinds 1 januari'.  "
      "Look-alikes: '29 911 tips' (a dossier's shape), 1.412, 1.627, 0800-4433, 9.00 tot 17.00 uur, "
      "Stb. 2025, 488, artikel 2.3.4, tweede lid, artikel 13b, eerste lid, Opiumwet, EUR 22.500, 25 "
      "kilogram, kenmerk 6718342, Postbus 20301/20018, 2500 EH, 2500 EA, 2511 DP, categorie F4.",
      "2026-03-17", "brief", "2026-03-17", None,
      [K("kst-29911-462"), K("kst-29911-468"), K("kst-29911-471"), K("kst-29911-473")],
      [],
      [],
      [M("kst-29911-468", [S("Brouwer-Akkerman", "CDA")], True, "progress"),
       M("kst-29911-471", [S("Van Loon"), S("Özdemir")], False, "settled"),
       M("kst-29911-473", [S("Hagedoorn", "PVV")], False, "cited")],
      [C(["MJenV"], "2026-02-04", rel="settled", venue="commissiedebat Georganiseerde criminaliteit",
         deadline="voor de zomer",
         about="'van 4 februari jl.'; resultaten pilot cameratoezicht; 'kom ik die toezegging na'"),
       C(["MJenV"], "2026-02-04", rel="progress", deadline=None,
         about="'In hetzelfde debat': onderzoek sluiting na explosie zonder drugs; no term ('Ik "
               "verwacht de eerste resultaten in mei' a status time); 'Dat onderzoek loopt'"),
       C(["MJenV"], "2026-03-12", rel="progress", deadline="voor de JBZ-Raad van juni",
         about="'van afgelopen donderdag' (letter Tuesday 17 March 2026 -> Thursday 12 March); "
               "plenary debate, no venue key; inzet Europees verbod F4-vuurwerk; gesprekken gaande"),
       C(["MJenV"], None, rel="made", deadline="uiterlijk in het derde kwartaal van 2026",
         about="'Ik zeg u toe': daderbeeld en jeugdreclassering")])

# 002: Kamerstuk-form letter SZW, 10 February 2026
write("002_brief_szw_arbeidsmigranten_kamerstuk", "d2.txt",
      "Letter of the minister van SZW (MSZW, the signer) in the Kamerstuk form '29 544 ... Nr. 1411 "
      "BRIEF VAN DE MINISTER ...', 'Den Haag, 10 februari 2026': kind brief, self_id kst-29544-1411.  "
      "Kamerstukken 29 544, nr. 1402 (the earlier letter), 29 861, nr. 142, 29 544, nr. 1389 (chamber "
      "and year null).  Handelingen 'Handelingen II 2025/26, nr. 41, item 3' (h-tk-20252026-41-3).  "
      "Motions: Yıldırım (SP) and Koops-Verhoef (NSC) (29 861, nr. 142) 'Ik beschouw haar daarmee als "
      "uitgevoerd' (settled); Van Rijn-Dekkers (VVD) c.s. (29 544, nr. 1389) 'De gesprekken ... lopen; "
      "over de uitkomst daarvan informeer ik u voor de zomer' (progress of the motion, no commitment).  "
      "Commitments: the commissiedebat Arbeidsmarktbeleid 'op 3 december 2025' (2025-12-03, venue as "
      "named in the sentence that introduces both): (1) 'voor het kerstreces', 'nagekomen met mijn "
      "brief van 18 december 2025' (settled: an earlier letter did it); (2) 'te laten onderzoeken' "
      "without a term: deadline null ('ik verwacht de resultaten in maart' a status time; 'In 2024 "
      "heeft de ... Arbeidsinspectie 412 inspecties' background), 'Het onderzoek is in januari "
      "gestart' (progress).  (3) 'In het mondelinge vragenuur van dinsdag 20 januari jl.' = 2026-01-20, "
      "vragenuur (plenary): venue key left out; deadline 'voor het zomerreces van 2026' ('de overige "
      "volgen in het voorjaar' a status time); 'De Arbeidsinspectie heeft de eerste 23 inspecties "
      "afgerond' (progress).  New: (4) 'Ik zeg u toe dat ik uw Kamer in Q2 2026 informeer' (made, null); "
      "(5) 'Ik stuur uw Kamer binnen zes maanden een uitgewerkt voorstel' (made, null).  Not a "
      "promise's date or term: '27 januari jl.' (internetconsultatie), 'op 1 januari 2027 van start'.  "
      "Look-alikes: EUR 9,6 miljoen, 85 fte, artikel 12, tweede lid, van de Waadi, 412 and 23 "
      "inspecties, 0800-1234, Postbus 90801, 2509 LV.",
      "2026-02-10", "brief", "2026-02-10", "kst-29544-1411",
      [K("kst-29544-1402"), K("kst-29861-142"), K("kst-29544-1389")],
      [H("h-tk-20252026-41-3")],
      [],
      [M("kst-29861-142", [S("Yıldırım", "SP"), S("Koops-Verhoef", "NSC")], False, "settled"),
       M("kst-29544-1389", [S("Van Rijn-Dekkers", "VVD")], True, "progress")],
      [C(["MSZW"], "2025-12-03", rel="settled", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor het kerstreces",
         about="certificering uitzendbranche; nagekomen met de brief 29 544, nr. 1402"),
       C(["MSZW"], "2025-12-03", rel="progress", venue="commissiedebat Arbeidsmarktbeleid",
         deadline=None,
         about="onderzoek woningverlies bij einde contract (Yıldırım); no term; 'ik verwacht de "
               "resultaten in maart' a status time"),
       C(["MSZW"], "2026-01-20", rel="progress", deadline="voor het zomerreces van 2026",
         about="'dinsdag 20 januari jl.' vragenuur (no venue key); inspecties pakketbezorgers"),
       C(["MSZW"], None, rel="made", deadline="in Q2 2026",
         about="'Ik zeg u toe': uitwerking toelatingseisen"),
       C(["MSZW"], None, rel="made", deadline="binnen zes maanden",
         about="'Ik stuur uw Kamer binnen zes maanden': voorstel verbod wervingskosten")])

# 003: Verslag van een commissiedebat IenW with a Toezeggingen list
write("003_verslag_commissiedebat_ienw_luchtvaart_toezeggingen", "d3.txt",
      "Verslag van een commissiedebat (31 936, nr. 1187, 'Vastgesteld 25 februari 2026'): kind "
      "verslag, date the Vastgesteld date, self_id kst-31936-1187.  The debate 'op 28 januari 2026' "
      "with minister Van Dalsum (MIenW) and staatssecretaris Groeneveld-Rijkaart (SIenW).  The agenda's "
      "letters 29 665, nr. 561, 31 936, nrs. 1179, 1164, 1181 (chamber and year null; 'd.d. 11 "
      "december 2025' etc. are letter dates); the motion of the lid Koçak c.s. (nr. 1164) named in a "
      "letter's title (cited).  Commitments: the staatssecretaris's 'Tijdens het commissiedebat van 9 "
      "oktober jl.' = 2025-10-09 (the latest 9 October not after the debate and the reference date), "
      "venue 'commissiedebat', deadline 'voor het einde van het jaar', 'daarmee is die toezegging "
      "afgedaan' (settled).  The Toezeggingen list: all made, dated to the debate (2026-01-28), venue "
      "left out (the list names none; heldout32): MIenW 'voor de Voorjaarsnota'; MIenW 'in het "
      "voorjaar'; SIenW 'rond de zomer'; SIenW 'begin 2027'; MIenW + SIenW 'voor de behandeling van "
      "de begroting'; MIenW 'zodra het Hof van Justitie uitspraak heeft gedaan' (a condition: deadline "
      "key left out, heldout11/30).  Not a promise: 'of ik kan toezeggen dat de krimp ... per 1 "
      "november 2026 is geregeld. Dat kan ik niet toezeggen'.  Look-alikes: '(CD 28/1)' (a debate's "
      "date in a tweeminutendebat's request), 28.665 and 1.164 nachtvluchten (a dossier's and a "
      "number's digits), C-412/25 (a court case), 7 leden, 14.00 uur, 17.12 uur, 16 januari.",
      "2026-02-25", "verslag", "2026-02-25", "kst-31936-1187",
      [K("kst-29665-561"), K("kst-31936-1179"), K("kst-31936-1164"), K("kst-31936-1181")],
      [],
      [],
      [M("kst-31936-1164", [S("Koçak")], True, "cited")],
      [C(["SIenW"], "2025-10-09", rel="settled", venue="commissiedebat",
         deadline="voor het einde van het jaar",
         about="'van 9 oktober jl.' in the debate text; aantal nachtvluchten 2025; afgedaan"),
       C(["MIenW"], "2026-01-28", rel="made", deadline="voor de Voorjaarsnota",
         about="financiering geluidsisolatie Schiphol"),
       C(["MIenW"], "2026-01-28", rel="made", deadline="in het voorjaar",
         about="handhavingsstelsel Lelystad Airport"),
       C(["SIenW"], "2026-01-28", rel="made", deadline="rond de zomer",
         about="overleg bijmenging duurzame kerosine"),
       C(["SIenW"], "2026-01-28", rel="made", deadline="begin 2027",
         about="evaluatie Regeling burgerluchthavens"),
       C(["MIenW", "SIenW"], "2026-01-28", rel="made",
         deadline="voor de behandeling van de begroting",
         about="overzicht investeringen regionale luchthavens"),
       C(["MIenW"], "2026-01-28", rel="made",
         about="'zodra het Hof van Justitie uitspraak heeft gedaan' (a condition: no deadline key)")])

# 004: letter OCW with a bijlage table of open toezeggingen and a Datum column
write("004_brief_ocw_overzicht_toezeggingen_datumkolom", "d4.txt",
      "Letter of the minister van OCW (MOCW, the signer, 'mede namens de staatssecretaris'), margin "
      "form, 'Datum 2 juni 2026': kind brief, self_id null.  The introduction ('Per toezegging vindt u "
      "... de stand van zaken') would make every row addressed; each row's Stand cell is more "
      "specific and wins.  The bijlage table 'Nr | Datum | Vindplaats | Toezegging | Termijn | Stand "
      "van zaken': actor from 'De minister' (MOCW) / 'De staatssecretaris' (SOCW) in the Toezegging "
      "cell, date the Datum cell (day-month-year, with or without leading zeros), venue the "
      "Vindplaats cell when it is one line and not a plenary sitting (heldout2/3/40), deadline the "
      "Termijn cell (heldout14), also where the Stand cell names a later time; relation from the Stand "
      "cell.  Row 1 '4-2-2026' CD Lerarenbeleid 'Q2 2026' 'Afgedaan met deze brief' is the body's "
      "'Tijdens het commissiedebat Lerarenbeleid van 4 februari jl. ... kom ik de toezegging na' (one "
      "record; the body's venue, heldout24; deadline from the Termijn cell, the body names none; "
      "settled).  Row 2 '03-12-2025' 'CD Mbo (TZ202512-037)' 'uiterlijk Q3 2026' 'Loopt; rapport "
      "verwacht in september 2026' (SOCW, progress, the status time is no deadline; refs the TZ "
      "number).  Row 3 '12-3-2026' Tweeminutendebat (plenary, wrapped: no venue key) 'voor "
      "Prinsjesdag' 'In uitvoering' (MOCW, progress).  Row 4 'jan. 2026' (a month without a day: "
      "date null) Mondelinge vragen (plenary: no venue key) '(TZ202601-108)' 'eind dit jaar' 'Loopt' "
      "(SOCW, progress; refs the TZ number).  Row 5 '21-04-2026' 'CD Hoger onderwijs en / wetenschap' "
      "(wrapped over two lines: venue key left out) 'nog dit jaar' 'In voorbereiding' (MOCW, "
      "progress).  Row 6 '06-11-2025' Begrotingsbehandeling OCW 2026 (plenary, wrapped: no venue key) "
      "'voor de zomer' 'Vertraagd; de evaluatie volgt na de zomer' (MOCW, progress; deadline the "
      "Termijn, not the later 'na de zomer').  New: 'Ik zeg u toe dat ik u het volgende overzicht ... "
      "voor het kerstreces stuur' (MOCW, made, null).  Motion: Westra (VVD) and Amrani (CDA) (27 923, "
      "nr. 503) 'Ik geef daarmee ook uitvoering aan de motie' (settled).  Look-alikes: 'In 2024 heeft "
      "61 procent', 3.412, 71 procent, '1 mei 2026' and '1 november 2026' (stand dates), '24 juni "
      "2026' (a meeting in a Stand cell), groep 8, kenmerk 51288034, Postbus 16375, 2500 BJ, "
      "070 412 34 56, row numbers 1-6.",
      "2026-06-02", "brief", "2026-06-02", None,
      [K("kst-27923-503")],
      [],
      [T("TZ202512-037", TZ), T("TZ202601-108", TZ)],
      [M("kst-27923-503", [S("Westra", "VVD"), S("Amrani", "CDA")], False, "settled")],
      [C(["MOCW"], "2026-02-04", rel="settled", venue="commissiedebat Lerarenbeleid",
         deadline="Q2 2026",
         about="row 1 and the body ('van 4 februari jl.'): zij-instromers; afgedaan met deze brief"),
       C(["SOCW"], "2025-12-03", rel="progress", venue="CD Mbo", deadline="uiterlijk Q3 2026",
         refs=["TZ202512-037"],
         about="row 2: onderzoek stagediscriminatie; 'Loopt; rapport verwacht in september 2026'"),
       C(["MOCW"], "2026-03-12", rel="progress", deadline="voor Prinsjesdag",
         about="row 3: brief digitale toetsen groep 8; In uitvoering"),
       C(["SOCW"], None, rel="progress", deadline="eind dit jaar", refs=["TZ202601-108"],
         about="row 4 'jan. 2026' (no day: null): gesprek MBO Raad studentenkaart; Loopt"),
       C(["MOCW"], "2026-04-21", rel="progress", deadline="nog dit jaar",
         about="row 5: afspraken instroom internationale studenten; In voorbereiding"),
       C(["MOCW"], "2025-11-06", rel="progress", deadline="voor de zomer",
         about="row 6: evaluatie subsidieregeling; 'Vertraagd; ... volgt na de zomer' (status)"),
       C(["MOCW"], None, rel="made", deadline="voor het kerstreces",
         about="'Ik zeg u toe': het volgende overzicht")])

# 005: letter of the staatssecretaris van Financiën, 14 April 2026
write("005_brief_fin_belastingdienst_douane_cd_notatie", "d5.txt",
      "Letter of the staatssecretaris van Financiën - Fiscaliteit en Belastingdienst (SFin, the "
      "signer), margin form, 'Datum 14 april 2026': kind brief, self_id null.  'Uw brief (kenmerk) "
      "2026Z05512' a zaak number; the commissie's request 'op 19 maart jl.' no commitment.  "
      "Kamerstukken 36 960, nr. 1 (Voorjaarsnota), 36 760, nr. 24, 31 066, nr. 1512; Handelingen II "
      "2025/26, nr. 47, item 6.  Commitments: (1) 'Tijdens het commissiedebat Belastingdienst (CD "
      "12/03)' = 2026-03-12 (dd/mm, the latest 12 March not after 14 April 2026), venue "
      "'commissiedebat Belastingdienst'; the promise had no term, and 'Over de uitkomst informeer ik u "
      "voor Prinsjesdag' reports later on that same verkenning: progress with the new time phrase as "
      "deadline (tests/gold).  (2) 'In hetzelfde debat ... voor de Voorjaarsnota', 'Hiermee is de "
      "toezegging afgedaan' (2026-03-12, venue key left out, settled).  (3) 'In het commissiedebat "
      "Douane d.d. 5-3-2026' = 2026-03-05, deadline 'eind dit jaar' (as written, not resolved); 'sinds "
      "1 januari' and 'verwacht ik in augustus' are status times; the controles 'lopen' (progress).  "
      "(4) 'Eerder dit jaar heb ik in het mondelinge vragenuur ... toegezegd': date null (no day; raw "
      "'eerder dit jaar'), vragenuur: no venue key, no term: deadline null, 'Daarmee kom ik deze "
      "toezegging na' (settled); 'In 2024 heeft de BelastingTelefoon ...' background.  (5) 'Ik zal uw "
      "Kamer in het najaar informeren' (made, null).  Motions: Idema (VVD) (36 760, nr. 24) 'Hiermee "
      "is de motie uitgevoerd' ('treedt per 1 juli 2026 in werking' the regulation's start; settled); "
      "'De motie-Van der Zee/Oudshoorn' (31 066, nr. 1512) 'De pilot ... loopt; over de verdere "
      "uitvoering van de motie informeer ik u na de zomer' (progress; no commitment).  Look-alikes: "
      "kenmerk 2026-0000094417, Stcrt. 2026, 11873, 0800-0543, 11,8 miljoen, 9 minuten, 2.500 "
      "ondernemers, bijlage 1 en 2, Postbus 20201, 2500 EE, 2511 CW.",
      "2026-04-14", "brief", "2026-04-14", None,
      [K("kst-36960-1"), K("kst-36760-24"), K("kst-31066-1512")],
      [H("h-tk-20252026-47-6")],
      [T("2026Z05512", "zaak")],
      [M("kst-36760-24", [S("Idema", "VVD")], False, "settled"),
       M("kst-31066-1512", [S("Van der Zee"), S("Oudshoorn")], False, "progress")],
      [C(["SFin"], "2026-03-12", rel="progress", venue="commissiedebat Belastingdienst",
         deadline="voor Prinsjesdag",
         about="'(CD 12/03)': verkenning tweede betalingsregeling; 'Over de uitkomst informeer ik u "
               "voor Prinsjesdag' (the later report on the promise: its deadline)"),
       C(["SFin"], "2026-03-12", rel="settled", deadline="voor de Voorjaarsnota",
         about="'In hetzelfde debat' (no venue key): kosten balies; afgedaan"),
       C(["SFin"], "2026-03-05", rel="progress", venue="commissiedebat Douane",
         deadline="eind dit jaar",
         about="'d.d. 5-3-2026': containercontroles; status 'verwacht ik in augustus' no deadline"),
       C(["SFin"], None, rel="settled", deadline=None,
         about="date null, raw 'Eerder dit jaar'; vragenuur (no venue key); wachttijden "
               "BelastingTelefoon; 'kom ik deze toezegging na'"),
       C(["SFin"], None, rel="made", deadline="in het najaar",
         about="'Ik zal uw Kamer in het najaar informeren': proef vooraf ingevulde aangifte")])
