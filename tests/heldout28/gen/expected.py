"""Writes heldout28's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  The texts are scanner + OCR output of paper forms; the
annotations are what a careful reader finds, with the references corrected.
Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: OCR'd Kamerbrief BZK settling motions and toezeggingen
write("001_brief_bzk_ocr_moties_toezeggingen_digitale_overheid", "d1.txt",
      "Kamerbrief of the staatssecretaris van BZK (SBZK), 'Datum 12 november 2026', scanned and "
      "OCR'd: the margin column (DG Digitalisering en Overheidsorganisatie, Kenmerk "
      "2026-0000618342) spliced at the ends of the body lines, the page-2 running header "
      "(Datum/Kenmerk) and the footers 'Pagina N van 3' in the text, 'rnoties'/'rnotie' for "
      "moties/motie, 'Kamerstukken 11' and 'Handelingen 11' for II, 'nr.\\n13 81' for nr. 1381, "
      "bullets '-__' and '•', broken hyphenation, dropped periods, a glued footnote "
      "('Vlaardingerbroek1' in the body, '1Kamerstukken 11 2025/26, 36 800 VII, nr. 29' at the "
      "page foot).  kind brief, self_id null.  The commissie's request '(2026Z17733)' a zaak "
      "number.  Motions: Van der Laan-Smit c.s. 'uitvoering gegeven; ik beschouw haar als "
      "afgedaan' (settled; the wetsvoorstel 36 988, nr. 2 a Kamerstuk only); Oskam (BBB) 'is in "
      "uitvoering ... Over de verdere uitvoering informeer ik u' (progress, no new commitment); "
      "Bakir and Vlaardingerbroek, Kamerstuk from footnote 1, 'De uitvoering ... loopt via ... "
      "internetconsultatie' (progress); 'Zie ook de motie-Kerstens ... verworpen' with its "
      "Handelingen (cited).  Commitments: commissiedebat Digitale overheid of '24 september jl.', "
      "'voor het einde van het jaar', 'daarmee kom ik deze toezegging na' (settled); "
      "tweeminutendebat Digitale overheid of '2 oktober jl.' (TZ202610-014), 'voor 1 maart 2027', "
      "'Het onderzoek is gestart' (progress; 'naar verwachting in februari' a status time); 'Tot "
      "slot zeg ik u toe ... voor de zomer van 2027' (made).  Look-alikes: Postbus 20011/20018, "
      "2500 EA, kenmerk 2026-0000618342, 14 gemeenten, EUR 4,2 miljoen, artikel 4:20, tweede lid, "
      "1.402 vragen (nr. 1402's digits), 070 426 64 26, Stb. 2023, 259, 'Pagina 1 van 3'.",
      "2026-11-12", "brief", "2026-11-12", None,
      [K("kst-26643-1381", "II", "2025-2026"), K("kst-36988-2", "II", "2026-2027"),
       K("kst-26643-1402"), K("kst-26643-1377"), K("kst-36800-VII-29", "II", "2025-2026")],
      [H("h-tk-20252026-97-21")],
      [T("2026Z17733", "zaak"), T("TZ202610-014", TZ)],
      [M("kst-26643-1381", [S("Van der Laan-Smit")], True, "settled"),
       M("kst-26643-1402", [S("Oskam", "BBB")], False, "progress"),
       M("kst-36800-VII-29", [S("Bakir"), S("Vlaardingerbroek")], False, "progress"),
       M("kst-26643-1377", [S("Kerstens")], False, "cited")],
      [C(["SBZK"], "2026-09-24", rel="settled", venue="commissiedebat Digitale overheid",
         deadline="voor het einde van het jaar", about="voortgang app MijnOverheid; nagekomen"),
       C(["SBZK"], "2026-10-02", rel="progress", venue="tweeminutendebat Digitale overheid",
         deadline="voor 1 maart 2027", refs=["TZ202610-014"],
         about="onderzoek wettelijke basis digitale kluis; gestart"),
       C(["SBZK"], None, rel="made", deadline="voor de zomer van 2027",
         about="eerste evaluatie Wet digitale overheid ('Tot slot zeg ik u toe')")])

# 002: an OCR'd motion document
write("002_motie_ocr_van_essen_toegankelijkheid_stations", "d2.txt",
      "Motion document 36 800 XII, 'Nr. 41 MOTIE VAN HET LID VAN ESSEN C.S.', 'Voorgesteld 19 "
      "november 2026', OCR'd: 'lnfrastructuur', '(Xll)', 'Karner', a page number glued to the "
      "Kamer's name ('Staten-Generaal 2'), broken hyphenation, en dashes in the vergaderjaar, the "
      "Kamerstuk footer ('kst-36800-XII-41', 'ISSN 0921 - 7371', 'Tweede Kamer, vergaderjaar "
      "2026–2027, 36 800 XII, nr. 41 1', the own number, no reference), stray space 'nr. 12 31'.  "
      "kind motie, date 2026-11-19, self_id kst-36800-XII-41; the motion itself listed with "
      "sponsor Van Essen from the header (party null, cs true), relation left out; the "
      "signature lines (De Rooij, Kaya, Verhoeven-Dam) add no sponsors.  'de motie-Heerkens c.s. "
      "(Kamerstuk 29 984, nr. 1190) ... nog maar gedeeltelijk is uitgevoerd' (cited: mentioned "
      "in a consideration); the brief 29 984, nr. 1231 a Kamerstuk only.  Commitment: "
      "'constaterende dat de minister ... in het commissiedebat Spoor van 12 maart 2026 heeft "
      "toegezegd de Kamer voor 1 juli 2026 een planning ... te sturen' (MIenW, cited, as a "
      "commission letter recalling a promise).  The 'verzoekt de regering ... voor 1 februari "
      "2027' is a request, no commitment.  Look-alikes: 212 van de 397 stations, 150, artikel "
      "13.2, EUR 38/52 miljoen, 29.984 keer (the dossier's digits), ISSN 0921 - 7371.",
      "2026-11-19", "motie", "2026-11-19", "kst-36800-XII-41",
      [K("kst-29984-1190"), K("kst-29984-1231")],
      [],
      [],
      [M("kst-36800-XII-41", [S("Van Essen")], True),
       M("kst-29984-1190", [S("Heerkens")], True, "cited")],
      [C(["MIenW"], "2026-03-12", rel="cited", venue="commissiedebat Spoor",
         deadline="voor 1 juli 2026", about="planning toegankelijkheid per station; nog niet ontvangen")])

# 003: the griffie's list of toezeggingen of a commissiedebat, OCR'd
write("003_toezeggingenlijst_griffie_ocr_commissiedebat_arbeidsmarkt", "d3.txt",
      "Lijst van toezeggingen of the griffie of the vaste commissie voor SZW, 'Commissiedebat "
      "Arbeidsmarktbeleid, d.d. 15 oktober 2026' ('Cornmissiedebat' in the OCR'd head), 'Den "
      "Haag, 16 oktober 2026': kind and date left out (as a besluitenlijst, heldout25 001), "
      "self_id null; 'Zaak: 2026Z16418', the agenda's '2026D28814' and the list's own document "
      "number '2026D41277' in the footers are Kamer numbers; the agenda's compact '29544-1344' "
      "and '29861-142' Kamerstukken (chamber and year null).  The four numbered promises (TZ "
      "number at the right margin) are made, dated to the debate, venue 'commissiedebat "
      "Arbeidsmarktbeleid', actors from 'De minister' (MSZW) and 'De staatssecretaris' (SSZW) as "
      "the 'Bewindspersonen' line names them: 'voor 1 maart 2027' (TZ202610-087), 'voor de zomer "
      "van 2027' (TZ202610-088), 'in het eerste kwartaal van 2027' (TZ202610-089), no term "
      "(TZ202610-090, deadline null).  The older promise of the commissiedebat Arbeidsmarkt-"
      "beleid of 6 maart 2026 'voor 1 oktober 2026' (TZ202603-021) 'nagekomen' under 'Toezeggingen "
      "die de commissie als voldaan beschouwt' (MSZW, settled).  Motion Kuipers-Noordam (CDA) "
      "'(Kamerstuk 29 544, nr.\\n12 98)', mentioned in promise 2 (cited).  The tweeminutendebat "
      "request is no commitment.  Look-alikes: 070-318 30 12, 11 leden, 1.344 meldingen (nr. "
      "1344's digits), 2.980 woonunits, 'Pagina 1 van 2'.",
      "2026-10-16", OMIT, OMIT, None,
      [K("kst-29544-1344"), K("kst-29861-142"), K("kst-29544-1298")],
      [],
      [T("2026Z16418", "zaak"), T("2026D28814", "document"), T("2026D41277", "document"),
       T("TZ202610-087", TZ), T("TZ202610-088", TZ), T("TZ202610-089", TZ),
       T("TZ202610-090", TZ), T("TZ202603-021", TZ)],
      [M("kst-29544-1298", [S("Kuipers-Noordam", "CDA")], False, "cited")],
      [C(["MSZW"], "2026-10-15", rel="made", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor 1 maart 2027", refs=["TZ202610-087"],
         about="onderzoek schijnzelfstandigheid bouw en schoonmaak"),
       C(["MSZW"], "2026-10-15", rel="made", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor de zomer van 2027", refs=["TZ202610-088"],
         about="voortgangsbrief: motie deeltijdbonussen"),
       C(["SSZW"], "2026-10-15", rel="made", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="in het eerste kwartaal van 2027", refs=["TZ202610-089"],
         about="handhaving huisvestingsnormen arbeidsmigranten"),
       C(["SSZW"], "2026-10-15", rel="made", venue="commissiedebat Arbeidsmarktbeleid",
         deadline=None, refs=["TZ202610-090"], about="afschrift brief gemeente Westland"),
       C(["MSZW"], "2026-03-06", rel="settled", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor 1 oktober 2026", refs=["TZ202603-021"],
         about="verkenning minimumuurloon zzp'ers; nagekomen met nr. 1344")])

# 004: OCR'd letter answering a commissie's letter point by point (numbered list)
write("004_brief_sdef_ocr_antwoord_commissie_genummerde_punten", "d4.txt",
      "Letter of the staatssecretaris van Defensie (SDef), 'Datum 20 november 2026', answering the "
      "commissie's letter ('Uw kenmerk 2026Z19120/2026D44702': a zaak and a document number) in "
      "numbered points, OCR'd: 'Karner', 'Kamerstukken Il', 'Handelingen 11', the margin "
      "'Onze referentie BS2026032217' and 'Pagina 1 van 2' in the body, 'nr. 3 12' for nr. 312, "
      "broken hyphenation, dropped periods.  kind brief, self_id null.  Motions: Hazelhoff c.s. "
      "'volledig invulling gegeven en beschouw ik haar als afgedaan' (settled); Tahiri-Kok "
      "(GroenLinks-PvdA) 'aangehouden' with its Handelingen (cited); Boerma and Oudshoorn "
      "(Kamerstukken II 2025/26, 36 800 X, nr. 27), stand van zaken and 'Over de verdere "
      "uitvoering van de motie informeer ik u in de volgende voortgangsrapportage' (progress).  "
      "Commitments: commissiedebat Personeel of '11 juni jl.' (TZ202606-133), 'voor 1 oktober "
      "2026', 'nog niet nagekomen ... in voorbereiding' (progress); notaoverleg Veteranennota of "
      "'22 september jl.', no term, 'Hiermee is de toezegging voldaan' (settled; the evaluatie "
      "30 139, nr. 312 a Kamerstuk); 'ik zeg u toe ... voor 1 mei 2027' (made).  Look-alikes: "
      "Postbus 20701, 2500 ES, BS2026032217, 320/480 eenheden, EUR 17,5 miljoen, 3.121 meldingen.",
      "2026-11-20", "brief", "2026-11-20", None,
      [K("kst-36592-45"), K("kst-36592-52"), K("kst-36800-X-27", "II", "2025-2026"),
       K("kst-30139-312")],
      [H("h-tk-20252026-88-7")],
      [T("2026Z19120", "zaak"), T("2026D44702", "document"), T("TZ202606-133", TZ)],
      [M("kst-36592-45", [S("Hazelhoff")], True, "settled"),
       M("kst-36592-52", [S("Tahiri-Kok", "GroenLinks-PvdA")], False, "cited"),
       M("kst-36800-X-27", [S("Boerma"), S("Oudshoorn")], False, "progress")],
      [C(["SDef"], "2026-06-11", rel="progress", venue="commissiedebat Personeel",
         deadline="voor 1 oktober 2026", refs=["TZ202606-133"],
         about="rapportage ziekteverzuim KMar; te laat, in voorbereiding"),
       C(["SDef"], "2026-09-22", rel="settled", venue="notaoverleg Veteranennota", deadline=None,
         about="evaluatie Veteranenloket; voldaan met nr. 312"),
       C(["SDef"], None, rel="made", deadline="voor 1 mei 2027",
         about="meldingen Veteranenloket eerste kwartaal 2027")])

# 005: OCR'd beslisnota VWS
write("005_beslisnota_vws_ocr_ggz_wachttijden", "d5.txt",
      "Beslisnota VWS to the minister ('Aan Minister van Volksgezondheid, Welzijn en Sport', "
      "'Datum 27 oktober 2026', 'Kenmerk 4411872-1090213-CZ'), OCR'd: the margin 'Directie "
      "Curatieve Zorg' and the Kenmerk spliced into body lines, bullets '-__', 'nr. 7 02' for nr. "
      "702, a glued footnote ('(NSC)1' in the body, '1Kamerstuk 25 424, nr. 718' at the foot), "
      "dropped periods.  kind beslisnota, date 2026-10-27, self_id null; the addressee 'u' stays "
      "'u' (tests/gold).  Commitments: 'In het commissiedebat GGZ/Suïcidepreventie van 18 juni jl. "
      "heeft u toegezegd de Kamer voor 1 november 2026 te informeren', 'Met de brief komt u de "
      "toezegging ... na' (settled); 'In de brief zegt u toe de Kamer in het voorjaar van 2027 te "
      "informeren' (made, date null).  Motions: Kroon-Algra c.s. 'wordt met de brief als afgedaan "
      "beschouwd' (settled); Van Heerden (NSC), Kamerstuk from footnote 1, 'meldt de brief de "
      "stand van zaken' (progress); 'de motie-Dijkman ... is verworpen' (cited).  Look-alikes: "
      "Postbus 20350, 2500 EJ, kenmerk 4411872-1090213-CZ, 31 regio's, 14/11 weken, 7.020 "
      "verwijzingen, EUR 12,4 miljoen, artikel 2 of the begroting, artikel 13 Zvw, artikel 5.1, "
      "tweede lid, onder e, Woo, 'Pagina 1 van 1'.",
      "2026-10-27", "beslisnota", "2026-10-27", None,
      [K("kst-25424-702"), K("kst-25424-718"), K("kst-25424-699")],
      [],
      [],
      [M("kst-25424-702", [S("Kroon-Algra")], True, "settled"),
       M("kst-25424-718", [S("Van Heerden", "NSC")], False, "progress"),
       M("kst-25424-699", [S("Dijkman")], False, "cited")],
      [C(["u"], "2026-06-18", rel="settled", venue="commissiedebat GGZ/Suïcidepreventie",
         deadline="voor 1 november 2026", about="wachttijden specialistische ggz; nagekomen met de brief"),
       C(["u"], None, rel="made", deadline="in het voorjaar van 2027",
         about="onderzoek wachttijden kinderen en jongeren")])
