from lib import *

D = "kst-21501-32-"
write("001_handelingen_stemmingen_landbouw_visserijraad", "d1.txt",
      "Handelingen item 14 of vergadering nr. 28 (dinsdag 24 november 2026), 'Stemmingen moties Landbouw- en "
      "Visserijraad': the 'te weten' list of seven motions of a tweeminutendebat ('motie-Vedder/Flach', "
      "'motie-Van der Plas c.s.', 'motie van de leden Kostić en Bromet', a hyphenated surname 'Nijhof-Leeuw', a "
      "number broken over lines '(21 501-32,\\nnr. 1656)'); one withdrawn ('is ingetrokken'), one held ('Op "
      "verzoek van de heer Van Campen ... aan te houden'), one changed ('Zij krijgt nr. 1661, was nr. 1651 "
      "(21 501-32).'); 'met algemene stemmen is aangenomen', 'zodat zij is aangenomen/verworpen', two motions "
      "in one 'In stemming komen'.  Every voted, held, withdrawn or changed motion cited with the sponsors of "
      "the list (tests/gold 018, heldout8); the changed one's new number with the same sponsors.  A "
      "stemmingsverklaring: 'haar eigen motie op stuk nr. 1650' (the same Kamerstuk) and an older motion "
      "'motie-Vedder (21 501-32, nr. 1602) ... door de minister inmiddels is uitgevoerd' (settled, heldout8).  "
      "No commitments.  Look-alikes: 'CD 12/11', '3 meter', '30 dagen', '0800-1234', 'artikel 2, lid 4', "
      "'1.200 bedrijven', '15.12 uur', the running head 'TK 28  28-14-1'.",
      "2026-11-24", "handelingen", "2026-11-24", "h-tk-20262027-28-14",
      [K(D + n) for n in ("1650", "1651", "1652", "1653", "1654", "1655", "1656", "1661", "1602")],
      [],
      [],
      [M(D + "1650", [S("Vedder"), S("Flach")], False, "cited"),
       M(D + "1651", [S("Van der Plas")], True, "cited"),
       M(D + "1652", [S("Holman")], False, "cited"),
       M(D + "1653", [S("Kostić"), S("Bromet")], False, "cited"),
       M(D + "1654", [S("Nijhof-Leeuw")], False, "cited"),
       M(D + "1655", [S("Grinwis")], True, "cited"),
       M(D + "1656", [S("Van Campen")], False, "cited"),
       M(D + "1661", [S("Van der Plas")], True, "cited"),
       M(D + "1602", [S("Vedder")], False, "settled")],
      [])
