"""Writes heldout52's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Theme: the government's letters around the votes on motions (appreciatie,
aangenomen moties, uitvoering, a motion not carried out, moties plus
toezeggingen).  Relations as tests/gold/README.md and the earlier sets: an
appreciatie (oordeel Kamer, ontraden, overnemen, 'ontraden, tenzij ...
aangehouden', 'oordeel Kamer met de interpretatie dat') is cited; an
announced carrying-out of a named motion ('Ik zal de Kamer ... informeren',
'betrek ik bij', a stand van zaken with a next step) is progress; done
('voldaan', 'uitgevoerd', 'afgedaan', also by an earlier letter) settled; a
motion the writer will not carry out ('Ik zie geen mogelijkheid de motie uit
te voeren', 'besloten de motie niet uit te voeren') addressed; verworpen and
aangehouden cited."""
from lib import C, K, H, M, OMIT, S, T, write  # noqa: F401

TZ = "toezegging"

# 001: appreciatie of the motions of a tweeminutendebat (LVVN)
write("001_brief_lvvn_appreciatie_moties_tweeminutendebat_mest", "d1.txt",
      "Kamerbrief of the minister van LVVN, 'Datum 12 oktober 2026', 'Appreciatie van de moties "
      "ingediend bij het tweeminutendebat Mestbeleid (CD 24/9)': kind brief, self_id null.  "
      "Handelingen II 2026/27, nr. 9, item 14 (h-tk-20262027-9-14).  The dossier of the motions "
      "named 'op stuk nr.' is given in the introduction ('op het dossier Mestbeleid (33 045)'): "
      "kst-33045-1123, 1124, 1125, 1127, 1128 chamber and year null; '(33 045, nr. 1098)', "
      "'(Kamerstuk 33 045, nr. 1126)', '(Kamerstuk 33 045, nr. 1110)' chamber/year null.  Motions, "
      "all given an appreciatie, all cited: Kroes (BBB) c.s. 1123 oordeel Kamer; Van Dalen and "
      "Amrani 1124 'Ontraden.'; Terpstra 1125 'oordeel Kamer, met de interpretatie dat'; "
      "motie-Boukhari c.s. 1126 'ontraad ik ..., tenzij de indieners haar aanhouden'; Westerhof "
      "(SP) 1127 (sponsor after 'Op stuk nr. 1127 verzoekt het lid') ontraden; Graafland (CDA) 1128 "
      "'neem ik graag over'.  The earlier motie-Kroes nr. 1098 'eerder aangenomen' mentioned: cited "
      "(no party: '(33 045, nr. 1098)' is no party bracket).  The amendment 'op stuk nr. 14 bij het "
      "wetsvoorstel 36 812' is a Kamerstuk (kst-36812-14), not a motion.  The letter nr. 1110 a "
      "Kamerstuk.  No commitments ('betrek ik het voorstel bij die brief', 'de appreciatie volgt' "
      "are no promises).  Look-alikes: '76 stemmen voor en 74 tegen', 'artikel 33a, derde lid', "
      "'60 procent', 'EUR 4,8 miljoen', '1 200 melkveebedrijven' (a dossier's shape), 'CD 24/9', "
      "kenmerk 26481377, 2595 BD, 1 januari 2027, 13 oktober.",
      "2026-10-12", "brief", "2026-10-12", None,
      [K("kst-33045-1123"), K("kst-33045-1098"), K("kst-33045-1124"), K("kst-33045-1125"),
       K("kst-33045-1126"), K("kst-33045-1127"), K("kst-33045-1128"), K("kst-36812-14"),
       K("kst-33045-1110")],
      [H("h-tk-20262027-9-14")],
      [],
      [M("kst-33045-1123", [S("Kroes", "BBB")], True, "cited"),
       M("kst-33045-1098", [S("Kroes")], False, "cited"),
       M("kst-33045-1124", [S("Van Dalen"), S("Amrani")], False, "cited"),
       M("kst-33045-1125", [S("Terpstra")], False, "cited"),
       M("kst-33045-1126", [S("Boukhari")], True, "cited"),
       M("kst-33045-1127", [S("Westerhof", "SP")], False, "cited"),
       M("kst-33045-1128", [S("Graafland", "CDA")], False, "cited")],
      [])

# 002: aangenomen moties after the Stemmingen and how each is carried out (VWS)
write("002_brief_vws_uitvoering_aangenomen_moties_acute_zorg", "d2.txt",
      "Kamerbrief of the minister van VWS, 'Datum 10 november 2026', 'Uitvoering aangenomen moties "
      "tweeminutendebat Acute zorg', 'Uw kenmerk 2026Z19345' (zaak): kind brief, self_id null.  "
      "Handelingen II 2026/27, nr. 18, item 27.  Kamerstukken 29 251, nrs. 402-407 as written "
      "('Kamerstuk 29 251, nr. 402' chamber/year null; 'de motie-Brink c.s. op stuk nr. 406' takes "
      "29 251 from the context); the amendment 'op stuk nr. 9 bij de Wet toetreding zorgaanbieders "
      "(36 744)' kst-36744-9, no motion.  The list introduction 'geef ik per motie aan hoe ik haar ga "
      "uitvoeren' (progress) yields to each item's sentence: 1 Oosterbaan (D66) and Yildiz "
      "(GroenLinks-PvdA) nr. 402 'Ik zal de Kamer voor 1 maart 2027 informeren over de uitkomst' "
      "(a report announced on a named motion: progress, no commitment); 2 Hagens (NSC) c.s. nr. 404 "
      "'betrek ik bij de herziening ...' (progress); 3 Van Wijngaarden (VVD) nr. 405 'Daarmee is aan "
      "deze motie voldaan' (settled); 4 motie-De Kruijf nr. 407 'Ik laat onderzoeken ... informeer "
      "ik uw Kamer na de zomer van 2027' (progress).  Westerhof (SP) nr. 403 verworpen (cited); "
      "motie-Brink c.s. nr. 406 aangehouden (cited).  Commitment: 'Los van deze moties zal ik uw "
      "Kamer voor het kerstreces informeren over ... bestuurlijk overleg' (a report on something not "
      "already named: made, MVWS, date null, deadline 'voor het kerstreces').  Look-alikes: '112 "
      "stemmen voor', '38 stemmen voor en 112 tegen', telephone 088 124 50 00, kenmerk "
      "4318822-1102741-CZ, 1 november 2026, 17 november 2026, 'voorhangbesluit uiterlijk juni 2027' "
      "(a step of motion 404, no promise).",
      "2026-11-10", "brief", "2026-11-10", None,
      [K("kst-29251-402"), K("kst-29251-404"), K("kst-29251-405"), K("kst-29251-407"),
       K("kst-29251-403"), K("kst-29251-406"), K("kst-36744-9")],
      [H("h-tk-20262027-18-27")],
      [T("2026Z19345", "zaak")],
      [M("kst-29251-402", [S("Oosterbaan", "D66"), S("Yildiz", "GroenLinks-PvdA")], False, "progress"),
       M("kst-29251-404", [S("Hagens", "NSC")], True, "progress"),
       M("kst-29251-405", [S("Van Wijngaarden", "VVD")], False, "settled"),
       M("kst-29251-407", [S("De Kruijf")], False, "progress"),
       M("kst-29251-403", [S("Westerhof", "SP")], False, "cited"),
       M("kst-29251-406", [S("Brink")], True, "cited")],
      [C(["MVWS"], None, rel="made", deadline="voor het kerstreces",
         about="uitkomsten bestuurlijk overleg ROAZ-voorzitters ('Los van deze moties zal ik uw Kamer ... informeren')")])

# 003: stand van zaken of the motions of the begrotingsbehandeling (OCW)
write("003_brief_ocw_stand_van_zaken_moties_begrotingsbehandeling", "d3.txt",
      "Kamerbrief of the minister van OCW, 'Datum 21 januari 2027', 'Stand van zaken uitvoering "
      "moties begrotingsbehandeling OCW 2027': kind brief, self_id null.  Handelingen 'Handelingen "
      "II 2026/27, nr. 21, item 4 en nr. 22, item 6': two (h-tk-20262027-21-4, h-tk-20262027-22-6, "
      "the second continuing the first).  'Kamerstuk 36 850 VIII, nr. 88, pagina 4' (the page no "
      "number) chamber/year null; 'Kamerstukken II 2026/27, 36 850 VIII, nr. 41/44/58' II 2026-2027; "
      "'(36 850 VIII, nr. 47/52/55/61/63)' and 'Kamerstuk 31 524, nr. 612' null.  List introduction "
      "'Hieronder geef ik per motie de stand van zaken' (progress), each item's own sentence wins: 1 "
      "Hoekstra-de Graaf (CDA) c.s. 'Hiermee is de motie uitgevoerd' (settled); 2 Çelik (DENK) and "
      "Nauta (JA21) kerndoelen in maart 2027 (progress); 3 motie-Van Leeuwen 'Met die brief is de "
      "motie afgedaan' (an earlier letter did it: settled); 4 Bouchallikh (GroenLinks-PvdA) 'Ik heb "
      "besloten de motie niet uit te voeren' (addressed); 5 motie-Kuiper c.s. 'de uitvoering loopt; "
      "ik stuur u voor de zomer van 2027 het plan' (progress, no commitment: about the named motion); "
      "6 Pronk (PVV) 'zie de brief ... die ik in februari ... zend' (progress, the introduction's); "
      "7 Mulder and Sneller wetsvoorstel in voorbereiding (progress).  Pronk nr. 63 verworpen "
      "(cited, no party: none in its brackets).  No commitments.  Look-alikes: 'Stcrt. 2027, 1184', "
      "'150 aanwezige leden', 'EUR 31 miljoen', 'artikel 2.14 van de Wet studiefinanciering 2000', "
      "'schooljaar 2027-2028' (a vergaderjaar's shape), 'pagina 4', groep 3, 24 november 2026.",
      "2027-01-21", "brief", "2027-01-21", None,
      [K("kst-36850-VIII-88"), K("kst-36850-VIII-41", "II", "2026-2027"),
       K("kst-36850-VIII-44", "II", "2026-2027"), K("kst-36850-VIII-47"), K("kst-31524-612"),
       K("kst-36850-VIII-52"), K("kst-36850-VIII-55"), K("kst-36850-VIII-58", "II", "2026-2027"),
       K("kst-36850-VIII-61"), K("kst-36850-VIII-63")],
      [H("h-tk-20262027-21-4"), H("h-tk-20262027-22-6")],
      [],
      [M("kst-36850-VIII-41", [S("Hoekstra-de Graaf", "CDA")], True, "settled"),
       M("kst-36850-VIII-44", [S("Çelik", "DENK"), S("Nauta", "JA21")], False, "progress"),
       M("kst-36850-VIII-47", [S("Van Leeuwen")], False, "settled"),
       M("kst-36850-VIII-52", [S("Bouchallikh", "GroenLinks-PvdA")], False, "addressed"),
       M("kst-36850-VIII-55", [S("Kuiper")], True, "progress"),
       M("kst-36850-VIII-58", [S("Pronk", "PVV")], False, "progress"),
       M("kst-36850-VIII-61", [S("Mulder"), S("Sneller")], False, "progress"),
       M("kst-36850-VIII-63", [S("Pronk")], False, "cited")],
      [])

# 004: why a motion will not be carried out (IenW)
write("004_brief_ienw_motie_niet_uitgevoerd_30kmu", "d4.txt",
      "Kamerbrief of the staatssecretaris van IenW, 'Datum 9 februari 2027', 'Reactie op de "
      "motie-Stoffer c.s. ...' (Betreft over two lines): kind brief, self_id null.  Handelingen II "
      "2026/27, nr. 30, item 11.  Kamerstukken 'Kamerstuk 31 318, nr. 577/541/566' chamber/year "
      "null; 'de motie op stuk nr. 579' takes 31 318 from the context.  Motions: Stoffer (SGP) c.s. "
      "nr. 577, 'ontraden' in the debate and 'toch aangenomen', 'Ik zie daarom geen mogelijkheid de "
      "motie uit te voeren' (addressed, as heldout26/38); Van Asperen (PvdD) nr. 579 oordeel Kamer, "
      "aangenomen, 'De proef start ...; over de resultaten informeer ik u in het voorjaar van 2028' "
      "(progress); motie-De Hoop nr. 541 'met mijn brief van 14 oktober 2026 (...) afgedaan' "
      "(settled).  Commitments: 'zeg ik toe dat ik uw Kamer voor 1 juni 2027 een verkenning stuur' "
      "(made, SIenW, date null); 'kom ik ook de toezegging na die ik in het commissiedebat "
      "Verkeersveiligheid van 18 november jl. aan het lid Van Asperen deed' (settled, SIenW, "
      "2026-11-18, venue 'commissiedebat Verkeersveiligheid', no term: deadline null).  Look-alikes: "
      "'77 stemmen voor en 73 tegen', 'artikel 20 van het Reglement verkeersregels en verkeerstekens "
      "1990 (Stb. 1990, 459)', '9 600 kilometer' (a dossier's shape), 'EUR 1,3 miljard', '30 km/u', "
      "N381, IENW/BSK-2027/31877, 070 456 78 90, 1 juli 2027, 1 april 2027.",
      "2027-02-09", "brief", "2027-02-09", None,
      [K("kst-31318-577"), K("kst-31318-579"), K("kst-31318-541"), K("kst-31318-566")],
      [H("h-tk-20262027-30-11")],
      [],
      [M("kst-31318-577", [S("Stoffer", "SGP")], True, "addressed"),
       M("kst-31318-579", [S("Van Asperen", "PvdD")], False, "progress"),
       M("kst-31318-541", [S("De Hoop")], False, "settled")],
      [C(["SIenW"], None, rel="made", deadline="voor 1 juni 2027",
         about="verkenning wegen lagere snelheid ('zeg ik toe')"),
       C(["SIenW"], "2026-11-18", rel="settled", venue="commissiedebat Verkeersveiligheid",
         deadline=None, about="juridische gevolgen landelijke 30 km/u-norm (Van Asperen); 'kom ik ... na'")])

# 005: motions of a tweeminutendebat and promises of its commissiedebat (JenV)
write("005_brief_jenv_moties_en_toezeggingen_politie", "d5.txt",
      "Kamerbrief of the minister van JenV 'mede namens de staatssecretaris', 'Datum 15 december "
      "2026': kind brief, self_id null.  Kamerstukken 29 633, nrs. 1301, 1303 written with the "
      "dossier (chamber/year null), 'op stuk nr. 1304' and 'op stuk nr. 1306' take 29 633 from the "
      "context.  TZ202610-045 a toezegging number (tk_numbers), beside the promise it labels.  "
      "Motions: Mutluer (GroenLinks-PvdA) and Ellian (VVD) nr. 1301 'uitvoering gegeven; ik beschouw "
      "haar als afgedaan' (settled); motie-Van Nispen c.s. nr. 1303 'Over de voortgang informeer ik "
      "uw Kamer in juni 2027' (progress); Michon-Derkzen nr. 1304 'overgenomen', then 'De "
      "Politieacademie werkt het voorstel nu uit' (a step of execution: progress); Knops (PVV) nr. "
      "1306 verworpen (cited).  Commitments of the 'commissiedebat Politie van 1 oktober jl.' "
      "(2026-10-01): MJenV werving wijkagenten 'voor het einde van het jaar' 'Hiermee is de "
      "toezegging afgedaan' (settled); MJenV meldkamer Drachten 'voor de zomer van 2027', 'Het "
      "overleg loopt nog' (progress; the report restates the same term); the staatssecretaris's "
      "(SJenV) evaluatie 'in het eerste kwartaal van 2027', 'De evaluatie is gestart' (progress); "
      "venue 'commissiedebat Politie'.  'In het tweeminutendebat Politie zegde ik het lid Ellian "
      "... toe' (MJenV, 2026-11-05 from '5 november jl.', venue 'tweeminutendebat Politie', no term, "
      "'nagekomen': settled).  'Tot slot zeg ik toe ... voor 1 april 2027' (made, MJenV, null).  "
      "Look-alikes: 'Stcrt. 2026, 41277', '45 stemmen voor', '1.250 extra opleidingsplaatsen', "
      "'3.200 wijkagenten', 'artikel 3 van de Politiewet 2012', 600 bodycams, 'CD 1/10', kenmerk "
      "6128840, 2 december, 10 november.",
      "2026-12-15", "brief", "2026-12-15", None,
      [K("kst-29633-1301"), K("kst-29633-1303"), K("kst-29633-1304"), K("kst-29633-1306")],
      [],
      [T("TZ202610-045", TZ)],
      [M("kst-29633-1301", [S("Mutluer", "GroenLinks-PvdA"), S("Ellian", "VVD")], False, "settled"),
       M("kst-29633-1303", [S("Van Nispen")], True, "progress"),
       M("kst-29633-1304", [S("Michon-Derkzen")], False, "progress"),
       M("kst-29633-1306", [S("Knops", "PVV")], False, "cited")],
      [C(["MJenV"], "2026-10-01", rel="settled", venue="commissiedebat Politie",
         deadline="voor het einde van het jaar", about="werving wijkagenten (TZ202610-045); afgedaan"),
       C(["MJenV"], "2026-10-01", rel="progress", venue="commissiedebat Politie",
         deadline="voor de zomer van 2027", about="meldkamer Drachten; overleg loopt"),
       C(["SJenV"], "2026-10-01", rel="progress", venue="commissiedebat Politie",
         deadline="in het eerste kwartaal van 2027", about="evaluatie artikel 3 Politiewet 2012; gestart"),
       C(["MJenV"], "2026-11-05", rel="settled", venue="tweeminutendebat Politie", deadline=None,
         about="bodycams bij de ME (Ellian); nagekomen"),
       C(["MJenV"], None, rel="made", deadline="voor 1 april 2027",
         about="uitkomsten pilot flexibele roosters ('Tot slot zeg ik toe')")])
