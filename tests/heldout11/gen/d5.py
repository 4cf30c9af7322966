from lib import *

D = "kst-33576-"
write("005_voortgangsrapportage_lvvn_word_export_tabellen", "d5.txt",
      "A ministry's 'Voortgangsrapportage Natuurherstel' as a .txt export of a Word file (LVVN, 'Datum: 15 "
      "april 2026', 'Bijlage bij Kamerstuk 33 576, nr. 468'): numbered headings '3.2 Motie Oostveen c.s. ...' "
      "with 'Vindplaats:' / 'Status:' / 'Toelichting:' lines, tab-separated tables whose rows wrap onto "
      "continuation lines (cells interleaved).  Kind left out (a bijlage, as a jaarverslag), date the "
      "'Datum:', self_id null.  'De minister' is the department's own (MLVVN, heldout8).  Statuses: "
      "'Afgerond' settled, 'Loopt' and 'Doorlopend' progress, 'Vervalt' (with a reason: no longer needed) "
      "addressed.  Motions: Van Hoorn (settled), Oostveen c.s. (progress), the gewijzigde motie Kats / Ter "
      "Horst 'nr. 452 (was nr. 449)' (progress; nr. 449 cited, no sponsors), Schreurs (addressed).  "
      "Commitments: the intro's 'heeft de Kamer bij de start ... toegezegd twee keer per jaar ... te "
      "rapporteren; dit is de derde rapportage' (undated, recurring: relation and deadline left out); table "
      "rows dated by the 'Gedaan in' cell, venue where it stands on one line ('Commissiedebat Natuur'), left "
      "out where it wraps ('Tweeminutendebat / Natuur', 'Commissiedebat Water en / Natuur'); deadline the "
      "'Termijn' cell ('Q3 2026', 'eind 2026', 'medio 2027'), null for '-' (row 6), left out for the "
      "recurring row 3 and for row 5 (its own term wraps inside the cell).  The provincie Gelderland's "
      "promise is no commitment.  Look-alikes: Tabel 1 amounts, € 412 miljoen, Natura 2000, 1 oktober 2025.",
      "2026-04-15", OMIT, "2026-04-15", None,
      [K(D + "468"), K(D + "455"), K(D + "441"), K("kst-36600-XIV-58"), K(D + "452"), K(D + "449"),
       K("kst-29684-233"), K(D + "462")],
      [],
      [T("TZ202603-112", "toezegging"), T("TZ202510-041", "toezegging")],
      [M(D + "441", [S("Van Hoorn")], False, "settled"),
       M("kst-36600-XIV-58", [S("Oostveen")], True, "progress"),
       M(D + "452", [S("Kats"), S("Ter Horst")], False, "progress"),
       M(D + "449", rel="cited"),
       M("kst-29684-233", [S("Schreurs")], False, "addressed")],
      [C(["MLVVN"], None, about="twee keer per jaar rapporteren (intro)"),
       C(["MLVVN"], "2026-03-12", "progress", venue="Commissiedebat Natuur", deadline="Q3 2026",
         refs=["TZ202603-112"], about="row 1: analyse stikstofdepositie"),
       C(["MLVVN"], "2026-03-12", "progress", venue="Commissiedebat Natuur", deadline="eind 2026",
         about="row 2: overleg grondprijzen"),
       C(["MLVVN"], "2026-03-19", "progress", about="row 3: stand gebiedsplannen in iedere rapportage"),
       C(["MLVVN"], "2025-12-02", "progress", deadline="medio 2027", about="row 4: evaluatie beekherstel"),
       C(["MLVVN"], "2025-10-09", "settled", venue="Commissiedebat Natuur", refs=["TZ202510-041"],
         about="row 5: overzicht gebiedsplannen"),
       C(["MLVVN"], "2025-10-09", "addressed", venue="Commissiedebat Natuur", deadline=None,
         about="row 6: aparte wet natuurherstelverordening")])
