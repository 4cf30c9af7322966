from lib import *

write("005_begroting_fin_bijlage_toezeggingen", "d5.txt",
      "Bijlage of a begroting's memorie van toelichting (Kamerstuk form, own number 37 000 IX, nr. 2, "
      "repeated in the page footers; kind and date left out: a memorie van toelichting states no date and "
      "is none of the listed kinds for certain).  Table 4.1 'Toezeggingen' in pdftotext layout with four "
      "columns (text, vindplaats with venue, date and TZ number, termijn, stand): 'De minister' = MFin, "
      "'De staatssecretaris' = SFin; Loopt = progress, Afgedaan = settled (a list introduction says the "
      "same).  The termijn column is the deadline where it is a term on one line ('halfjaarlijks' is "
      "none; 'Miljoenennota / 2027' wraps); venues split over interleaved lines are left out.  A "
      "Handelingen reference wrapped inside a cell.  Table 4.2 motions.  Look-alikes: € 36 800 miljoen, "
      "31 473 ondernemingen, artikel 1, pages.",
      "2026-09-15", OMIT, OMIT, "kst-37000-IX-2",
      [K("kst-28165-431"), K("kst-37000-1"), K("kst-37001-3"), K("kst-36760-12"),
       K("kst-36800-IX-18"), K("kst-36600-41"), K("kst-32847-1190")],
      [H("h-tk-20252026-72-3")],
      [T("TZ202511-041", "toezegging"), T("TZ202512-117", "toezegging"), T("TZ202602-018", "toezegging"),
       T("TZ202603-066", "toezegging"), T("TZ202604-102", "toezegging"), T("TZ202606-009", "toezegging")],
      [M("kst-36760-12", [S("Van Dijk")], True, "settled"),
       M("kst-36800-IX-18", [S("Idsinga", "VVD"), S("Van der Lee", "GroenLinks-PvdA")], False, "progress"),
       M("kst-36600-41", [S("Dijk")], False, "settled")],
      [C(["MFin"], "2025-11-12", "progress", venue="CD Eurogroep/Ecofinraad", deadline="eind 2026",
         refs=["TZ202511-041"], about="Europees depositogarantiestelsel"),
       C(["SFin"], "2025-12-01", "progress", deadline="zomer 2027", refs=["TZ202512-117"],
         about="evaluatie kansspelbelasting"),
       C(["MFin"], "2026-02-05", "settled", deadline="Q1 2026", refs=["TZ202602-018"],
         about="dividendbeleid staatsdeelnemingen"),
       C(["SFin"], "2026-03-11", "settled", venue="CD Belastingdienst", refs=["TZ202603-066"],
         about="rechtsherstel box 3 (halfjaarlijks)"),
       C(["MFin"], "2026-04-23", "settled", refs=["TZ202604-102"], about="bankenbelasting"),
       C(["SFin"], "2026-06-04", "progress", venue="CD Douane", deadline="Q1 2027", refs=["TZ202606-009"],
         about="scancapaciteit haven Rotterdam")])
