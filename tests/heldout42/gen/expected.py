"""Writes heldout42's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py

Older ministries: the abbreviation list (tests/annotation.py ACT, the gold
README's "abbreviations of who made the commitment") holds only today's
ministries, so a bewindspersoon of an older ministry is written with the
abbreviation of the same department under its present name: Veiligheid en
Justitie (2010-2017) MJenV, Infrastructuur en Milieu (2010-2017) MIenW/SIenW,
Verkeer en Waterstaat (merged into IenM in 2010) MIenW.  Each document's
about says so."""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Kamerbrief of the minister van Veiligheid en Justitie, 2013
write("001_brief_venj_2013_huiselijk_geweld_ao_vao", "d1.txt",
      "Kamerbrief of the minister van Veiligheid en Justitie (VenJ, 2010-2017; written MJenV, the "
      "same department under its present name, as the abbreviation list has no VenJ), 'Datum 14 juni "
      "2013': kind brief, self_id null.  Kamerstukken 'Kamerstukken II 2012/13, 28 345, nr. 131/134/"
      "137/139' (II, 2012-2013), 'Kamerstuk 28 345, nr. 126' (chamber and year null).  Handelingen "
      "'Handelingen II 2012/13, nr. 45, blz. 45-12-34': the page 45-12-34 is nr. 45, item 12, page 34, "
      "so h-tk-20122013-45-12.  Motions: motie-Recourt c.s. (nr. 134) 'werk ik aan een uniform "
      "instrument; de eerste versie wordt dit najaar beproefd' (progress; named again at the end, one "
      "record); Van Toorenburg (CDA) (nr. 137) 'is uitgevoerd' (settled); motie-Kooiman (nr. 139) "
      "verworpen (cited).  Commitments: AO of '6 februari jl.' (2013-02-06), 'voor 1 mei 2013', "
      "'beschouw ik deze toezegging als afgedaan' (settled, venue 'AO'); 'In het AO zegde ik de heer "
      "Marcouch toe te onderzoeken' (2013-02-06, AO, no term: deadline null; 'ik verwacht de "
      "resultaten na de zomer' a status time; progress); 'Ik zeg u toe ... uiterlijk in december 2013' "
      "(made).  Look-alikes: Stb. 2013, 208; '58 stemmen voor en 92 tegen'; artikel 38v Sr; EUR 4,2 "
      "miljoen; '35 800 meldingen' (a dossier's shape); 070 370 79 11; kenmerk 382914; Postbus 20301, "
      "2500 EH; 120 gemeenten; 19 februari 2013.",
      "2013-06-14", "brief", "2013-06-14", None,
      [K("kst-28345-131", "II", "2012-2013"), K("kst-28345-134", "II", "2012-2013"),
       K("kst-28345-137", "II", "2012-2013"), K("kst-28345-139", "II", "2012-2013"),
       K("kst-28345-126")],
      [H("h-tk-20122013-45-12")],
      [],
      [M("kst-28345-134", [S("Recourt")], True, "progress"),
       M("kst-28345-137", [S("Van Toorenburg", "CDA")], False, "settled"),
       M("kst-28345-139", [S("Kooiman")], False, "cited")],
      [C(["MVenJ"], "2013-02-06", rel="settled", venue="AO", deadline="voor 1 mei 2013",
         about="ervaringen verplichte meldcode; 'beschouw ik deze toezegging als afgedaan'"),
       C(["MVenJ"], "2013-02-06", rel="progress", venue="AO", deadline=None,
         about="onderzoek daderhulp eerder in het strafproces (toegezegd aan Marcouch); WODC-onderzoek loopt"),
       C(["MVenJ"], None, rel="made", deadline="uiterlijk in december 2013",
         about="integrale voortgangsrapportage ('Ik zeg u toe')")])

# 002: letter of the minister van Infrastructuur en Milieu, 2011
write("002_brief_ienm_2011_notaoverleg_waterveiligheid", "d2.txt",
      "Letter of the minister van Infrastructuur en Milieu (IenM, 2010-2017; written MIenW, the same "
      "department under its present name; the staatssecretaris van IenM SIenW), 'Datum 21 november "
      "2011': kind brief, self_id null.  'TK 32 500 XIII, nr. 12' and 'TK 32 500 XIII, nr. 10' are "
      "chamber II, year null (no vergaderjaar written); 'Kamerstuk 31 209 nr. 143' (no comma), "
      "'Kamerstuk 32 500 XII nr. 41', 'Kamerstuk 31 209, nr. 139' chamber and year null.  "
      "Commitments 'gedaan tijdens het notaoverleg' over de Beleidsnota waterveiligheid of 26 "
      "september 2011: the minister's 'voor het kerstreces', 'daarmee is deze toezegging nagekomen' "
      "(settled); the staatssecretaris's 'in het voorjaar van 2012', evaluation 'wordt op dit moment "
      "uitgevoerd' (SIenW, progress).  'Ik zeg u toe ... voor 1 maart 2012' (made).  Motions: Lucassen "
      "and Jacobi (31 209, nr. 143) 'Het gebiedsproces is gestart en loopt' (progress); motie-Koopmans "
      "(32 500 XII, nr. 41) 'is met de brief van 4 juli 2011 (...) afgedaan' (settled; the letter "
      "31 209, nr. 139 is a Kamerstuk, no motion).  Look-alikes: IENM/BSK-2011/187342, EUR 312 "
      "miljoen, artikel 24.02, '1 209' dijkkilometers (a dossier's shape), artikel 6.5 Waterwet, Stb. "
      "2009, 107, 'bijlage 2, rij 14', 2012-2015, Postbus 20901, 2500 EX, 3 oktober 2011.",
      "2011-11-21", "brief", "2011-11-21", None,
      [K("kst-32500-XIII-12", "II"), K("kst-31209-143"), K("kst-32500-XII-41"),
       K("kst-31209-139"), K("kst-32500-XIII-10", "II")],
      [],
      [],
      [M("kst-31209-143", [S("Lucassen"), S("Jacobi")], False, "progress"),
       M("kst-32500-XII-41", [S("Koopmans")], False, "settled")],
      [C(["MIenM"], "2011-09-26", rel="settled",
         venue="notaoverleg over de Beleidsnota waterveiligheid", deadline="voor het kerstreces",
         about="kostenverdeling Rijk en waterschappen; nagekomen"),
       C(["SIenM"], "2011-09-26", rel="progress",
         venue="notaoverleg over de Beleidsnota waterveiligheid",
         deadline="in het voorjaar van 2012", about="evaluatie dijkversterkingen IJssel; wordt uitgevoerd"),
       C(["MIenM"], None, rel="made", deadline="voor 1 maart 2012",
         about="overzicht vertraagde projecten ('Ik zeg u toe')")])

# 003: Handelingen TK 2008-2009, page-numbered
write("003_handelingen_tk_2009_betuweroute_vw", "d3.txt",
      "Handelingen TK 2008-2009, nr. 67, blz. 5312-5330, 'Vergadering van woensdag 1 april 2009': "
      "kind handelingen, date 2009-04-01, self_id h-tk-20082009-5312-5330 (a page-numbered "
      "Handelingen is named by its page range, gold README).  'Minister Van Dommelen' is the minister "
      "van Verkeer en Waterstaat (the debate is about the Betuweroute; V&W merged into IenM in 2010; "
      "written MIenW, the department under its present name).  Commitments: the AO promise of '12 "
      "februari jl.' 'voor 15 maart 2009', 'heb ik de toezegging van het AO ... ingelost' (settled, "
      "venue 'AO'); 'Ik zeg mevrouw Staalman toe dat ik de Kamer voor 1 juli 2009 schriftelijk "
      "informeer' (made, dated to the sitting, no venue key); 'Na de zomer stuur ik de Kamer bovendien "
      "de evaluatie' (made).  Not promises: Brinkers's 'Kan de minister toezeggen', 'kan ik niet "
      "toezeggen'.  Motions: motie-Huizenga (31 200 XII, nr. 46) 'is uitgevoerd' (settled); the two "
      "'ingediend tijdens het debat' ('Motie van de leden Staalman en Derksen-Aalbers ... Zij krijgt nr. "
      "17 (31 305)', 'Motie van het lid Huizenga c.s. ... nr. 18 (31 305)'): sponsors from the header, "
      "party null (none in the header), relation left out (a motion as submitted).  '(31 305, nr. 14)' "
      "the letter, a Kamerstuk.  Look-alikes: '13 512 goederentreinen' (a dossier's shape), artikel 4 "
      "Spoorwegwet, 6 treinen per uur, 15.00 uur, 18.42 uur, 19.30 uur, 27 maart, 7 april.",
      "2009-04-01", "handelingen", "2009-04-01", "h-tk-20082009-5312-5330",
      [K("kst-31305-14"), K("kst-31200-XII-46"), K("kst-31305-17"), K("kst-31305-18")],
      [],
      [],
      [M("kst-31200-XII-46", [S("Huizenga")], False, "settled"),
       M("kst-31305-17", [S("Staalman"), S("Derksen-Aalbers")], False),
       M("kst-31305-18", [S("Huizenga")], True)],
      [C(["MVenW"], "2009-02-12", rel="settled", venue="AO", deadline="voor 15 maart 2009",
         about="brief geluidsoverlast Zevenaar; 'ingelost' (31 305, nr. 14)"),
       C(["MVenW"], "2009-04-01", rel="made", deadline="voor 1 juli 2009",
         about="trillingsmetingen Elst en Valburg ('Ik zeg mevrouw Staalman toe')"),
       C(["MVenW"], "2009-04-01", rel="made", deadline="na de zomer",
         about="evaluatie gebruiksplafond ('Na de zomer stuur ik de Kamer')")])

# 004: Verslag van een algemeen overleg, 2015
write("004_verslag_ao_vws_2015_geneesmiddelen_toezeggingen", "d4.txt",
      "Verslag van een algemeen overleg (29 477, nr. 312, 'Vastgesteld 9 april 2015'): kind verslag, "
      "date 2015-04-09, self_id kst-29477-312.  The AO of 12 maart 2015 with minister Scheltema (MVWS) "
      "and staatssecretaris Van Ruysdael (SVWS).  The 'Toezeggingen:' list gives two commitments, made, "
      "dated to the AO (2015-03-12); the minister's also made in the debate text ('Ik zeg mevrouw "
      "Leijten toe dat ik voor de zomer een brief stuur'), one record; venue left out (the list names "
      "none).  Motions: motie-Kerstens c.s. (29 477, nr. 290) 'heb ik aan die motie uitvoering gegeven' "
      "(settled); motie-Pieters (Kamerstuk 33 750 XVI, nr. 61) 'is in uitvoering' (progress); party "
      "null (none in the reference; the speaker's '(SP)' is not a sponsor's).  The agenda letters "
      "29 477, nrs. 298 and 305 are Kamerstukken (chamber, year null).  Look-alikes: '1 450 middelen', "
      "'32 miljoen euro', 7 leden, 10.00 uur, 13.05 uur, d.d. 15 december 2014, 2 februari 2015.",
      "2015-04-09", "verslag", "2015-04-09", "kst-29477-312",
      [K("kst-29477-298"), K("kst-29477-305"), K("kst-29477-290"), K("kst-33750-XVI-61")],
      [],
      [],
      [M("kst-29477-290", [S("Kerstens")], True, "settled"),
       M("kst-33750-XVI-61", [S("Pieters")], False, "progress")],
      [C(["MVWS"], "2015-03-12", rel="made", deadline="voor de zomer",
         about="brief stand onderhandelingen met fabrikanten"),
       C(["SVWS"], "2015-03-12", rel="made", deadline="voor 1 oktober 2015",
         about="uitkomsten onderzoek eigen bijdrage hulpmiddelen")])

# 005: Voortgangsrapportage OCW 2016 with a plain-text bijlage table
write("005_voortgangsrapportage_ocw_2016_bijlage_tabel", "d5.txt",
      "Letter of the staatssecretaris van OCW (SOCW), 'Datum 28 juni 2016', zesde voortgangsrapportage "
      "passend onderwijs: kind brief, self_id null.  'Uw kenmerk 2016Z09876' a zaak number; the "
      "commissie's request 'd.d. 19-05-2016' no commitment.  Handelingen II 2015/16, nr. 87, item 9 "
      "(h-tk-20152016-87-9).  Motions: motie-Van Meenen c.s. (Kamerstuk 31 497, nr. 175) 'geef ik "
      "invulling aan' and row 1 'Afgedaan met deze brief' (settled, one record); row 2 Siderius (SP) "
      "'In uitvoering' (progress); row 3 Bruins and Rog 'Aangehouden' (cited).  Commitments: row 4 the "
      "AO passend onderwijs 'd.d. 12-05-2016', 'medio 2017', 'Loopt' (SOCW, progress); row 5 the VAO "
      "passend onderwijs 'd.d. 01-06-2016', 'voor de zomer', 'Afgedaan met deze brief' (SOCW, "
      "settled); 'Ik zeg toe de zevende voortgangsrapportage uiterlijk eind 2016 te sturen' (made).  Row 2's 'uiterlijk "
      "eind 2016' is a status time.  Look-alikes: 4.012, 3.687, '1 maart jl.', Stcrt. 2016, 23415, EUR "
      "9,5 miljoen, artikel 18a, achtste lid, WPO, kenmerk 1004387, Postbus 16375, 2500 BJ, 070 412 34 "
      "56, row numbers 1-5.",
      "2016-06-28", "brief", "2016-06-28", None,
      [K("kst-31497-175"), K("kst-31497-181"), K("kst-31497-183")],
      [H("h-tk-20152016-87-9")],
      [T("2016Z09876", "zaak")],
      [M("kst-31497-175", [S("Van Meenen")], True, "settled"),
       M("kst-31497-181", [S("Siderius", "SP")], False, "progress"),
       M("kst-31497-183", [S("Bruins"), S("Rog")], False, "cited")],
      [C(["SOCW"], "2016-05-12", rel="progress", venue="AO passend onderwijs", deadline="medio 2017",
         about="evaluatie ondersteuningsplannen; loopt"),
       C(["SOCW"], "2016-06-01", rel="settled", venue="VAO passend onderwijs", deadline="voor de zomer",
         about="informeren over thuiszitters; afgedaan met deze brief"),
       C(["SOCW"], None, rel="made", deadline="uiterlijk eind 2016",
         about="zevende voortgangsrapportage")])
