"""Writes heldout29's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Handelingen II, plenary debate fragment with motions submitted and promises in speech
write("001_handelingen_tk_waterkwaliteit_moties_toezeggingen", "d1.txt",
      "Handelingen II 2026-2027, nr. 14, item 7, 'Vergadering van donderdag 8 oktober 2026': kind "
      "handelingen, date 2026-10-08, self_id h-tk-20262027-14-7 (the header is the document's own id, "
      "no reference).  '(36 610)' in 'Aan de orde is' is a dossier, no Kamerstuk.  The minister van "
      "IenW (MIenW, 'Minister Roskam'): 'Ik zeg toe dat ik de Kamer voor 1 februari 2027 informeer' "
      "(made, dated to the sitting, no venue key); 'Wel kom ik daar voor de zomer schriftelijk op "
      "terug' after declining the PFAS ban (made, 'voor de zomer'); 'Dat zeg ik toe.' answering "
      "Kaya-Boer's question with its term 'vóór de begrotingsbehandeling IenW' (made, the question's "
      "term); the older promise of the commissiedebat Water of '11 juni jl.' ('voor het herfstreces', "
      "'nagekomen': settled, venue as named).  Not promises: 'Nee, dat kan ik niet toezeggen', 'kan ik "
      "... niet vrijmaken', Verhulst's thanks.  Motions: the motie-Van Asperen c.s. (36 610, nr. 9) "
      "'heb ik daar uitvoering aan gegeven; ik beschouw die motie als afgedaan' (settled); nr. 22 and "
      "nr. 23 submitted ('Zij krijgt nr. 22 (36 610).'), sponsors the names under the text, party null, "
      "then appreciated ('oordeel Kamer', 'ontraad ik'): cited (heldout17/18/24).  Kamerstuk 27 625, "
      "nr. 712 the minister's letter.  Look-alikes: 3.610 meetpunten, artikel 6.2 van de Waterwet, "
      "EUR 120 miljoen, 1 januari 2028, 'dinsdag 13 oktober', 'op stuk nr. 22' (same motion).",
      "2026-10-08", "handelingen", "2026-10-08", "h-tk-20262027-14-7",
      [K("kst-36610-9"), K("kst-27625-712"), K("kst-36610-22"), K("kst-36610-23")],
      [],
      [],
      [M("kst-36610-9", [S("Van Asperen")], True, "settled"),
       M("kst-36610-22", [S("Verhulst"), S("Van Asperen")], False, "cited"),
       M("kst-36610-23", [S("Hendriksen"), S("Kaya-Boer")], False, "cited")],
      [C(["MIenW"], "2026-10-08", rel="made", deadline="voor 1 februari 2027",
         about="uitkomsten pilot sensoren stroomgebied Maas ('Ik zeg toe dat')"),
       C(["MIenW"], "2026-06-11", rel="settled", venue="commissiedebat Water",
         deadline="voor het herfstreces", about="stand drinkwaterbronnen; nagekomen met de brief"),
       C(["MIenW"], "2026-10-08", rel="made", deadline="voor de zomer",
         about="PFAS-lozingen, overzicht grootste lozers ('kom ik ... schriftelijk op terug')"),
       C(["MIenW"], "2026-10-08", rel="made", deadline="vóór de begrotingsbehandeling IenW",
         about="kosten herstelplan Brabantse beken ('Dat zeg ik toe.')")])

# 002: Handelingen II, Stemmingen
write("002_handelingen_tk_stemmingen_moties_waterkwaliteit", "d2.txt",
      "Handelingen II, 'Vergaderjaar 2026-2027, nr. 15, item 24', 'Vergadering van dinsdag 13 oktober "
      "2026', Stemmingen over moties ingediend bij het debat over de waterkwaliteit: kind handelingen, "
      "date 2026-10-13, self_id h-tk-20262027-15-24.  Every motion voted, held or listed is cited "
      "(gold 018): Verhulst/Van Asperen nr. 22 (aangenomen), Hendriksen/Kaya-Boer nr. 23 (verworpen), "
      "Kaya-Boer c.s. nr. 24 and the gewijzigde motie 'Zij krijgt nr. 27, was nr. 24 (36 610).' (same "
      "sponsors, c.s.; aangenomen), Stuifbergen nr. 25 (aangehouden: 'Op verzoek van de heer "
      "Stuifbergen ... zijn motie'), Van Asperen c.s. nr. 26 (hoofdelijke stemming, aangenomen).  "
      "Sponsors from 'de motie-X/Y' / 'motie-X c.s.', party null ('De heer Stuifbergen (BBB):' is a "
      "speaker's label, not in a motion reference).  '(Handelingen II 2026/27, nr. 14, item 7)' a "
      "Handelingen reference.  No commitments (a stemverklaring).  Look-alikes: '76 stemmen voor en "
      "74 stemmen tegen', 21 waterschappen, 2,4 miljoen, Voorjaarsnota 2027, 'op stuk nr. 22'.",
      "2026-10-13", "handelingen", "2026-10-13", "h-tk-20262027-15-24",
      [K("kst-36610-22"), K("kst-36610-23"), K("kst-36610-24"), K("kst-36610-25"),
       K("kst-36610-26"), K("kst-36610-27")],
      [H("h-tk-20262027-14-7")],
      [],
      [M("kst-36610-22", [S("Verhulst"), S("Van Asperen")], False, "cited"),
       M("kst-36610-23", [S("Hendriksen"), S("Kaya-Boer")], False, "cited"),
       M("kst-36610-24", [S("Kaya-Boer")], True, "cited"),
       M("kst-36610-25", [S("Stuifbergen")], False, "cited"),
       M("kst-36610-26", [S("Van Asperen")], True, "cited"),
       M("kst-36610-27", [S("Kaya-Boer")], True, "cited")],
      [])

# 003: Eerste Kamer toezeggingenregister export, label: value lines
write("003_ek_toezeggingenregister_export_vijf_statussen", "d3.txt",
      "Export of the Eerste Kamer's toezeggingenregister ('Datum export: 24 november 2026'), one block "
      "per promise with 'label: value' lines (Toezegging, Nummer, Kamerstuknummer, Status, Deadline, "
      "Bewindspersoon, Datum toezegging, Kamerleden, Omschrijving, Stand van zaken).  Kind left out, "
      "date the export date, self_id null (heldout14 001).  One commitment per T-number: actors from "
      "'Bewindspersoon' (minister voor VRO MVRO; staatssecretaris van Financiën SFin; minister van SZW "
      "MSZW; minister van OCW MOCW; minister van JenV + minister van BZK on two lines MJenV + MBZK), "
      "date 'Datum toezegging', deadline the 'Deadline' field as written, refs the T-number, no venue "
      "key.  Relation: 'openstaand' with stand '-' left out (T03912, T03961); 'voldaan' with the brief "
      "settled (T03927); 'deels voldaan' progress (T03940); 'te laat' with a stand reporting the delay "
      "progress (T03955, as heldout14's 'termijn verstreken').  T03877 ('Deze toezegging vervangt') "
      "a Kamer number only.  'Kamerstuknummer: 36 538' etc. and '36 600 VIII' are dossiers, no "
      "Kamerstukken; 'Kamerstukken I 2026/27, 36 760, D' (broken over a line) and '... 2025/26, 36 702, "
      "F' EK letters; the motie-Smeenk c.s. (36 600 VIII, H) named in an Omschrijving is cited.  "
      "Kamerleden with parties add no records.  Look-alikes: 'Aantal resultaten: 5', € 1.250, box 3, "
      "artikel 34a van de Wet WIA, kenmerk 181377.02u, the dates of the stand lines.",
      "2026-11-24", OMIT, "2026-11-24", None,
      [K("kst-36760-D", "I", "2026-2027"), K("kst-36702-F", "I", "2025-2026"),
       K("kst-36600-VIII-H")],
      [],
      [T("T03912", TZ), T("T03877", TZ), T("T03927", TZ), T("T03940", TZ), T("T03955", TZ),
       T("T03961", TZ)],
      [M("kst-36600-VIII-H", [S("Smeenk")], True, "cited")],
      [C(["MVRO"], "2026-06-16", deadline="1 juli 2027", refs=["T03912"],
         about="evaluatie huurgrens middensegment; openstaand, stand '-'"),
       C(["SFin"], "2026-07-07", rel="settled", deadline="1 november 2026", refs=["T03927"],
         about="box 3 en verenigingen; voldaan met de brief"),
       C(["MSZW"], "2025-09-22", rel="progress", deadline="31 december 2026", refs=["T03940"],
         about="rapportages re-integratie WIA; deels voldaan"),
       C(["MOCW"], "2025-12-03", rel="progress", deadline="1 oktober 2026", refs=["T03955"],
         about="uitvoering motie onderwijstijd mbo; te laat, brief volgt in december"),
       C(["MJenV", "MBZK"], "2026-09-29", deadline="voor de behandeling van de begroting 2028",
         refs=["T03961"], about="kader cameratoezicht; openstaand, stand '-'")])

# 004: letter of the minister van Financiën as pdftotext renders it (margin interleaved)
write("004_brief_fin_pdftotext_marge_voetnoten_moties_toezegging", "d4.txt",
      "Letter of the minister van Financiën (MFin), 'Datum 20 november 2026', as pdftotext gives it: "
      "the margin column (Directie Financiële Markten, address, 'Ons kenmerk 2026-0000418273', 'Uw "
      "brief (kenmerk) 2026Z18804', Bijlagen, and on page 2 'Datum' / '20 november 2026' / 'Ons "
      "kenmerk') interleaved line by line with the body; footnotes at each page's foot, marks glued "
      "('(DENK)1', 'c.s.2', 'jl.3', 'jl.4').  Kind brief, self_id null.  '2026Z18804' a zaak "
      "number.  Motions: Brouwer-Hagen (VVD) and Yıldız (DENK), footnote 1 (32 545, nr. 201): "
      "'uitvoering gegeven. Ik beschouw de motie daarmee als afgedaan' (settled); the motie-Van "
      "Rijswijk c.s., footnote 2 (36 800 IX, nr. 14): 'hiermee is aan de motie voldaan' (settled); "
      "'Zie ook de verworpen motie-Jansma (32 545, nr. 199)' (cited).  Commitments: the promise of the "
      "commissiedebat Financiële markten of '24 september jl.' (footnote 3 its verslag, 32 545, nr. "
      "214), 'voor 1 december 2026', 'Daarmee kom ik deze toezegging na' (settled); 'Tot slot zeg ik u "
      "toe ... in het voorjaar van 2027' (made).  The commissie's request is no commitment; footnote "
      "4 'Handelingen II 2026/27, nr. 9, item 5' the vragenuur.  Look-alikes: Postbus 20201, 2500 EE, "
      "2511 CW, 2500 EA, the kenmerk, Stcrt. 2026, 41872, EUR 1,5 miljard, 3.201 ondernemers, artikel "
      "4:71f Wft, 'Pagina 1 van 2'.",
      "2026-11-20", "brief", "2026-11-20", None,
      [K("kst-32545-201", "II", "2025-2026"), K("kst-32545-199"),
       K("kst-36800-IX-14", "II", "2026-2027"), K("kst-32545-214", "II", "2026-2027")],
      [H("h-tk-20262027-9-5")],
      [T("2026Z18804", "zaak")],
      [M("kst-32545-201", [S("Brouwer-Hagen", "VVD"), S("Yıldız", "DENK")], False, "settled"),
       M("kst-32545-199", [S("Jansma")], False, "cited"),
       M("kst-36800-IX-14", [S("Van Rijswijk")], True, "settled")],
      [C(["MFin"], "2026-09-24", rel="settled", venue="commissiedebat Financiële markten",
         deadline="voor 1 december 2026", about="wachttijden zakelijke rekening; nagekomen"),
       C(["MFin"], None, rel="made", deadline="in het voorjaar van 2027",
         about="evaluatie BMKB-regeling ('Tot slot zeg ik u toe')")])

# 005: old-style letter of the minister van VWS, 2009
write("005_brief_vws_2009_oude_vormen_ao_toezegging_motie", "d5.txt",
      "Letter of the minister van VWS (MVWS), 'Datum 17 december 2009', in the older layout: kind "
      "brief, self_id null.  Old forms: 'Kamerstukken II 2007/08, 31 200 XVI, nrs. 45-47' (a range: "
      "three Kamerstukken, chamber II, year 2007-2008), 'TK 2008-2009, 31473, nummer 25' (chamber II), "
      "'Kamerstuk 31 839, nr. 12' (chamber and year null), 'Handelingen II 2008/09, blz. 4512' (a "
      "page-numbered Handelingen: id by its page, gold hand-blz-own-001), 'Aanhangsel Handelingen II "
      "2008/09, nr. 2311'.  Commitments: '(AO d.d. 07/12)' resolved against the letter's date to "
      "2009-12-07, venue 'AO' (gold tz-004), 'voor het kerstreces', 'Met deze brief kom ik de "
      "toezegging na' (settled); the promise at the begroting debate 'op 12 november 2008' to report "
      "'jaarlijks' (recurring: no deadline key; plenary: no venue key), 'De rapportage over 2009 "
      "ontvangt u in april 2010' (progress); 'Ik zal uw Kamer voor 1 april 2010 informeren' (made).  "
      "Motions: 'De motie van het lid Van der Vlies c.s.' (no party) 'is aan deze motie uitvoering "
      "gegeven. Ik beschouw haar daarmee als afgedaan' (settled); Sterkenburg and Haverkamp 'Over de "
      "verdere uitvoering bericht ik u in het voorjaar van 2010' (progress, no commitment).  "
      "Look-alikes: Postbus 20350, 2500 EJ, telefoon/telefax, kenmerk PG/JGZ 2965432, 38 van de 41 "
      "GGD'en, 31.200 pasgeborenen, artikel 5, eerste lid, Stb. 2008, 460, EUR 12,3 miljoen, "
      "'24 maart 2009'.",
      "2009-12-17", "brief", "2009-12-17", None,
      [K("kst-31200-XVI-45", "II", "2007-2008"), K("kst-31200-XVI-46", "II", "2007-2008"),
       K("kst-31200-XVI-47", "II", "2007-2008"), K("kst-31473-25", "II", "2008-2009"),
       K("kst-31839-12")],
      [H("h-tk-20082009-4512"), H("ah-tk-20082009-2311")],
      [],
      [M("kst-31473-25", [S("Van der Vlies")], True, "settled"),
       M("kst-31839-12", [S("Sterkenburg"), S("Haverkamp")], False, "progress")],
      [C(["MVWS"], "2009-12-07", rel="settled", venue="AO", deadline="voor het kerstreces",
         about="invoering digitaal dossier JGZ; nagekomen met deze brief"),
       C(["MVWS"], "2008-11-12", rel="progress",
         about="jaarlijkse rapportage vaccinatiegraad (begroting 2009); volgende in april 2010"),
       C(["MVWS"], None, rel="made", deadline="voor 1 april 2010",
         about="resultaten pilot huisbezoeken jeugdverpleegkundigen Zeeland")])
