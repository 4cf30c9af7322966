#!/usr/bin/env python3
"""python3 tests/heldout21/gen/expected.py: writes docs/NAME.expected.json, annotated by hand from
docs/NAME.tex (written before kamerindex was run on any of these PDFs)."""
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def kst(i, chamber=None, year=None):
    return {"id": i, "chamber": chamber, "year": year}


def mot(k, names, cs=False, relation=None, parties=None):
    m = {"kamerstuk": k, "sponsors": [{"name": n, "party": (parties or {}).get(n)} for n in names], "cs": cs}
    if relation:
        m["relation"] = relation
    return m


def com(actors, date, relation, about, venue=None, deadline=None, refs=None):
    c = {"actors": actors, "date": date}
    if venue:
        c["venue"] = venue
    if deadline:
        c["deadline"] = deadline
    if refs:
        c["refs"] = refs
    c["relation"] = relation
    c["about"] = about
    return c


DOCS = [
    ("001_kamerbrief_szw_margekolom_uw_referentie",
     "A Kamerbrief set by pdfLaTeX (OT1, Computer Modern Type 1) with the margin column as a "
     "\\marginpar: directorate, Datum, Kenmerk and 'Uw referentie 2025Z18231' (listed: the zaak is "
     "printed only in the margin).  ik = MSZW.  Laçin set as La\\c{c}in (cedilla glyph + c), Ünver "
     "as \\\"Unver.  CD Arbeidsmigratie promise settled ('doe ik die toezegging gestand'); the "
     "ambtsvoorganger's tweeminutendebat promise progress ('Die evaluatie is gestart'), no date; new "
     "promise voor 1 maart 2026.",
     "2025-11-14", "brief", None,
     [kst("kst-29861-131"), kst("kst-36600-XV-47")],
     ["h-tk-20242025-63-12"],
     [("2025Z18231", "zaak")],
     [mot("kst-29861-131", ["Laçin"], True, "settled"),
      mot("kst-36600-XV-47", ["Ünver", "Van Kent"], False, "progress")],
     [com(["MSZW"], "2025-10-02", "settled", "coördinatie gemeenten en Arbeidsinspectie",
          venue="commissiedebat Arbeidsmigratie", deadline="voor het einde van het jaar"),
      com(["MSZW"], None, "progress", "evaluatie normen SNF (ambtsvoorganger)",
          venue="tweeminutendebat Arbeidsmarktbeleid"),
      com(["MSZW"], None, "made", "resultaten handhavingsacties", deadline="voor 1 maart 2026")]),
    ("002_beslisnota_lvvn_tabel_moties_toezeggingen",
     "A beslisnota (pdfLaTeX, T1 through the ae virtual fonts over CM Type 1) with a ruled table of "
     "two motions and two promises in paragraph columns, hyphenated in the cells.  u = MLVVN "
     "(addressee).  u's advised promise voor 1 februari 2026 made; row 2 (u, CD Mest 18 september "
     "2025, TZ202509-118) progress; row 4 the ambtsvoorganger's (MLVVN) notaoverleg promise, T03712, "
     "settled ('Afgedaan').",
     "2025-11-20", "beslisnota", None,
     [kst("kst-28286-1402"), kst("kst-35334-289")],
     [],
     [("TZ202509-118", "toezegging"), ("T03712", "toezegging"), ("2025Z19944", "zaak")],
     [mot("kst-28286-1402", ["Vermeer"], False, "settled"),
      mot("kst-35334-289", ["Kröger", "Van Campen"], False, "progress")],
     [com(["u"], None, "made", "uitkomst gesprek Europese Commissie derogatie",
          deadline="voor 1 februari 2026"),
      com(["u"], "2025-09-18", "progress", "graasdierpremie", venue="commissiedebat Mest",
          deadline="vóór de kerst", refs=["TZ202509-118"]),
      com(["MLVVN"], "2025-05-12", "settled", "natuurherstel Peëlgebieden (ambtsvoorganger)",
          venue="notaoverleg Stikstof", refs=["T03712"])]),
    ("003_handelingen_twee_kolommen_debat_warmtetransitie",
     "A plenary Handelingen item in two columns (pdfLaTeX \\twocolumn, full-width head '22e "
     "vergadering, woensdag 12 november 2025' / '20 Debat over de warmtetransitie').  Minister "
     "Ørsted-Van Loon = MKGG (the chair names the minister of Klimaat en Groene Groei).  The "
     "motie-Kröger settled; the CD promise of 9 oktober progress ('Die gesprekken lopen nog'); the "
     "promise to Ünver dated the sitting, no venue key; the motion read out 'Zij krijgt nr. 412 "
     "(30 196).' (Ünver, Kröger; no relation).",
     "2025-11-12", "handelingen", "h-tk-20252026-22-20",
     [kst("kst-36576-88"), kst("kst-30196-412")],
     [],
     [],
     [mot("kst-36576-88", ["Kröger"], False, "settled"),
      mot("kst-30196-412", ["Ünver", "Kröger"], False)],
     [com(["MKGG"], "2025-10-09", "progress", "collectief warmtefonds met gemeenten",
          venue="commissiedebat Verduurzaming gebouwde omgeving"),
      com(["MKGG"], "2025-11-12", "made", "brief warmtefondsen en aansluitbijdrage",
          deadline="voor de zomer van 2026")]),
    ("004_voortgangsbrief_ocw_voetnoten_kamerstukken",
     "A voortgangsbrief (pdfLaTeX, OT1 CM) whose Kamerstukken and Handelingen item stand in "
     "\\footnote's at the page foot.  ik = MOCW.  Ergin settled; Van der Molen/Paça progress; "
     "Beertema 'verworpen' cited.  CD Onderwijsachterstanden 8 oktober promise settled; SOCW's "
     "tweeminutendebat promise progress; new voor de zomer van 2026.",
     "2025-11-27", "brief", None,
     [kst("kst-27923-512"), kst("kst-36600-VIII-61", "II", "2024-2025"), kst("kst-36600-VIII-140"),
      kst("kst-31293-702")],
     ["h-tk-20252026-17-6"],
     [],
     [mot("kst-27923-512", ["Ergin"], False, "settled"),
      mot("kst-36600-VIII-61", ["Van der Molen", "Paça"], False, "progress"),
      mot("kst-31293-702", ["Beertema"], False, "cited")],
     [com(["MOCW"], "2025-10-08", "settled", "verdeling middelen onderwijsachterstanden",
          venue="commissiedebat Onderwijsachterstanden"),
      com(["SOCW"], None, "progress", "gesprek werkdruk intern begeleiders",
          venue="tweeminutendebat Leraren"),
      com(["MOCW"], None, "made", "nieuwe voortgangsbrief", deadline="voor de zomer van 2026")]),
    ("005_kamerbrief_bzk_type3_bitmapfonts",
     "A Kamerbrief set in T1 with the EC fonts as Type 3 bitmaps (no cm-super): poppler gets no "
     "font names, ligatures 'fi' have no Unicode, glyph sizes come from the font matrix.  ik = MBZK. "
     "CD Lokale democratie promise settled; Sneller c.s. settled; Chakor/Koç progress; SBZK's WGO "
     "Kiesrecht promise progress; new voor 1 juni 2026.",
     "2025-12-03", "brief", None,
     [kst("kst-35546-58"), kst("kst-36600-VII-44")],
     [],
     [],
     [mot("kst-35546-58", ["Sneller"], True, "settled"),
      mot("kst-36600-VII-44", ["Chakor", "Koç"], False, "progress")],
     [com(["MBZK"], "2025-09-25", "settled", "weerbaarheid gemeenten",
          venue="commissiedebat Lokale democratie"),
      com(["SBZK"], "2025-10-06", "progress", "financiële positie fracties",
          venue="wetgevingsoverleg Kiesrecht"),
      com(["MBZK"], None, "made", "wetsvoorstel positie wethouders", deadline="voor 1 juni 2026")]),
    ("006_kamerbrief_ienw_smalle_kolom_losjes_uitgevuld",
     "A Kamerbrief in a 9.5 cm justified column without hyphenation (pdfLaTeX \\sloppy, OT1 CM): "
     "lines with very wide word spaces.  ik = MIenW.  Vedder c.s. settled; De Hoop/El Abassi "
     "progress; Grinwis' gewijzigde motie nr. 1199 'verworpen' cited, '(was nr. 1188)' a motion "
     "without sponsors, cited.  CD Verkeersveiligheid promise progress; new vóór 1 april 2026.",
     "2025-11-10", "brief", None,
     [kst("kst-29398-1201"), kst("kst-36600-XII-52"), kst("kst-29398-1199"), kst("kst-29398-1188")],
     [],
     [],
     [mot("kst-29398-1201", ["Vedder"], True, "settled"),
      mot("kst-36600-XII-52", ["De Hoop", "El Abassi"], False, "progress"),
      mot("kst-29398-1199", ["Grinwis"], False, "cited"),
      mot("kst-29398-1188", [], False, "cited")],
     [com(["MIenW"], "2025-09-17", "progress", "ongevallenregistratie",
          venue="commissiedebat Verkeersveiligheid"),
      com(["MIenW"], None, "made", "resultaten verkeersveiligheidsonderzoek en fietspaden",
          deadline="vóór 1 april 2026")]),
]

for (name, about, date, kind, self_id, ks, hs, tks, ms, cs) in DOCS:
    d = {"file": name + ".pdf", "about": about, "reference_date": date, "kind": kind, "date": date}
    if self_id:
        d["self_id"] = self_id
    d["kamerstukken"] = ks
    d["handelingen"] = [{"id": h} for h in hs]
    d["tk_numbers"] = [{"id": i, "kind": k} for i, k in tks]
    d["motions"] = ms
    d["commitments"] = cs
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
