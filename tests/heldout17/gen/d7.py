from lib import *

P = "kst-31293-"
X = "kst-36950-X-"
write("007_stemmingsuitslagen_webpagina_compacte_nummers", "d7.txt",
      "tweedekamer.nl's 'Stemmingsuitslagen' page copied as text, 17 november 2026 (kind left out: a web "
      "page; date the day of the votes; self_id null).  Motions named 'Motie van het lid X over ...' / 'van "
      "de leden X en Y' with the compact number on its own line ('31293-812', '36950-X-21'); every voted, "
      "held or withdrawn motion is cited (heldout13).  Sponsors from the title, party null (no brackets: the "
      "'PVV (37)' seat counts on the 'Fracties voor' lines are no parties).  The gewijzigde motie's t.v.v. "
      "number '36950-X-14' is a motion without sponsors, cited (tests/gold, heldout13).  The amendment "
      "(36701-12, t.v.v. 36701-9) is a Kamerstuk and no motion; the bill '36 701' / 'Wetsvoorstel 36701' and "
      "the hamerstukken '36 688, 36 690 en 36 702' are bare dossiers, no Kamerstuk.  The commissiebrief's "
      "zaak 2026Z19876 is a tk number.  No commitments.  Look-alikes: vote counts, seat counts, '17:42', "
      "'CD 24/9', '50PLUS (1)'.",
      "2026-11-17", OMIT, "2026-11-17", None,
      [K(P + "812"), K(P + "813"), K(P + "814"), K(P + "815"), K(X + "14"), K(X + "21"), K(X + "16"),
       K(X + "17"), K("kst-36701-9"), K("kst-36701-12")],
      [],
      [T("2026Z19876", "zaak")],
      [M(P + "812", [S("De Vlieger"), S("Pijnacker")], False, "cited"),
       M(P + "813", [S("Mulderij")], False, "cited"),
       M(P + "814", [S("Mulderij")], False, "cited"),
       M(P + "815", [S("Hoekstra-Veen")], False, "cited"),
       M(X + "21", [S("Stoffelen")], True, "cited"),
       M(X + "14", rel="cited"),
       M(X + "16", [S("Kranenburg"), S("Demirci")], False, "cited"),
       M(X + "17", [S("Van Meurs")], False, "cited")],
      [])
