from lib import *

DAY = "2026-11-10"
P = "kst-31293-"
write("003_handelingen_tweeminutendebat_ocw_appreciatie_moties", "d3.txt",
      "Handelingen II, tweeminutendebat Funderend onderwijs, item 7 of sitting 16 (running header 'Funderend onderwijs  10 "
      "november 2026' / 'TK 16  16-7-1': the sitting's day, the document date and the promises' date), minister van "
      "OCW ('Minister Van Kessel:', welcomed by the chair as 'de minister van Onderwijs, Cultuur en "
      "Wetenschap': MOCW).  Four motions submitted: nr. 812 read out with the names under it (De Vlieger, "
      "Pijnacker; party null, heldout15), nrs. 813 and 814 announced by Mulderij ('Zij krijgen de nrs. 813 en "
      "814 (31293)'), nr. 815 by Hoekstra-Veen ('Mijn motie op stuk nr. 815').  The minister's appreciation "
      "('oordeel Kamer', 'ontraad ik', 'overbodig') and the chair's 'aan te houden' / 'is ingetrokken': all "
      "four cited (only mentioned: a motion of this debate is not executed by it; this set's decision, "
      "heldout13/15 for held and withdrawn).  Sponsors: 813/814 Mulderij (the announcing member; party left "
      "out of the record: the motion text is not given), 815 Hoekstra-Veen.  Older motions: Pijnacker c.s. "
      "(31 293, nr. 790) 'uitgevoerd ... beschouw haar als afgedaan' (settled); Talsma (36 800-VIII, nr. 44) "
      "'beschouw ik nog niet als afgedaan' (progress).  Promises (MOCW, dated to the sitting, no venue key): "
      "'Ik zeg toe dat ik de Kamer voor 1 april 2027 informeer' (made); 'Wel kom ik in de voortgangsbrief "
      "..., die u in het voorjaar ontvangt, terug op de kleine scholen' (made, heldout12's 'kom ik terug "
      "in'; deadline 'in het voorjaar').  'Dat kan ik niet toezeggen' is none.  Look-alikes: 40 miljoen, "
      "'CD 24/9', 19.30 uur, 1 januari 2024, 2027–2028.",
      DAY, "handelingen", DAY, "h-tk-20262027-16-7",
      [K(P + "812"), K(P + "813"), K(P + "814"), K(P + "815"), K(P + "790"), K("kst-36800-VIII-44")],
      [],
      [],
      [M(P + "812", [S("De Vlieger"), S("Pijnacker")], False, "cited"),
       M(P + "813", [S("Mulderij")], False, "cited"),
       M(P + "814", [S("Mulderij")], False, "cited"),
       M(P + "815", [S("Hoekstra-Veen")], False, "cited"),
       M(P + "790", [S("Pijnacker")], True, "settled"),
       M("kst-36800-VIII-44", [S("Talsma")], False, "progress")],
      [C(["MOCW"], DAY, "made", deadline="voor 1 april 2027", about="uitkomst gesprek PO-Raad verantwoordingslast"),
       C(["MOCW"], DAY, "made", deadline="in het voorjaar", about="kleine scholen in voortgangsbrief lerarentekort")])
