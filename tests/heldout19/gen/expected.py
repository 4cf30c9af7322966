"""python3 tests/heldout19/gen/expected.py: writes docs/NAME.expected.json.  Every record here
was written by hand from the HTML source in docs/, before kamerindex or eval ran on the PDFs."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def K(i, chamber=None, year=None):
    return {"id": i, "chamber": chamber, "year": year}


def M(kst, sponsors=None, cs=None, relation=None):
    m = {"kamerstuk": kst}
    if sponsors is not None:
        m["sponsors"] = [{"name": s, "party": None} for s in sponsors]
    if cs is not None:
        m["cs"] = cs
    if relation is not None:
        m["relation"] = relation
    return m


def C(actors, date, about, relation=None, **kw):
    c = {"actors": actors, "date": date}
    for k in ("venue", "deadline", "refs"):
        if k in kw:
            c[k] = kw[k]
    if relation is not None:
        c["relation"] = relation
    c["about"] = about
    return c


def TZ(i):
    return {"id": i, "kind": "toezegging"}


def write(name, about, doc, kst, hand, tk, mot, com):
    d = {"file": name + ".pdf", "about": about}
    d.update(doc)
    d.update({"kamerstukken": kst, "handelingen": [{"id": h} for h in hand], "tk_numbers": tk,
              "motions": mot, "commitments": com})
    with open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


write("001_kamerstuk_ob_brief_ienw_36410_xii_88",
      "An officielebekendmakingen Kamerstuk letter (XSL-FO look): chamber head, 'Vergaderjaar 2025–2026', "
      "'36 410 XII' / 'Nr. 88' in a left column beside title and 'BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN "
      "WATERSTAAT', page-1 foot 'kst-36410-XII-88 / ISSN 0921 - 7371 / 's-Gravenhage 2026' with 'Tweede Kamer, "
      "vergaderjaar 2025–2026, 36 410 XII, nr. 88   1', running head on page 2.  ik = MIenW.  Soft hyphens "
      "(U+00AD) in 'Verkeers-veiligheid' etc.",
      {"reference_date": "2026-02-12", "kind": "brief", "date": "2026-02-12", "self_id": "kst-36410-XII-88"},
      [K("kst-29398-1150"), K("kst-36410-XII-41"), K("kst-29398-1178"), K("kst-29398-1162"),
       K("kst-36410-XII-47")],
      ["h-tk-20252026-19-11"], [],
      [M("kst-36410-XII-41", ["De Hoop"], True, "settled"),
       M("kst-29398-1178", ["Bamenga", "Kostić"], False, "progress"),
       M("kst-29398-1162", ["Van der Graaf"], False, "progress"),
       M("kst-36410-XII-47", ["Grinwis"], False, "cited")],
      [C(["MIenW"], "2025-10-02", "30 km/u ervaringen gemeenten", "settled",
         venue="commissiedebat Verkeersveiligheid", deadline="voor het einde van het jaar"),
       C(["MIenW"], None, "landelijke uitrol focusflitser", "made", deadline="voor de zomer van 2026"),
       C(["MIenW"], None, "evaluatie pilot rijtest met voortgangsrapportage", "made", deadline="in het najaar")])

write("002_handelingen_twee_kolommen_debat_verkeersveiligheid",
      "A plenary Handelingen item in two CSS columns: 'Tweede Kamer', '9 Debat over de verkeersveiligheid', "
      "foot 'Tweede Kamer / Debat over de verkeersveiligheid | 21 januari 2026 / TK 41 | 41-9-N'.  Sitting 41 "
      "item 9 (self_id only in the foot).  Minister Van den Akker-Roos = MIenW.  Promises dated the sitting; "
      "the CD promise of 2 oktober (2025) on the bermen onderzoek: 'Dat onderzoek loopt' progress.  Motion "
      "read out: 'Zij krijgt nr. 14 (36 410-XII).' (Vedder, De Hoop; no relation).  'de motie-De Hoop' = "
      "36 410 XII nr. 41 (settled), Kostić/Bamenga's 29 398 nr. 1178 (progress, 'Het onderzoek ... is gestart'), "
      "Van der Graaf's nr. 1162 progress, Grinwis' nr. 47 'verworpen' cited.  Chromium sets a soft hyphen "
      "at a line end as U+00AD + U+2010.",
      {"reference_date": "2026-01-21", "kind": "handelingen", "date": "2026-01-21",
       "self_id": "h-tk-20252026-41-9"},
      [K("kst-36410-XII-41"), K("kst-29398-1178"), K("kst-29398-1162"), K("kst-36410-XII-14"),
       K("kst-36410-XII-47")],
      [], [],
      [M("kst-36410-XII-41", relation="settled"),
       M("kst-29398-1178", relation="progress"),
       M("kst-29398-1162", ["Van der Graaf"], False, "progress"),
       M("kst-36410-XII-14", ["Vedder", "De Hoop"], False),
       M("kst-36410-XII-47", ["Grinwis"], False, "cited")],
      [C(["MIenW"], "2025-10-02", "onderzoek bermen provinciale wegen", "progress"),
       C(["MIenW"], "2026-01-21", "eerste resultaten bermenonderzoek naar Kamer", "made", deadline="in maart"),
       C(["MIenW"], "2026-01-21", "IPO betrekken, melden in voortgangsrapportage", "made"),
       C(["MIenW"], "2026-01-21", "resultaten proef focusflitser", "made", deadline="voor de zomer")])

write("003_staatscourant_regeling_ienw_voetnoten_kamerstukken",
      "A Staatscourant regeling with its toelichting; the Kamerstukken of the motions and the Staat van de "
      "Verkeersveiligheid are in an end list of footnotes (markers raised after 'c.s.', 'Verkeersveiligheid', "
      "'worden.', 'Van der Graaf').  Running foot 'Staatscourant 2026 nr. 4127 | 30 januari 2026 | N', page-1 "
      "foot 'stcrt-2026-4127 / ISSN 0920 - 2064 / 's-Gravenhage 2026'.  Kind and date left out (a regeling); "
      "no self_id of ours.  Motion De Hoop c.s. (note 1) settled ('wordt uitvoering gegeven'); Van der Graaf "
      "(note 4) progress ('onderzoek dat is gestart ter uitvoering').  CD promise of 2 oktober 2025, passive, "
      "the minister's, no relation key.",
      {"reference_date": "2026-01-30", "self_id": None},
      [K("kst-36410-XII-41", "II", "2025-2026"), K("kst-29398-1150", "II", "2025-2026"),
       K("kst-29398-1149", "II", "2025-2026"), K("kst-29398-1162", "II", "2024-2025"), K("kst-36410-A-12")],
      ["h-tk-20252026-6-4"], [],
      [M("kst-36410-XII-41", ["De Hoop"], True, "settled"),
       M("kst-29398-1162", ["Van der Graaf"], False, "progress")],
      [C(["MIenW"], "2025-10-02", "gemeenten betrekken bij verdeling", venue="commissiedebat Verkeersveiligheid")])

write("004_tweedekamer_nl_toezegging_TZ202510_044_print",
      "A browser print of a tweedekamer.nl toezegging page: print head (date, page title), foot (URL, 1/1), "
      "site navigation, a grid of labels (Nummer, Status, Omschrijving, Bewindspersoon, Deadline, Toegezegd "
      "tijdens, Datum toezegging, Kamerlid, Commissie), a side box beside it, the site footer.  One "
      "commitment: MIenW, 2 oktober 2025, CD Verkeersveiligheid, the term the promise states, TZ number; "
      "Status Openstaand (relation left out).  Kind/date/self_id left out.",
      {"reference_date": "2026-12-01"},
      [K("kst-29398-1150"), K("kst-29398-1156")], [], [TZ("TZ202510-044")], [],
      [C(["MIenW"], "2025-10-02", "resultaten proef focusflitser", venue="Commissiedebat Verkeersveiligheid",
         deadline="voor de zomer van 2026", refs=["TZ202510-044"])])

write("005_kamerbrief_bzk_rijkshuisstijl_margekolom",
      "A Rijkshuisstijl letter printed by Chromium: logo text, the margin column (directorate, Datum, "
      "Kenmerk) position:fixed so it repeats on every page, 'Pagina N van M' in the page's bottom-right box, "
      "Datum/Betreft in the body.  ik = MBZK.  Two promises of CD 18 juni 2025 (the najaar one settled, "
      "venue named; Sneller's agenda question settled, venue not named).  SBZK's WGO promise of 3 november "
      "2025 'Die brief ontvangt u in januari' progress.  New: voorjaar 2026 voorstel, voor 1 april 2026 nota "
      "van wijziging, voor de zomer van 2026 evaluatie, halfjaarlijks.",
      {"reference_date": "2025-12-04", "kind": "brief", "date": "2025-12-04"},
      [K("kst-32802-88"), K("kst-36600-VII-31"), K("kst-32802-84"), K("kst-32802-86")],
      ["h-tk-20242025-88-21"], [],
      [M("kst-32802-88", ["Sneller"], True, "settled"),
       M("kst-36600-VII-31", ["Chakor", "Van Baarle"], False, "progress"),
       M("kst-32802-86", ["Dassen"], False, "progress")],
      [C(["MBZK"], "2025-06-18", "stand van zaken Woo in het najaar", "settled",
         venue="commissiedebat Informatiehuishouding en Woo", deadline="in het najaar"),
       C(["MBZK"], "2025-06-18", "agenda's bewindspersonen uitzoeken", "settled"),
       C(["MBZK"], None, "voorstel ombudsfunctie Woo", "made", deadline="in het voorjaar van 2026"),
       C(["MBZK"], None, "nota van wijziging Archiefwet", "made", deadline="voor 1 april 2026"),
       C(["MBZK"], None, "evaluatie bemiddeling ACOI", "made", deadline="voor de zomer van 2026"),
       C(["SBZK"], "2025-11-03", "samenloop Awb en Woo", "progress"),
       C(["MBZK"], None, "halfjaarlijks informeren, eerstvolgende juni 2026", "made")])

write("006_verzamelbrief_lvvn_tabel_moties_toezeggingen",
      "A verzamelbrief with a bordered table of ten moties and toezeggingen (Nr., Motie / toezegging, "
      "Vindplaats, Stand van zaken) over two pages; the header row repeats (thead) and row 7 is split over "
      "the page break.  Margin column (fixed) with Datum/Ons kenmerk.  ik = MLVVN; row 7 the "
      "staatssecretaris (SLVVN).  '(was nr. 212)' an earlier motion, cited without sponsors (heldout16 003).",
      {"reference_date": "2025-11-20", "kind": "brief", "date": "2025-11-20"},
      [K("kst-33037-571"), K("kst-33037-590"), K("kst-36600-XIV-42"), K("kst-33037-594"),
       K("kst-29664-231"), K("kst-28286-212"), K("kst-28286-1390"), K("kst-28286-1402"), K("kst-35334-312"),
       K("kst-36600-XIV-57")],
      ["h-tk-20252026-9-14"],
      [TZ("TZ202509-071"), TZ("TZ202510-012"), TZ("TZ202509-118"), TZ("TZ202510-066")],
      [M("kst-33037-571", ["Vermeer"], True, "settled"),
       M("kst-36600-XIV-42", ["Holman", "Grinwis"], False, "progress"),
       M("kst-29664-231", ["Van Campen"], False, "progress"),
       M("kst-28286-212", relation="cited"),
       M("kst-28286-1390", ["Kostić"], False, "progress"),
       M("kst-35334-312", ["Bromet"], True, "settled"),
       M("kst-36600-XIV-57", ["Flach", "Pierik"], False, "settled")],
      [C(["MLVVN"], "2025-09-11", "derogatie-uitfasering Noord-Brabant", "settled", venue="commissiedebat Mest",
         deadline="voor de begrotingsbehandeling", refs=["TZ202509-071"]),
       C(["MLVVN"], "2025-10-02", "evaluatie garnalenvisserij Waddenzee", "progress",
         venue="tweeminutendebat Visserij", deadline="voor de zomer van 2026", refs=["TZ202510-012"]),
       C(["SLVVN"], "2025-09-25", "convenant transport kalveren", "settled", venue="commissiedebat Dierenwelzijn",
         deadline="voor 1 januari 2026", refs=["TZ202509-118"]),
       C(["MLVVN"], "2025-10-09", "voedselvoorraden in crisistijd", "progress",
         venue="notaoverleg Voedselzekerheid", deadline="in het voorjaar van 2026", refs=["TZ202510-066"]),
       C(["MLVVN"], None, "grondbank jonge boeren", "made", deadline="in het eerste kwartaal van 2026"),
       C(["MLVVN"], None, "nieuwe verzamelbrief", "made", deadline="in de eerste helft van 2026")])

write("007_beslisnota_ocw_advies_tabel",
      "A beslisnota (Aan/Van/Datum/Kenmerk block, advice list, a three-column table of motions and the "
      "promise with its TZ number hyphen-broken at the cell's line end 'TZ202511-' / '203').  u = MOCW.  "
      "The CD Leraren promise of 27 november 2025 (Aanleiding and table row: one record) settled; u's advised "
      "promise 'voor de zomer van 2026' made.",
      {"reference_date": "2026-01-08", "kind": "beslisnota", "date": "2026-01-08"},
      [K("kst-27923-531"), K("kst-36600-VIII-102"), K("kst-27923-536"), K("kst-27923-540")],
      [], [TZ("TZ202511-203")],
      [M("kst-27923-531", ["Soepboer"], True, "settled"),
       M("kst-36600-VIII-102", ["Paternotte", "Stultiens"], False, "settled"),
       M("kst-27923-536", ["Van Zanten"], False, "progress")],
      [C(["MOCW"], "2025-11-27", "stand lerarentekort en zij-instromers", "settled",
         venue="commissiedebat Leraren", deadline="voor 1 februari 2026"),
       C(["MOCW"], None, "resultaten pilot regionale opleidingsscholen", "made",
         deadline="voor de zomer van 2026")])

write("008_aanhangsel_antwoord_jenv_vraag_antwoord",
      "Answers to Kamervragen in the Aanhangsel form (OB look): chamber head, 'Aanhangsel van de Handelingen', "
      "number 812 beside the question head, 'Vraag N' / 'Antwoord N', first-page foot 'ah-tk-20252026-812 / "
      "ISSN 1385 - 3732 ...', running head on page 2.  ik = MJenV.  'Zie ook Aanhangsel Handelingen, "
      "vergaderjaar 2025–2026, nr. 655' a Handelingen reference.  CD Slachtofferbeleid promise settled; new "
      "promise voor 1 april 2026.  Mutluer c.s. progress; Ellian progress ('de motie is in uitvoering').",
      {"reference_date": "2025-11-24", "kind": "antwoord", "date": "2025-11-24",
       "self_id": "ah-tk-20252026-812"},
      [K("kst-33552-131"), K("kst-33552-124"), K("kst-33552-134"), K("kst-36600-VI-77")],
      ["ah-tk-20252026-655"], [],
      [M("kst-33552-124", ["Mutluer"], True, "progress"),
       M("kst-36600-VI-77", ["Ellian"], False, "progress")],
      [C(["MJenV"], "2025-07-02", "pilot vaste contactpersoon slachtoffers", "settled",
         venue="commissiedebat Slachtofferbeleid", deadline="na de zomer"),
       C(["MJenV"], None, "wachttijden twee keer per jaar, eerst in voortgangsbrief", "made",
         deadline="voor 1 april 2026")])

write("009_tweedekamer_nl_motie_36410_xii_62_print",
      "A browser print of a tweedekamer.nl motion page: print head/foot, navigation, the motion (Kamerstuk "
      "36 410 XII, nr. 62, 'MOTIE VAN HET LID VEDDER C.S.', 'Voorgesteld 10 december 2025', text, names) "
      "beside a side column (Status, Indiener, Medeindieners, zaak 2025Z22817, document 2025D51933, "
      "stemmingsuitslag), a votes table.  kind motie, self_id the motion (listed, no relation); the names "
      "under it add no sponsor.  The motion's 'verzoekt ... te informeren' is no commitment.",
      {"reference_date": "2025-12-10", "kind": "motie", "date": "2025-12-10", "self_id": "kst-36410-XII-62"},
      [K("kst-29398-1150"), K("kst-36410-XII-41")], [],
      [{"id": "2025Z22817", "kind": "zaak"}, {"id": "2025D51933", "kind": "document"}],
      [M("kst-36410-XII-62", ["Vedder"], True),
       M("kst-36410-XII-41", ["De Hoop"], True, "cited")],
      [])
