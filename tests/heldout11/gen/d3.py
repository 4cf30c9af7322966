from lib import *

D = "kst-36741-"
write("003_stenogram_wetgevingsoverleg_kinderopvang", "d3.txt",
      "Ongecorrigeerd stenogram of a wetgevingsoverleg (commissie SZW, 'Verslag WGO van 9 februari 2026', "
      "wetsvoorstel 36 741): the chair opens, the minister van SZW (MSZW) and the staatssecretaris van "
      "Financiën (SFin, Toeslagen) answer, members interrupt ('Mevrouw Tellegen (CDA):').  Kind left out "
      "(heldout6: a stenogram is neither Handelingen nor a vastgesteld verslag), date the meeting's, self_id "
      "null.  Commitments made here are dated to the meeting (as a WGO verslag, heldout7, and a Handelingen "
      "debate, heldout9), venue left out (the stenogram names the meeting only as 'dit wetgevingsoverleg').  "
      "Made: 'Kan de minister toezeggen dat de Kamer voor de zomer ...' 'Dat zeg ik u toe.' (deadline the "
      "question's term); 'Ik zeg de heer Zwart toe dat ik voor 1 juli 2026 een brief stuur' (SFin; 'Ja, die "
      "neem ik mee in dezelfde brief' and the chair's list are the same records).  Reported: MSZW's CD "
      "Kinderopvang promise of 2 oktober 2025 'afgedaan' (settled); SFin's previous WGO promise of 24 "
      "november 2025 'Die toezegging is uitgevoerd' (settled; a bare 'vorige wetgevingsoverleg': venue left "
      "out).  Refusals: 'kan ik niet toezeggen' twice.  Motions: 'motie-Tellegen' (bare '31 322, nr. 512') "
      "'uitgevoerd' (settled); Bouzidi (PVV) '36 600-XV, nr.\\n77' 'Die motie loopt nog' (progress); motions "
      "announced for the tweeminutendebat are no references.  'het amendement op stuk nr. 11' and 'stuk nr. "
      "9' take the bill's dossier.  Look-alikes: artikel 1.7, 46 000, 10.00 uur.",
      "2026-02-09", OMIT, "2026-02-09", None,
      [K(D + "3"), K("kst-31322-512"), K("kst-36600-XV-77"), K(D + "11"), K(D + "9"), K(D + "6")],
      [],
      [],
      [M("kst-31322-512", [S("Tellegen")], False, "settled"),
       M("kst-36600-XV-77", [S("Bouzidi", "PVV")], False, "progress")],
      [C(["MSZW"], "2025-10-02", "settled", venue="commissiedebat Kinderopvang", about="gevolgen voor gastouders"),
       C(["MSZW"], "2026-02-09", "made", deadline="voor de zomer", about="nieuwe uitvoeringstoets DUO"),
       C(["SFin"], "2026-02-09", "made", deadline="voor 1 juli 2026", about="afbouw schulden bij Toeslagen"),
       C(["SFin"], "2025-11-24", "settled", about="geen nieuwe terugvorderingen bij betalingsregeling")])
