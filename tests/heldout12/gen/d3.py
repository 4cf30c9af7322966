from lib import *

D = "kst-29665-"
write("003_beslisnota_ienw_kamerbrief_geluidhinder_toezeggingen", "d3.txt",
      "Beslisnota to the minister van IenW ('Aan Minister van IenW', 'Datum 8 januari 2027', margin column, "
      "kenmerk IENW/BSK-2027/4410 no Kamer number).  Advice 'in de brief aan te kondigen dat u de Kamer in het "
      "voorjaar van 2027 informeert' = a promise to be made in the letter (u, made, deadline); 'in de brief "
      "niet toe te zeggen' and 'daarover nu niets toe te zeggen. Als het kabinet ... een besluit neemt, kunt u "
      "...' are no commitments.  'U heeft in het commissiedebat Luchtvaart van 24 september 2026 de Kamer "
      "beloofd voor het einde van het jaar ...', 'Met de bijgaande brief is die toezegging volledig nagekomen' "
      "(u, settled).  SIenW's tweeminutendebat promise of 10 oktober 2026, 'staat gepland ... zij informeert de "
      "Kamer daarna in een eigen brief' (progress, heldout9; no term of its own: deadline null).  'Uw "
      "ambtsvoorganger' (the office, MIenW) in the letter of 12 maart 2025 (dated to that letter), 'jaarlijks' "
      "(no deadline key), 'die toezegging loopt nog' (progress).  Motions: Boutkan (PVV) 'verworpen' (cited); De "
      "Hoop and Grinwis 'met de bijgaande brief uitgevoerd' (settled).  The directie Communicatie's 'heeft "
      "toegezegd' is no commitment.  Commissiebrief zaak 2026Z21877.  Look-alikes: 460.000 vluchten, 2028.",
      "2027-01-08", "beslisnota", "2027-01-08", None,
      [K(D + "512"), K(D + "519"), K(D + "523")],
      [],
      [T("2026Z21877", "zaak")],
      [M(D + "519", [S("Boutkan", "PVV")], False, "cited"),
       M(D + "523", [S("De Hoop", "GroenLinks-PvdA"), S("Grinwis", "ChristenUnie")], False, "settled")],
      [C(["u"], None, "made", deadline="in het voorjaar van 2027", about="geluidsmetingen Aalsmeer"),
       C(["u"], "2026-09-24", "settled", venue="commissiedebat Luchtvaart", deadline="voor het einde van het jaar",
         about="overzicht klachten geluidhinder per gemeente"),
       C(["SIenW"], "2026-10-10", "progress", venue="tweeminutendebat Luchtvaart", deadline=None,
         about="isolatie woningen Polderbaan"),
       C(["MIenW"], "2025-03-12", "progress", about="jaarlijkse rapportage handhaving ILT")])
