from lib import *

write("001_begroting_defensie_bijlage_moties_toezeggingen_pdftotext_layout", "d1.txt",
      "Rijksbegroting 2027 hoofdstuk X Defensie, memorie van toelichting (36 950 X, nr. 2 in the page head "
      "and foot: self_id, not listed as a reference), Bijlage 4 'Overzicht openstaande moties en toezeggingen' "
      "as pdftotext -layout prints a four-column table (Motie/Toezegging, Vindplaats, Bwp, Stand van zaken), "
      "every cell wrapping over lines, a form feed between the pages.  The Bwp column uses the ministry's "
      "abbreviations, defined in the intro: MinDef = MDef, SvD = SDef.  Kind and date left out (a begroting "
      "annex, heldout13).  Motions: Stoffelen (CDA) c.s. in uitvoering (progress); Van Meurs (VVD) and Talsma "
      "(PVV) 'lopen nog; de motie is nog niet afgedaan' (progress); Kranenburg's gewijzigde motie "
      "(progress) and its t.v.v. number (a motion without sponsors, cited, tests/gold); Demirci (SP) 'Niet "
      "uitgevoerd ... De minister beschouwt de motie als afgedaan' (settled: the text says it is done); El "
      "Khadir (DENK) 'Uitgevoerd' (settled).  Commitments: actors from the Bwp cell, date and venue from the "
      "Vindplaats cell (heldout14 004: 'CD Personeel 12-03-2026'; a begrotingsbehandeling has no venue key; "
      "a promise made in a letter 'Brief 36 592, nr. 60' is dated null), deadline the term the promise itself "
      "states (a status time after progress is none; 'jaarlijks' and 'in de eerstvolgende "
      "voortgangsrapportage' have no deadline key), relation from the stand ('Vertraagd', 'In uitvoering', "
      "'Doorlopend', 'Ligt op schema', 'Wordt meegenomen' progress; 'Afgedaan met de brief' settled).  "
      "Look-alikes: EUR 1.592 mln, artikel 6.2, artikel 36.800, paragraaf 3.2, page numbers 91/92.",
      "2026-09-15", OMIT, OMIT, "kst-36950-X-2",
      [K("kst-36592-47"), K("kst-36800-X-31"), K("kst-36592-58"), K("kst-36592-50"), K("kst-36592-60"),
       K("kst-36800-X-19"), K("kst-36592-63"), K("kst-36592-52"), K("kst-28676-512")],
      [],
      [],
      [M("kst-36592-47", [S("Stoffelen", "CDA")], True, "progress"),
       M("kst-36800-X-31", [S("Van Meurs", "VVD"), S("Talsma", "PVV")], False, "progress"),
       M("kst-36592-58", [S("Kranenburg", "GL-PvdA")], False, "progress"),
       M("kst-36592-50", rel="cited"),
       M("kst-36800-X-19", [S("Demirci", "SP")], False, "settled"),
       M("kst-36592-52", [S("El Khadir", "DENK")], False, "settled")],
      [C(["SDef"], "2026-03-12", "progress", venue="CD Personeel", deadline="voor de zomer van 2026",
         about="onderzoek werkdruk KMar, vertraagd"),
       C(["MDef"], "2026-06-22", "progress", venue="WGO Jaarverslag", about="jaarlijks overzicht munitievoorraad"),
       C(["SDef"], "2025-11-06", "progress", deadline="voor het kerstreces van 2026",
         about="plan van aanpak vastgoed (begrotingsbehandeling: no venue key)"),
       C(["MDef"], "2026-04-17", "progress", venue="CD Defensie-industrie", about="rol mkb in voortgangsrapportage DIS"),
       C(["SDef"], None, "progress", deadline="medio 2027", about="evaluatie FPS, made in a letter, ligt op schema"),
       C(["MDef"], "2026-07-02", "settled", venue="TMD NAVO-top", deadline="binnen zes weken na de NAVO-top",
         about="brief NAVO-capaciteitsdoelen, afgedaan")])
