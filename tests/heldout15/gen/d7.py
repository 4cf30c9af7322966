from lib import *

D = "kst-32847-"
II = ("II", "2024-2025")
write("007_statenmededeling_provincie_woondeals_kamerstukken", "d7.txt",
      "Statenmededeling of Gedeputeerde Staten van Noord-Brabant to Provinciale Staten, 10 maart 2026: no Kamer "
      "commitments at all.  The gedeputeerde's promise to the commissie Ruimte (T-2026-004) 'gestand' gedaan, "
      "GS's 'Wij zeggen u toe' to the Staten, Enexis's 'heeft toegezegd' and the minister's word to the "
      "gedeputeerde in a bestuurlijk overleg are no commitments (heldout10's gemeente decision: only a "
      "bewindspersoon's promise to the Kamer counts).  Statenmotie 'M 25-031' no motion.  Cited Kamerstukken: "
      "'Kamerstuk 32 847, nr. 1301', a list 'Kamerstukken II 2024/25, 32 847, nrs. 1248 en 1262' after a "
      "hyphenated 'voortgangs-\\nrapportage', '29 023, nr. 512' broken over lines, a TK motion "
      "'motie-Keijzer-Lont c.s.\\n(Kamerstuk 32 847, nr. 1190) aangenomen, die de regering verzoekt' (cited: "
      "named by an outsider), a gewijzigde motie 'van het lid Mulder-Tuin (Kamerstuk 32 847, nr. 1207,\\nwas "
      "nr. 1199)' verworpen (cited; the 'was nr.' number a motion without sponsors, cited, heldout11).  "
      "Handelingen II with item; a Kamer document number 2026D06177.  Kind left out, date the letter's "
      "(heldout10).  Not Kamerstukken: '(36 651)' a dossier without a number, 'PS-besluit 2025-117', "
      "'6.2.14'.  Look-alikes: zaaknummer C2291874/5203311, 11.640, 13.500, 'artikel 4.13, lid 3', ECLI, EUR "
      "4.250.000, phone, postcode, IBAN.",
      "2026-03-10", OMIT, "2026-03-10", None,
      [K(D + "1301"), K(D + "1248", *II), K(D + "1262", *II), K(D + "1190"), K(D + "1207"), K(D + "1199"),
       K("kst-29023-512", *II)],
      [H("h-tk-20252026-14-6")],
      [T("2026D06177", "document")],
      [M(D + "1190", [S("Keijzer-Lont")], True, "cited"),
       M(D + "1207", [S("Mulder-Tuin")], False, "cited"),
       M(D + "1199", rel="cited")],
      [])
