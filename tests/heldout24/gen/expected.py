"""Writes heldout24's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, H, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: Kamerbrief as officielebekendmakingen publishes it, copied from the web page
write("001_kamerstuk_ob_brief_szw_36800_xv_42_lange_regel", "d1.txt",
      "Kamerbrief SZW as a Kamerstuk copied from officielebekendmakingen.nl: 'Tweede Kamer der "
      "Staten-Generaal', 'Vergaderjaar 2025–2026', '36 800 XV Vaststelling ...', 'Nr. 42 BRIEF VAN DE "
      "MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID', 'Den Haag, 18 november 2025' (kind brief, self_id "
      "kst-36800-XV-42; the OB foot 'kst-36800-XV-42 ISSN 0921 - 7371' and 'Tweede Kamer, vergaderjaar "
      "2025–2026, 36 800 XV, nr. 42' are the own number, no reference).  Section 1 is one line of 2100+ "
      "characters: 'De motie van de leden Oudeman en Çelik (Kamerstuk 36<NBSP>800 XV, nr.<NBSP>18)' "
      "... 'is aan de motie ... voldaan. Ik beschouw de motie daarmee als uitgevoerd.' (settled).  "
      "'De motie van het lid Brandsma c.s. ...[1]' footnote [1] 'Kamerstukken II 2025–2026, 36 800 XV, "
      "nr. 23' (en dash in the year), 'De uitvoering van de motie ligt op schema; in het voorjaar van "
      "2026 informeer ik u' (progress, no new promise).  Commitments (MSZW): CD Armoede- en "
      "schuldenbeleid of '2 oktober jl.' (2025-10-02) 'Hiermee is die toezegging afgedaan' (settled, "
      "deadline its term 'voor het einde van het jaar'); WGO Participatiewet in balans of 9 juni 2025 "
      "'zegde ik toe te onderzoeken ... voor de zomer van 2026' 'Het onderzoek is inmiddels gestart' "
      "(progress; 'in maart 2026' a status time); 'Ik zal uw Kamer voor 1 april 2026 informeren' (made, "
      "date null).  Footnotes [2] Kamerstuk 24 515, nr. 802 (NBSPs), [3] '..., 36 582, nr. 41, p. 17' "
      "(page no number), [4] Aanhangsel Handelingen II 2025/26, nr. 412.  Look-alikes: 1.184.000 "
      "signalen, artikel 3, derde lid, 'Stcrt. 2025, 36800', € 250, € 2,1 miljoen, artikel 2, phone "
      "030 233 23 39, postbus 8023, 3503 RA, URLs with '2025/11' and '2025/46', a table of amounts, "
      "ISSN 0921 - 7371.",
      "2025-11-18", "brief", "2025-11-18", "kst-36800-XV-42",
      [K("kst-36800-XV-18"), K("kst-36800-XV-23", "II", "2025-2026"), K("kst-24515-802"),
       K("kst-36582-41", "II", "2024-2025")],
      [H("ah-tk-20252026-412")],
      [],
      [M("kst-36800-XV-18", [S("Oudeman"), S("Çelik")], False, "settled"),
       M("kst-36800-XV-23", [S("Brandsma")], True, "progress")],
      [C(["MSZW"], "2025-10-02", rel="settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor het einde van het jaar", about="evaluatie Wet gemeentelijke schuldhulpverlening"),
       C(["MSZW"], "2025-06-09", rel="progress", venue="wetgevingsoverleg Participatiewet in balans",
         deadline="voor de zomer van 2026", about="onderzoek beslagvrije voet jongeren; gestart"),
       C(["MSZW"], None, rel="made", deadline="voor 1 april 2026",
         about="uitkomsten pilot gezamenlijke inning")])

# 002: tweedekamer.nl motion page with its furniture and the votes
write("002_tweedekamer_nl_motiepagina_36800_xv_31_stemmingsuitslag", "d2.txt",
      "tweedekamer.nl page of a motion copied as text: title, 'Zaaknummer 2025Z20417', 'Status: "
      "Aangenomen', 'Indiener' / 'Medeindiener' with names and parties on their own lines (no "
      "brackets: no party), 'Besluit: aangenomen.', 'Documentnummer 2025D47788', 'Kamerstuk 36 800 XV, "
      "nr. 31' (the page's own motion), the motion text 'Nr. 31 MOTIE VAN HET LID VAN DER HEIJDEN C.S.', "
      "'Voorgesteld 20 november 2025', the names under it (no sponsors added), a Stemmingsuitslagen "
      "table with tabs (seat and vote counts), related motions in a tab row ('36 800 XV, nr. 32  "
      "Status: Verworpen', 'nr. 33  Status: Aangehouden': cited, sponsors from the title, party null), "
      "the page URL with the zaak and document numbers.  kind motie, date the Voorgesteld date, self_id "
      "kst-36800-XV-31 (listed, no relation; heldout19 009).  The considerans cites motie-Brandsma c.s. "
      "(36 800 XV, nr. 23) and Kamerstuk 29 861, nr. 131 (cited).  No commitments: 'verzoekt de "
      "regering ... de Kamer voor 1 mei 2026 te informeren' is a request.  Look-alikes: 312 of 1.204 "
      "locaties, 'Voor: 81, tegen: 69', seat counts, 14:07 uur, 150 zetels, 070 318 22 11, Postbus "
      "20018, 2500 EA.",
      "2025-11-20", "motie", "2025-11-20", "kst-36800-XV-31",
      [K("kst-36800-XV-23"), K("kst-29861-131"), K("kst-36800-XV-32"), K("kst-36800-XV-33")],
      [],
      [T("2025Z20417", "zaak"), T("2025D47788", "document")],
      [M("kst-36800-XV-31", [S("Van der Heijden")], True),
       M("kst-36800-XV-23", [S("Brandsma")], True, "cited"),
       M("kst-36800-XV-32", [S("Koerts")], False, "cited"),
       M("kst-36800-XV-33", [S("El Yassini"), S("Van der Heijden")], False, "cited")],
      [])

# 003: tweedekamer.nl toezeggingen page of a vaste commissie
write("003_tweedekamer_nl_commissie_toezeggingen_ienw_labels", "d3.txt",
      "tweedekamer.nl page 'Toezeggingen vaste commissie voor Infrastructuur en Waterstaat' copied as "
      "text: five toezeggingen, four as label lines ('Toezegging<TAB>title', the TZ number, "
      "'Omschrijving', 'Bewindspersoon', 'Termijn', 'Toegezegd tijdens' with venue and date, 'Status: "
      "Openstaand/Voldaan'), one flattened into a single tab row with 'Label: value' cells.  Kind and "
      "date left out (a web page; heldout19 004, heldout20 001), self_id null.  One commitment per TZ "
      "number: actors from Bewindspersoon (minister MIenW, staatssecretaris SIenW), date and venue from "
      "'Toegezegd tijdens', deadline the Termijn field as written, refs the TZ number; 'Status: "
      "Openstaand' relation left out (heldout19 004: a bare register item), 'Status: Voldaan' with "
      "'Afgedaan met de brief ...' settled.  Two promises of the same minister in the same debate "
      "(TZ202510-061 and -062).  The motie-De Groot (Kamerstuk 29 398, nr. 1187) in an Omschrijving is "
      "cited; Kamerstuk 29 398, nr. 1214 and 36 850 J, nr. 2 (Deltafonds) references.  Look-alikes: "
      "'Openstaand (3) Voldaan (2)', 'Resultaten 1 - 5 van 5', A12, 47 bruggen en 33 sluizen, 75-plussers, "
      "070 318 20 62, Postbus 20018.",
      "2025-11-28", OMIT, OMIT, None,
      [K("kst-29398-1187"), K("kst-29398-1214"), K("kst-36850-J-2")],
      [],
      [T("TZ202510-061", TZ), T("TZ202510-062", TZ), T("TZ202509-118", TZ), T("TZ202506-040", TZ),
       T("TZ202506-033", TZ)],
      [M("kst-29398-1187", [S("De Groot")], False, "cited")],
      [C(["MIenW"], "2025-10-08", venue="Commissiedebat Mobiliteit en bereikbaarheid",
         deadline="voor de zomer van 2026", refs=["TZ202510-061"], about="proef spitsmijden A12; openstaand"),
       C(["MIenW"], "2025-10-08", venue="Commissiedebat Mobiliteit en bereikbaarheid",
         deadline="eerste kwartaal 2026", refs=["TZ202510-062"], about="planning vervanging bruggen en sluizen; openstaand"),
       C(["SIenW"], "2025-09-24", venue="Commissiedebat Verkeersveiligheid", deadline="1 juni 2026",
         refs=["TZ202509-118"], about="onderzoek fietsveiligheid ouderen; openstaand (tab row)"),
       C(["SIenW"], "2025-06-18", rel="settled", venue="Plenair debat over verkeersveiligheid",
         deadline="30 september 2025", refs=["TZ202506-040"], about="uitvoering motie N-wegen; voldaan"),
       C(["MIenW"], "2025-06-16", rel="settled", venue="Wetgevingsoverleg Jaarverslag en slotwet IenW 2024",
         deadline="1 december 2025", refs=["TZ202506-033"], about="rapportage onderuitputting Deltafonds; voldaan")])

# 004: eerstekamer.nl overview of toezeggingen, one tab row per T-number
write("004_eerstekamer_nl_overzicht_toezeggingen_vws_tabrijen", "d4.txt",
      "eerstekamer.nl 'Overzicht toezeggingen' filtered on the commissie VWS, copied as text: a header "
      "row and one tab-separated row per T-number (Nummer, Titel with the dossier '(36.512)', Status, "
      "Deadline, Datum toezegging, Kamerleden with parties, Omschrijving, Stand van zaken), then an 'Over "
      "toezeggingen' explanation pasted as one line of 2100+ characters with only look-alikes.  Kind and "
      "date left out, self_id null (heldout20 001).  One commitment per row: actors from the "
      "Omschrijving's subject (staatssecretaris van Jeugd, Preventie en Sport SJSP; minister MVWS; "
      "staatssecretaris van Langdurige en Maatschappelijke Zorg SLMZ), date the Datum toezegging cell, "
      "deadline the Deadline cell (heldout14 001's Termijn: also where the Omschrijving names another "
      "term), refs the T-number; openstaand with stand '-' relation left out (heldout14), deels voldaan "
      "progress, voldaan settled.  T03644 named in the notes is a Kamer number only.  Kamerstukken I in "
      "the Stand cells (36 355, M; 36 590, H; 29 689, AB), Handelingen I 2024/25, nr. 27, item 4.  "
      "Dossiers '(36.600 XVI)', '36.512 Wijziging ...' no Kamerstuk.  Look-alikes: 42 jeugdregio's, € 385, "
      "kenmerk 178432.03u, 214/187/392/61 toezeggingen, artikel 139, 26 juni 2007, 070 312 92 00/20, "
      "Postbus 20017, 2513 AA, URLs with numbers, CC0 1.0.",
      "2025-12-01", OMIT, OMIT, None,
      [K("kst-36355-M", "I", "2025-2026"), K("kst-36590-H", "I", "2024-2025"),
       K("kst-29689-AB", "I", "2024-2025")],
      [H("h-ek-20242025-27-4")],
      [T("T03802", TZ), T("T03815", TZ), T("T03836", TZ), T("T03851", TZ), T("T03860", TZ),
       T("T03644", TZ)],
      [],
      [C(["SJSP"], "2025-02-04", deadline="1 maart 2026", refs=["T03802"],
         about="jaarlijkse rapportage wachttijden jeugd-ggz; openstaand"),
       C(["MVWS"], "2025-03-11", rel="progress", deadline="1 januari 2026", refs=["T03815"],
         about="tweede evaluatie Wet zorg en dwang; deels voldaan"),
       C(["SLMZ"], "2025-04-08", rel="settled", deadline="1 oktober 2025", refs=["T03836"],
         about="brief bekostiging wijkverpleging; voldaan"),
       C(["MVWS"], "2025-05-13", deadline="1 juli 2026", refs=["T03851"],
         about="eigen risico chronisch zieken; openstaand"),
       C(["MVWS"], "2025-06-03", rel="settled", deadline="15 september 2025", refs=["T03860"],
         about="voortgang Integraal Zorgakkoord; voldaan")])

# 005: Handelingen II, plenary debate with speaker labels
write("005_handelingen_debat_ov_krimpregios_sienw_moties", "d5.txt",
      "Handelingen II, 25e vergadering of woensdag 19 november 2025, item 8 (h-tk-20252026-25-8; kind "
      "handelingen; date the sitting's): a plenary debate with speaker labels ('Mevrouw Okafor "
      "(GroenLinks-PvdA):', 'Staatssecretaris Tuinman:' after 'Het woord is aan de staatssecretaris van "
      "Infrastructuur en Waterstaat.': SIenW).  The staatssecretaris's answer is one line of 2000+ "
      "characters.  Motions: the motie-Okafor c.s. (23 645, nr. 811) 'De uitvoering van de motie-Okafor "
      "c.s. loopt' (progress; party null, the speaker's bracket is no part of the reference); 'de motie "
      "van het lid De Wit (PVV) ... (Kamerstuk 23 645, nr. 820) is helaas verworpen' (cited, PVV); two "
      "motions submitted ('Zij krijgt nr. 852 (23 645).', nr. 853), sponsors the names under them, "
      "appreciated 'oordeel Kamer' / 'ontraden' (cited).  Commitments (SIenW): 'Ik zeg de Kamer toe dat "
      "ik voor de zomer van 2026 met een verkenning kom' (made, dated to the sitting); 'Ja, dat kan ik "
      "toezeggen.' answering 'Kan de staatssecretaris toezeggen dat de Kamer voor 1 maart 2026 de cijfers "
      "... krijgt?' (made, the question's term); CD Openbaar vervoer en taxi of '25 september jl.' "
      "(2025-09-25) 'daarmee is die toezegging afgedaan' (settled, no term).  Not commitments: 'Ik zeg de "
      "staatssecretaris toe dat mijn fractie ...' (a member), 'kan ik niet toezeggen', 'de verkenning "
      "die ik heb toegezegd'.  Kamerstuk 23 645, nr. 847 the brief; Handelingen II 2024/25, nr. 63, item "
      "11.  Look-alikes: 1.187 bushaltes, 07.15 uur, lijn 36, € 4,50, 71 voor en 79 tegen, 800 meter, "
      "14.32 uur, € 1,9 miljard, 37 procent, 86 vacatures, 410 chauffeurs, a URL with '2025-2035', € 12 "
      "miljoen, '25 november 2025'.",
      "2025-11-19", "handelingen", "2025-11-19", "h-tk-20252026-25-8",
      [K("kst-23645-811"), K("kst-23645-820"), K("kst-23645-847"), K("kst-23645-852"),
       K("kst-23645-853")],
      [H("h-tk-20242025-63-11")],
      [],
      [M("kst-23645-811", [S("Okafor")], True, "progress"),
       M("kst-23645-820", [S("De Wit", "PVV")], False, "cited"),
       M("kst-23645-852", [S("Okafor"), S("Van Lier")], False, "cited"),
       M("kst-23645-853", [S("De Wit")], False, "cited")],
      [C(["SIenW"], "2025-11-19", rel="made", deadline="voor de zomer van 2026",
         about="verkenning landelijk minimumniveau busvervoer in de regio"),
       C(["SIenW"], "2025-11-19", rel="made", deadline="voor 1 maart 2026",
         about="cijfers opgeheven buslijnen per provincie; 'Ja, dat kan ik toezeggen.'"),
       C(["SIenW"], "2025-09-25", rel="settled", venue="commissiedebat Openbaar vervoer en taxi",
         deadline=None, about="gevolgen concessie Zeeland kleine kernen; afgedaan")])

# 006: rijksoverheid.nl page of a Kamerbrief with the letter's text
write("006_rijksoverheid_nl_kamerbrief_jeugd_bullets_tabel", "d6.txt",
      "rijksoverheid.nl document page copied as text: breadcrumb, title, summary, 'Kamerstuk: "
      "Kamerbrief | 14-11-2025', download lines ('PDF document | 6 pagina's | 412 kB'), then the "
      "letter's text and the site's 'Bekijk ook' / URL / 1400 furniture.  Letter of the staatssecretaris "
      "van Jeugd, Preventie en Sport (SJSP), 14 november 2025: kind brief, self_id null.  A '•' list "
      "introduces each item with its own status: motie-Tielen (VVD) (31 839, nr. 1101) 'met deze brief "
      "afgedaan' and 'Daarmee is de motie-Tielen uitgevoerd' (settled); Dobbe and Bikker (nr. 1104) 'de "
      "uitvoering loopt' (progress); the toezegging of the CD Jeugd of '4 juni jl.' (2025-06-04) 'zie "
      "paragraaf 4' then 'Hiermee kom ik deze toezegging na' (settled; the body wins; deadline its term "
      "'na de zomer').  '– Ik informeer uw Kamer in het voorjaar van 2026 over ...' a new promise "
      "(made, date null); '– De volgende voortgangsbrief ontvangt u zoals gebruikelijk rond de zomer' "
      "no promise; 'Ik verwacht het wetsvoorstel in het eerste kwartaal van 2026 ... in te dienen' the "
      "motion's progress.  Cited: Kamerstukken II 2024/25, 31 839, nr. 1092; Kamerstuk 31 839, nr. "
      "1098.  Look-alikes: a tab table of counts (523.410, 521.055), 42 jeugdregio's, artikel 2.6, € 6,4 "
      "miljard, 31 procent, dates '14-11-2025' / '30-05-2025', the URL with '2025/11/14', 1400.",
      "2025-11-14", "brief", "2025-11-14", None,
      [K("kst-31839-1101"), K("kst-31839-1104"), K("kst-31839-1092", "II", "2024-2025"),
       K("kst-31839-1098")],
      [],
      [],
      [M("kst-31839-1101", [S("Tielen", "VVD")], False, "settled"),
       M("kst-31839-1104", [S("Dobbe"), S("Bikker")], False, "progress")],
      [C(["SJSP"], "2025-06-04", rel="settled", venue="commissiedebat Jeugd", deadline="na de zomer",
         about="uitkomsten regionale inkoopafspraken"),
       C(["SJSP"], None, rel="made", deadline="in het voorjaar van 2026",
         about="resultaten pilots regionaal expertteam")])

# 007: Kamerbrief with bijlage exported from a document system
write("007_dms_export_brief_ocw_bijlage_spatietabel_voetnoten", "d7.txt",
      "Kamerbrief of the minister van OCW (MOCW), 21 november 2025, as a document system exports it: "
      "metadata lines ('Documentnummer: OCW/2025-0000712004', 'Versie: 3.0', 'Geëxporteerd: "
      "21-11-2025 16:42'), the margin labels with several spaces ('Datum    21 november 2025'), "
      "footnotes '1)' with notes after the signature and after the table, 'Pagina 1 van 3', a bijlage "
      "table whose cells are parted by four spaces, '–' bullets.  kind brief, self_id null.  "
      "'Kamerstukken II 2024–2025, 31 288, nrs. 1120–1122' an en-dash range: three Kamerstukken.  "
      "Motions: Paternotte c.s. (footnote 1 and row 1: 31 288, nr. 1131) 'Hiermee is de motie "
      "uitgevoerd' / 'Afgedaan met deze brief.' settled; 36 800 VIII, nr. 54 Van der Molen and Stoffer "
      "'Loopt.' progress; nr. 61 Bisschop 'Afgedaan: ...' settled.  Commitments (the cells' 'De "
      "minister' is MOCW): CD Hoger onderwijs en wetenschap of '12 maart jl.' / 'd.d. 12-03-2025' "
      "(TZ202503-077), body and row 4, 'is vertraagd ... ik stuur het uiterlijk in februari 2026' "
      "(progress; venue and deadline as the body's sentence writes them); WGO d.d. 23-06-2025 'Vervallen: "
      "<reason>' (addressed, heldout20; no term); plenair debat OCW-begroting 2026 d.d. 6-11-2025 'Loopt.' "
      "(progress, deadline 'voor de zomer van 2026'); 'Verder zal ik uw Kamer voor de "
      "begrotingsbehandeling van 2027 informeren' (made, date null).  '(36 800 VIII)' in the cost line a "
      "dossier.  Look-alikes: DMS numbers, kenmerk 52418903, Postbus 16375, 2500 BJ, a DUO URL with "
      "'2025', 'met 88 stemmen voor', € 4,2 mln, artikel 7, ISBN 978-90-8270-318-2, 'tabel 3.1'.",
      "2025-11-21", "brief", "2025-11-21", None,
      [K("kst-31288-1120", "II", "2024-2025"), K("kst-31288-1121", "II", "2024-2025"),
       K("kst-31288-1122", "II", "2024-2025"), K("kst-31288-1131"), K("kst-36800-VIII-54"),
       K("kst-36800-VIII-61")],
      [],
      [T("TZ202503-077", TZ)],
      [M("kst-31288-1131", [S("Paternotte")], True, "settled"),
       M("kst-36800-VIII-54", [S("Van der Molen"), S("Stoffer")], False, "progress"),
       M("kst-36800-VIII-61", [S("Bisschop")], False, "settled")],
      [C(["MOCW"], "2025-03-12", rel="progress", venue="commissiedebat Hoger onderwijs en wetenschap",
         deadline="voor het eind van dit jaar", refs=["TZ202503-077"],
         about="actieplan studentenwelzijn; vertraagd"),
       C(["MOCW"], "2025-06-23", rel="addressed", venue="WGO Wet taal en toegankelijkheid", deadline=None,
         about="uitval buitenlandse studenten; vervallen"),
       C(["MOCW"], "2025-11-06", rel="progress", venue="Plenair debat OCW-begroting 2026",
         deadline="voor de zomer van 2026", about="tijdelijke contracten docenten; loopt"),
       C(["MOCW"], None, rel="made", deadline="voor de begrotingsbehandeling van 2027",
         about="ervaringen nieuwe bekostiging kleine opleidingen")])

# 008: Aanhangsel antwoord copied from officielebekendmakingen, notes '1)'
write("008_aanhangsel_antwoord_vro_servicekosten_voetnoten_haakje", "d8.txt",
      "Aanhangsel van de Handelingen nr. 611 of 2025–2026 copied from officielebekendmakingen.nl "
      "(ah-tk-20252026-611; kind antwoord; date 'ontvangen 13 november 2025'; the foot "
      "'ah-tk-20252026-611 ISSN 0921 - 7398' and 'Aanhangsel Handelingen II 2025/26, nr. 611' the own "
      "number), 'Zie ook Aanhangsel Handelingen, vergaderjaar 2025–2026, nr. 488' (an earlier answer), "
      "zaak 2025Z18804 on its own line, notes '1)', '2)', '3)' at the end.  Answers of the minister van "
      "VRO (MVRO).  Motions: 'De motie van het lid Bouchallikh (GroenLinks-PvdA) over ... 2)' note 2 "
      "Kamerstuk 27 926, nr. 398, 'Dat onderzoek is in september 2025 gestart en loopt' (progress; party "
      "from the motion phrase's brackets); motie-Van der Plas (Kamerstuk 27 926, nr. 402) 'Ik beschouw "
      "deze motie daarmee als afgedaan' (settled).  Commitments: CD Huurbeleid en woningcorporaties of "
      "'9 oktober jl.' (2025-10-09) 'De gesprekken daarover zijn gaande' (progress, deadline its term "
      "'voor het einde van het jaar'); 'Wel zal ik uw Kamer voor 1 maart 2026 informeren' (made, date "
      "null).  Not: 'Dat kan ik niet toezeggen', 'Kunt u toezeggen ...' (a question), 'binnen drie "
      "weken'.  Note 3 Kamerstuk 27 926, nr. 409 (the letter of 2 juli 2025).  Look-alikes: 400 euro, "
      "4.611 verzoeken, 2.488 zaken, € 412,50, 088 525 80 00, Postbus 1160, 2280 CD, a URL with "
      "'2024' and 'pagina=12&per=50', artikel 7:259, eerste/tweede lid, BW, 1.160 huurders, 23 procent, "
      "ISSN 0921 - 7398.",
      "2025-11-13", "antwoord", "2025-11-13", "ah-tk-20252026-611",
      [K("kst-27926-398"), K("kst-27926-409"), K("kst-27926-402")],
      [H("ah-tk-20252026-488")],
      [T("2025Z18804", "zaak")],
      [M("kst-27926-398", [S("Bouchallikh", "GroenLinks-PvdA")], False, "progress"),
       M("kst-27926-402", [S("Van der Plas")], False, "settled")],
      [C(["MVRO"], "2025-10-09", rel="progress", venue="commissiedebat Huurbeleid en woningcorporaties",
         deadline="voor het einde van het jaar", about="afspraken termijn afrekening servicekosten"),
       C(["MVRO"], None, rel="made", deadline="voor 1 maart 2026",
         about="Huurcommissie terugbetaling laten opleggen")])
