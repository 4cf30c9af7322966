from lib import *

D = "kst-36600-X-"
write("001_handelingen_stemmingen_moties_defensie", "d1.txt",
      "Handelingen item of a plenary vote (the Kamer's PDF head 'Vergaderjaar 2026-2027, nr. 31', "
      "'Vergadering van dinsdag 8 december 2026', item '12' alone on its line, running head '8 december "
      "2026  TK 31  31-12-1'): the 'te weten' list of seven motions of a tweeminutendebat (bare '(36 600-X, "
      "nr. 58)', a number broken over lines, 'motie-Boswijk c.s.', 'motie-Dassen/Tuinman', 'motie van de "
      "leden Van Baarle en Dobbe', 'motie-Inge van Dijk'), one held ('Op verzoek van het lid Pool ... aan te "
      "houden'), one changed ('Zij krijgt nr. 71, was nr. 59 (36 600-X).'), 'In stemming komt ...' and the "
      "chair's verdicts with party lists (no brackets: no sponsors' parties).  All voted motions cited "
      "(tests/gold 018).  A stemmingsverklaring: 'de motie op stuk nr. 60' (the same Kamerstuk), an older "
      "motion 'motie-Tuinman ... (Kamerstuk 36 124, nr. 42)' that 'de minister heeft ... uitgevoerd' "
      "(settled), the minister's letter 'Kamerstuk 36 600-X, nr. 47' (no motion).  No commitments.  "
      "Look-alikes: 'artikel 8.24, lid 2', '155mm', '112 stemmen', '15.45 uur', 'CD 12/11'.",
      "2026-12-08", "handelingen", "2026-12-08", "h-tk-20262027-31-12",
      [K(D + n) for n in ("58", "59", "60", "61", "62", "63", "64", "71")] +
      [K("kst-36124-42"), K(D + "47")],
      [H("h-tk-20262027-29-8")],
      [],
      [M(D + "58", [S("Boswijk")], True, "cited"),
       M(D + "59", [S("Dassen"), S("Tuinman")], False, "cited"),
       M(D + "60", [S("Inge van Dijk")], False, "cited"),
       M(D + "61", [S("Kamminga")], True, "cited"),
       M(D + "62", [S("Van Baarle"), S("Dobbe")], False, "cited"),
       M(D + "63", [S("Pool")], False, "cited"),
       M(D + "64", [S("Erkens"), S("Boswijk")], False, "cited"),
       M(D + "71", [S("Dassen"), S("Tuinman")], False, "cited"),
       M("kst-36124-42", [S("Tuinman")], False, "settled")],
      [])
